package main

import "github.com/spf13/cobra"

// addReportCmds adds the report commands and the actor look-up they share.
func addReportCmds(root *cobra.Command, app *App) {
	root.AddCommand(newReportCmd(app), newReportsCmd(app), newActorsCmd(app))
}
