package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	diplograph "github.com/diplograph/diplograph"
)

// Error turns an error of the driver met while doing op (a report run on the store's
// driver, say) into a *diplograph.Error a person can act on, as the store's own methods do.
func (s *Store) Error(op string, err error) error { return translate(s.cfg, op, err) }

// translate turns a driver error into a *diplograph.Error a person can act on. It is the
// one place where driver errors are interpreted; messages name the URI and user, never the
// password.
func translate(cfg Config, op string, err error) error {
	if err == nil {
		return nil
	}
	var derr *diplograph.Error
	if errors.As(err, &derr) {
		return err
	}
	uri := diplograph.RedactURI(cfg.URI)
	var authErr *neo4j.InvalidAuthenticationError
	var tokenErr *neo4j.TokenExpiredError
	var n4jErr *neo4j.Neo4jError
	var connErr *neo4j.ConnectivityError
	var limitErr *neo4j.TransactionExecutionLimit
	var usageErr *neo4j.UsageError
	switch {
	case errors.As(err, &authErr) || errors.As(err, &tokenErr) ||
		(errors.As(err, &n4jErr) && n4jErr.HasSecurityCode() && isAuthCode(n4jErr.Code)):
		return &diplograph.Error{
			Code: diplograph.EAUTH,
			Message: fmt.Sprintf("%s: Neo4j at %s refused the credentials of user %q; check DIPLOGRAPH_NEO4J_USER and DIPLOGRAPH_NEO4J_PASSWORD",
				op, uri, cfg.User),
			Err: scrub(cfg, err),
		}
	case errors.As(err, &usageErr) && strings.Contains(usageErr.Message, "server responded HTTP"):
		return &diplograph.Error{
			Code: diplograph.EUNAVAILABLE,
			Message: fmt.Sprintf("%s: %s is Neo4j's HTTP port, not its Bolt port; point DIPLOGRAPH_NEO4J_URI at the Bolt port (7687 by default; neo4j/local.sh env prints it)",
				op, uri),
		}
	case errors.As(err, &connErr):
		return &diplograph.Error{
			Code: diplograph.EUNAVAILABLE,
			Message: fmt.Sprintf("%s: Neo4j is not reachable at %s; start the local server with neo4j/local.sh start, or set DIPLOGRAPH_NEO4J_URI to a running server",
				op, uri),
			Err: scrub(cfg, err),
		}
	case errors.As(err, &n4jErr) && n4jErr.Code == "Neo.ClientError.Database.DatabaseNotFound":
		return &diplograph.Error{
			Code:    diplograph.ENOTFOUND,
			Message: fmt.Sprintf("%s: Neo4j at %s has no database %q; set DIPLOGRAPH_NEO4J_DATABASE (SHOW DATABASES lists them)", op, uri, cfg.Database),
			Err:     scrub(cfg, err),
		}
	case errors.As(err, &n4jErr) && (n4jErr.Code == "Neo.TransientError.General.DatabaseUnavailable" ||
		strings.HasPrefix(n4jErr.Code, "Neo.TransientError.Cluster.")):
		return &diplograph.Error{
			Code:    diplograph.EUNAVAILABLE,
			Message: fmt.Sprintf("%s: database %q at %s is not available", op, cfg.Database, uri),
			Err:     scrub(cfg, err),
		}
	case isDataError(err):
		return &diplograph.Error{
			Code:    diplograph.EDATA,
			Message: fmt.Sprintf("%s: Neo4j at %s refused the data", op, uri),
			Err:     scrub(cfg, err),
		}
	case errors.As(err, &limitErr), errors.Is(err, context.DeadlineExceeded):
		return &diplograph.Error{
			Code:    diplograph.EUNAVAILABLE,
			Message: fmt.Sprintf("%s: Neo4j at %s did not complete in time (is it running? neo4j/local.sh status; retries are bounded by neo4j.max_retry_time)", op, uri),
			Err:     scrub(cfg, err),
		}
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("%s: %w", op, err)
	}
	return &diplograph.Error{
		Code:    diplograph.EINTERNAL,
		Message: fmt.Sprintf("%s: Neo4j at %s", op, uri),
		Err:     scrub(cfg, err),
	}
}

// isAuthCode reports whether a security error code means the credentials were refused.
func isAuthCode(code string) bool {
	switch code {
	case "Neo.ClientError.Security.Unauthorized",
		"Neo.ClientError.Security.CredentialsExpired",
		"Neo.ClientError.Security.AuthenticationRateLimit",
		"Neo.ClientError.Security.TokenExpired":
		return true
	}
	return false
}

// scrubbedError carries a driver error's text with any secret removed.
type scrubbedError struct {
	msg   string
	inner error
}

func (e *scrubbedError) Error() string { return e.msg }
func (e *scrubbedError) Unwrap() error { return e.inner }

// scrub returns err unchanged unless its text contains the password, in which case the
// password is masked in the text (the chain is kept for errors.As).
func scrub(cfg Config, err error) error {
	if cfg.Password == "" || !strings.Contains(err.Error(), cfg.Password) {
		return err
	}
	return &scrubbedError{msg: strings.ReplaceAll(err.Error(), cfg.Password, "****"), inner: err}
}

// isDataError reports whether Neo4j refused a write for what it contains rather than
// for the state of the server or the connection: a statement that fails on the values
// given (a constraint, a type, a value too large for an index), or a transaction too
// large for the server's memory even after the driver's retries. Writing the same data
// again fails the same way; writing less of it may not.
func isDataError(err error) bool {
	var limitErr *neo4j.TransactionExecutionLimit
	if errors.As(err, &limitErr) && len(limitErr.Errors) > 0 {
		err = limitErr.Errors[len(limitErr.Errors)-1]
	}
	var n4jErr *neo4j.Neo4jError
	if !errors.As(err, &n4jErr) {
		return false
	}
	code := n4jErr.Code
	switch {
	case strings.HasPrefix(code, "Neo.ClientError.Security."),
		code == "Neo.ClientError.Database.DatabaseNotFound",
		strings.HasPrefix(code, "Neo.ClientError.Transaction."),
		strings.HasPrefix(code, "Neo.ClientError.Cluster."),
		strings.HasPrefix(code, "Neo.ClientError.Request."),
		strings.HasPrefix(code, "Neo.ClientError.Procedure."),
		code == "Neo.ClientError.Statement.SyntaxError",
		code == "Neo.ClientError.Statement.ParameterMissing":
		return false
	case strings.HasPrefix(code, "Neo.ClientError."),
		code == "Neo.DatabaseError.Statement.ExecutionFailed",
		code == "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
		code == "Neo.TransientError.General.TransactionMemoryLimit":
		return true
	}
	return false
}
