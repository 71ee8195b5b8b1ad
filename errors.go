package diplograph

import (
	"errors"
	"fmt"
)

// Error codes, one per kind of failure the command maps to an exit status.
const (
	EINVALID     = "invalid"     // bad input or configuration
	ENOTFOUND    = "not_found"   // a named thing does not exist
	EVALUE       = "value"       // a value given for a named parameter is not one it takes
	EUNAVAILABLE = "unavailable" // the database cannot be reached
	EAUTH        = "auth"        // the database refused the credentials
	EDATA        = "data"        // the database refused what one or more inputs contain
	EINTERNAL    = "internal"    // anything else
)

// Error is the application's error: a code and a message a person can act on.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error returns the message, followed by the wrapped error when there is one.
func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the wrapped error.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, or EINTERNAL.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if err == nil {
		return ""
	}
	return EINTERNAL
}
