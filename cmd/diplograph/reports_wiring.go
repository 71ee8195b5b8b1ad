package main

import "github.com/spf13/cobra"

// addReportCmds adds the report commands.
func addReportCmds(root *cobra.Command, app *App) {
	root.AddCommand(newReportCmd(app), newReportsCmd(app))
}
