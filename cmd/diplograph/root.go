package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/config"
	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/spf13/cobra"
)

// Exit statuses: one table for every command, the one the README gives. Errors are
// mapped to them in exitStatus and nowhere else.
const (
	exitOK          = 0
	exitError       = 1 // some inputs failed (the rest was done), or an internal error
	exitUsage       = 2 // bad command, flag, argument, value or configuration; interrupted
	exitUnavailable = 3 // Neo4j cannot be reached, or answers something other than Bolt
	exitAuth        = 4 // Neo4j refused the credentials
	exitNotFound    = 5 // no report, database or actor of that name, or a parameter value a report does not accept
)

// App is what every command shares: its streams, the loaded configuration and the way
// to reach the graph. Tests build one with buffers.
type App struct {
	In       io.Reader
	Out, Err io.Writer
	// Config is loaded before a command runs, from file, environment and flags.
	Config config.Config
	// Logger writes structured logs to Err.
	Logger *slog.Logger
	// started is set once the command line has been parsed and the configuration
	// loaded; an error before that is a usage error, whatever cobra made of it.
	started bool
}

// OpenStore connects to Neo4j with the configured address and credentials.
func (app *App) OpenStore(ctx context.Context) (*graph.Store, error) {
	if err := app.Config.RequirePassword(); err != nil {
		return nil, err
	}
	c := app.Config.Neo4j
	return graph.Open(ctx, graph.Config{
		URI: c.URI, User: c.User, Password: c.Password, Database: c.Database,
		BatchSize: app.Config.Ingest.BatchSize, BatchTimeout: c.BatchTimeout,
		MaxRetryTime: c.MaxRetryTime, ExtractorVersion: extract.Version,
	})
}

// Main runs the command line and returns the exit status.
func Main(args []string, in io.Reader, out, errOut io.Writer) int {
	// SIGINT and SIGTERM cancel the command the same way; a second signal ends the
	// process at once, as it would without the handler.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()
	app := &App{In: in, Out: out, Err: errOut}
	root := newRootCmd(app)
	root.SetArgs(args)
	root.SetIn(in)
	root.SetOut(out)
	root.SetErr(errOut)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	if !app.started && !isCoded(err) {
		// cobra's own errors: an unknown command, a wrong number of arguments
		err = &flagError{err}
	}
	return reportError(app, err)
}

// isCoded reports whether err carries a diplograph error code.
func isCoded(err error) bool {
	var e *diplograph.Error
	return errors.As(err, &e)
}

// reportError prints the error's message (not a stack), as a JSON object when the log
// format is json, and maps it to an exit status.
func reportError(app *App, err error) int {
	code := exitStatus(err)
	if errors.Is(err, errSomeFailed) {
		return code // the command has said which inputs failed
	}
	if app.Logger != nil && strings.EqualFold(app.Config.Log.Format, "json") {
		app.Logger.Error(err.Error(), "exit", code)
		return code
	}
	fmt.Fprintf(app.Err, "diplograph: %v\n", err)
	return code
}

// exitStatus maps an error to the exit status of the table above.
func exitStatus(err error) int {
	var flagErr *flagError
	switch {
	case errors.As(err, &flagErr):
		return exitUsage
	case errors.Is(err, context.Canceled):
		return exitUsage
	case errors.Is(err, errSomeFailed):
		return exitError
	}
	switch diplograph.ErrorCode(err) {
	case diplograph.EINVALID:
		return exitUsage
	case diplograph.EUNAVAILABLE:
		return exitUnavailable
	case diplograph.EAUTH:
		return exitAuth
	case diplograph.ENOTFOUND, diplograph.EVALUE:
		return exitNotFound
	}
	return exitError
}

// flagError is a usage error: bad flags or arguments.
type flagError struct{ err error }

func (e *flagError) Error() string { return e.err.Error() }
func (e *flagError) Unwrap() error { return e.err }

// errSomeFailed says a command finished but some of its inputs failed; the command has
// already printed which and why.
var errSomeFailed = errors.New("some inputs failed")

func newRootCmd(app *App) *cobra.Command {
	root := &cobra.Command{
		Use:   "diplograph",
		Short: "Turn news about international affairs into a knowledge graph in Neo4j",
		Long: `diplograph reads news articles, finds the people, countries, organizations,
meetings and claims in them and the relations between them (who met whom, who
accused whom of what, who denied what, who agreed to what), and writes them into
Neo4j with the sentence each fact comes from.

Configuration comes from, lowest to highest: defaults, diplograph.yaml (./ or
$HOME/.config/diplograph/, or --config), DIPLOGRAPH_* environment variables
(DIPLOGRAPH_NEO4J_URI, DIPLOGRAPH_NEO4J_PASSWORD, ...) and flags.`,
		Version:       programVersion().String(),
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			c, err := config.Load(cmd.Flags())
			if err != nil {
				return err
			}
			app.Config = c
			app.Logger = newLogger(app.Err, c.Log)
			app.started = true
			return nil
		},
	}
	config.AddFlags(root.PersistentFlags())
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &flagError{err} })
	root.SetVersionTemplate("{{.Version}}\n")
	root.AddCommand(
		newIngestCmd(app),
		newExtractCmd(app),
		newParseCmd(app),
		newSchemaCmd(app),
		newStatusCmd(app),
		newVersionCmd(app),
	)
	addReportCmds(root, app)
	return root
}

func newLogger(w io.Writer, c config.Log) *slog.Logger {
	level := slog.LevelInfo
	switch strings.ToLower(c.Level) {
	case "debug":
		level = slog.LevelDebug
	case "warn":
		level = slog.LevelWarn
	case "error":
		level = slog.LevelError
	}
	opts := &slog.HandlerOptions{Level: level}
	if strings.ToLower(c.Format) == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// exactArgs is cobra.MinimumNArgs whose error is a usage error.
func minArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return &flagError{fmt.Errorf("%s needs at least %d argument(s); see --help", cmd.CommandPath(), n)}
		}
		return nil
	}
}
