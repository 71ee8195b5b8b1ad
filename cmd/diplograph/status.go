package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/spf13/cobra"
)

// statusJSON is the shape of `status --format json`.
type statusJSON struct {
	Server            string           `json:"server"`
	Agent             string           `json:"agent"`
	Database          string           `json:"database"`
	Extractor         string           `json:"extractor"`
	ExtractorVersions map[string]int64 `json:"extractor_versions"`
	Actors            map[string]int64 `json:"actors"`
	Facts             map[string]int64 `json:"facts"`
	Articles          int64            `json:"articles"`
	Meetings          int64            `json:"meetings"`
	Claims            int64            `json:"claims"`
	LastIngest        string           `json:"last_ingest,omitempty"`
}

// actorLabels and factTypes are what status counts, in the order it prints them.
var (
	actorLabels = []string{"Person", "Country", "Organization"}
	factTypes   = []string{"MET_WITH", "ACCUSED", "DENIED", "AGREED_TO"}
)

func newStatusCmd(app *App) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show the server, the database and what the graph holds",
		Long: `Connects to Neo4j and prints the server and database, the extractor versions the
articles in the graph were read with (against this program's own), the numbers of
actors by type, of facts by type, of articles, meetings and claims, and when the
last new article was written.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return &flagError{fmt.Errorf("--format %q is not text or json", format)}
			}
			ctx := cmd.Context()
			store, err := app.OpenStore(ctx)
			if err != nil {
				return err
			}
			defer func() { _ = store.Close(ctx) }()
			st, err := store.Status(ctx)
			if err != nil {
				return err
			}
			out := statusView(st)
			if format == "json" {
				writeJSON(app.Out, out)
				return nil
			}
			return writeStatus(app.Out, out)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	return cmd
}

func statusView(st graph.Status) statusJSON {
	v := statusJSON{
		Server: st.Server, Agent: st.Agent, Database: st.Database, Extractor: extract.Version,
		ExtractorVersions: st.ExtractorVersions, Actors: map[string]int64{}, Facts: map[string]int64{},
		Articles: st.Counts.Nodes["Article"], Meetings: st.Counts.Nodes["Meeting"], Claims: st.Counts.Nodes["Claim"],
	}
	for _, l := range actorLabels {
		v.Actors[l] = st.Counts.Nodes[l]
	}
	for _, t := range factTypes {
		v.Facts[t] = st.Counts.Relationships[t]
	}
	if !st.LastIngest.IsZero() {
		v.LastIngest = st.LastIngest.UTC().Format(time.RFC3339)
	}
	return v
}

func writeStatus(w io.Writer, v statusJSON) error {
	var b strings.Builder
	fmt.Fprintf(&b, "server:     %s (%s)\n", v.Server, v.Agent)
	fmt.Fprintf(&b, "database:   %s\n", v.Database)
	versions := make([]string, 0, len(v.ExtractorVersions))
	for ver := range v.ExtractorVersions {
		versions = append(versions, ver)
	}
	sort.Strings(versions)
	var parts []string
	stale := int64(0)
	for _, ver := range versions {
		parts = append(parts, fmt.Sprintf("%s (%d articles)", ver, v.ExtractorVersions[ver]))
		if ver != v.Extractor {
			stale += v.ExtractorVersions[ver]
		}
	}
	if len(parts) == 0 {
		parts = []string{"none (no articles yet)"}
	}
	fmt.Fprintf(&b, "extractor:  graph %s; this program %s\n", strings.Join(parts, ", "), v.Extractor)
	if stale > 0 {
		fmt.Fprintf(&b, "            %d articles were read by another extractor; ingest re-extracts them\n", stale)
	}
	fmt.Fprintf(&b, "articles:   %d\n", v.Articles)
	b.WriteString("actors:    ")
	for _, l := range actorLabels {
		fmt.Fprintf(&b, " %s %d", l, v.Actors[l])
	}
	b.WriteString("\nfacts:     ")
	for _, t := range factTypes {
		fmt.Fprintf(&b, " %s %d", t, v.Facts[t])
	}
	fmt.Fprintf(&b, "\nalso:       %d meetings, %d claims\n", v.Meetings, v.Claims)
	last := v.LastIngest
	if last == "" {
		last = "never"
	}
	fmt.Fprintf(&b, "last ingest: %s\n", last)
	_, err := io.WriteString(w, b.String())
	return err
}
