package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/diplograph/diplograph/extract"
	"github.com/spf13/cobra"
)

// buildVersion is what the build information says of this program.
type buildVersion struct {
	// Module is the module version ("v1.2.0", a pseudo-version, or "(devel)" for a build
	// from a working tree).
	Module string `json:"version"`
	// Commit is the VCS revision the program was built from, with "+dirty" when the
	// working tree had changes; empty when the build recorded none.
	Commit string `json:"commit,omitempty"`
	// Time is the commit's time.
	Time      string `json:"commit_time,omitempty"`
	Extractor string `json:"extractor"`
	Go        string `json:"go"`
	Platform  string `json:"platform"`
}

// programVersion reads the version from the build information Go records in the binary
// (go build and go install record the module version and the commit).
func programVersion() buildVersion {
	v := buildVersion{Module: "(devel)", Extractor: extract.Version, Go: runtime.Version(),
		Platform: runtime.GOOS + "/" + runtime.GOARCH}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	if info.Main.Version != "" {
		v.Module = info.Main.Version
	}
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Commit = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if v.Commit != "" && dirty {
		v.Commit += "+dirty"
	}
	return v
}

// String is one line: "diplograph VERSION (commit C, extractor E, GO OS/ARCH)".
func (v buildVersion) String() string {
	commit := ""
	if v.Commit != "" {
		c, dirty, _ := strings.Cut(v.Commit, "+")
		if len(c) > 12 {
			c = c[:12]
		}
		if dirty != "" {
			c += "+" + dirty
		}
		commit = "commit " + c + ", "
	}
	return fmt.Sprintf("diplograph %s (%sextractor %s, %s %s)", v.Module, commit, v.Extractor, v.Go, v.Platform)
}

func newVersionCmd(app *App) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print the program's version and commit, the extractor's version and Go's",
		Long: `Prints the module version and the commit the program was built from, as Go
recorded them in the binary, with the extractor's version (stored on every article
in the graph) and the Go version. --version on any command prints the same line.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			v := programVersion()
			if asJSON {
				writeJSON(app.Out, v)
				return nil
			}
			_, err := fmt.Fprintln(app.Out, v)
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print as JSON")
	return cmd
}
