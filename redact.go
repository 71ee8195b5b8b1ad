package diplograph

import "strings"

// RedactURI returns uri with whatever stands before its last '@' (after the scheme)
// replaced by "***", so that user information never reaches a message or a log, however
// the URI is written: a password may hold '/', '?', '#', ':' or '@', and a URI may lack
// its "//". A URI without '@' is returned as it is.
func RedactURI(uri string) string {
	scheme, rest := "", uri
	if i := strings.Index(uri, "://"); i >= 0 && !strings.Contains(uri[:i], "@") {
		scheme, rest = uri[:i+3], uri[i+3:]
	}
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return uri
	}
	return scheme + "***@" + rest[at+1:]
}

// HasUserInfo reports whether uri carries user information (an '@' after the scheme),
// whether or not a URI parser would find it.
func HasUserInfo(uri string) bool { return RedactURI(uri) != uri }
