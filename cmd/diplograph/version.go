package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/diplograph/diplograph/extract"
	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func newVersionCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the program, extractor and Go versions",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			v := version
			if info, ok := debug.ReadBuildInfo(); ok && v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
				v = info.Main.Version
			}
			_, err := fmt.Fprintf(app.Out, "diplograph %s (extractor %s, %s %s/%s)\n", v, extract.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return err
		},
	}
}
