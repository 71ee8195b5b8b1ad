package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	diplograph "github.com/diplograph/diplograph"
)

func TestTranslate(t *testing.T) {
	cfg := Config{URI: "neo4j+s://admin:hunter2@db.example.org:7687", User: "analyst", Password: "hunter2", Database: "news"}
	for _, tc := range []struct {
		name string
		err  error
		code string
		want []string
	}{
		{"unauthorized", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "auth failed"},
			diplograph.EAUTH, []string{"neo4j+s://***@db.example.org:7687", `"analyst"`, "DIPLOGRAPH_NEO4J_PASSWORD"}},
		{"unreachable", &neo4j.ConnectivityError{Inner: errors.New("dial tcp: connection refused")},
			diplograph.EUNAVAILABLE, []string{"neo4j+s://***@db.example.org:7687", "neo4j/local.sh start"}},
		{"wrapped unreachable", fmt.Errorf("run: %w", &neo4j.ConnectivityError{Inner: errors.New("reset")}),
			diplograph.EUNAVAILABLE, []string{"not reachable"}},
		{"no database", &neo4j.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound", Msg: "gone"},
			diplograph.ENOTFOUND, []string{`"news"`, "DIPLOGRAPH_NEO4J_DATABASE"}},
		{"deadline", context.DeadlineExceeded, diplograph.EUNAVAILABLE, []string{"did not complete in time"}},
		{"syntax", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "bad"}, diplograph.EINTERNAL, []string{"bad"}},
		{"value too large for an index", &neo4j.Neo4jError{Code: "Neo.DatabaseError.Statement.ExecutionFailed", Msg: "Property value is too large to index"},
			diplograph.EDATA, []string{"refused the data", "too large"}},
		{"constraint", &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed", Msg: "already exists"},
			diplograph.EDATA, []string{"refused the data"}},
		{"memory after retries", &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{
			&neo4j.Neo4jError{Code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError", Msg: "memory"}}},
			diplograph.EDATA, []string{"refused the data"}},
		{"password in driver text", errors.New("cannot log in with hunter2"), diplograph.EINTERNAL, []string{"****"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := translate(cfg, "connect", tc.err)
			if got := diplograph.ErrorCode(err); got != tc.code {
				t.Errorf("code %q, want %q (%v)", got, tc.code, err)
			}
			msg := err.Error()
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q lacks %q", msg, w)
				}
			}
			if strings.Contains(msg, "hunter2") {
				t.Errorf("message %q contains the password", msg)
			}
			if !errors.Is(err, tc.err) && tc.name != "password in driver text" && tc.name != "memory after retries" {
				t.Errorf("translated error does not wrap the driver error")
			}
		})
	}
	if err := translate(cfg, "x", context.Canceled); !errors.Is(err, context.Canceled) || diplograph.ErrorCode(err) != diplograph.EINTERNAL {
		t.Errorf("cancelled: %v", err)
	}
}

func TestConfigString(t *testing.T) {
	s := Config{URI: "bolt://u:secret@h:7687", User: "neo4j", Password: "secret", Database: "neo4j"}.String()
	if strings.Contains(s, "secret") {
		t.Errorf("config string %q contains the password", s)
	}
}
