package queries

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	diplograph "github.com/diplograph/diplograph"
)

// Names of the parameters every date-ranged, limited report declares; the command's
// --since, --until and --limit flags set them.
const (
	ParamSince  = "since"
	ParamUntil  = "until"
	ParamLimit  = "limit"
	ParamOffset = "offset"
	ParamSort   = "sort"
)

// ActorParams are the parameters that name an actor the way a person types it; the
// command resolves them to keys (ResolveActor) before a report runs.
var ActorParams = []string{"actor", "other", "target"}

// datePattern accepts YYYY, YYYY-MM and YYYY-MM-DD.
var datePattern = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// ParseAssignments reads `name=value` strings (the command's repeated --param flag) into
// a map; a later assignment of the same name wins.
func ParseAssignments(kvs []string) (map[string]string, error) {
	out := make(map[string]string, len(kvs))
	for _, kv := range kvs {
		name, value, ok := strings.Cut(kv, "=")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return nil, diplograph.Errorf(diplograph.EINVALID, "parameter %q is not name=value", kv)
		}
		out[name] = value
	}
	return out, nil
}

// Bind returns the report's parameters: the header's defaults overridden by values, each
// converted to the type of its default. A name the report does not declare is an
// ENOTFOUND error; a value of the wrong type, a choice not offered, a date that is not a
// calendar date, a limit below 1, an offset below 0 or a since after until is an EVALUE
// error naming what is allowed.
func (r *Report) Bind(values map[string]string) (map[string]any, error) {
	params := r.Defaults()
	for name, raw := range values {
		p, ok := r.Param(name)
		if !ok {
			if len(r.Params) == 0 {
				return nil, diplograph.Errorf(diplograph.ENOTFOUND, "report %s takes no parameters, got %q", r.Name, name)
			}
			return nil, diplograph.Errorf(diplograph.ENOTFOUND, "report %s has no parameter %q; parameters: %s",
				r.Name, name, strings.Join(r.ParamNames(), ", "))
		}
		v, err := p.convert(raw)
		if err != nil {
			return nil, diplograph.Errorf(diplograph.EVALUE, "report %s: parameter %s: %s", r.Name, name, err.Error())
		}
		params[name] = v
	}
	since, _ := params[ParamSince].(string)
	until, _ := params[ParamUntil].(string)
	if since != "" && until != "" && since > until {
		return nil, diplograph.Errorf(diplograph.EVALUE, "report %s: since %s is after until %s", r.Name, since, until)
	}
	return params, nil
}

// convert turns a typed-in value into the parameter's type and checks it.
func (p Param) convert(raw string) (any, error) {
	raw = strings.TrimSpace(raw)
	switch p.Default.(type) {
	case int64:
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return nil, diplograph.Errorf(diplograph.EVALUE, "%q is not a whole number", raw)
		}
		if p.Name == ParamLimit && (n < 1 || n > MaxLimit) {
			return nil, diplograph.Errorf(diplograph.EVALUE, "must be between 1 and %d, got %d", MaxLimit, n)
		}
		if p.Name == ParamOffset && (n < 0 || n > MaxLimit) {
			return nil, diplograph.Errorf(diplograph.EVALUE, "must be between 0 and %d, got %d", MaxLimit, n)
		}
		return n, nil
	case float64:
		f, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return nil, diplograph.Errorf(diplograph.EVALUE, "%q is not a number", raw)
		}
		return f, nil
	case bool:
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return nil, diplograph.Errorf(diplograph.EVALUE, "%q is not true or false", raw)
		}
		return b, nil
	}
	switch p.Name {
	case ParamSince, ParamUntil:
		if raw == "" {
			return p.Default, nil
		}
		return dateBound(p.Name, raw)
	}
	if len(p.Choices) > 0 && raw != p.Default {
		for _, c := range p.Choices {
			if strings.EqualFold(c, raw) {
				return c, nil
			}
		}
		return nil, diplograph.Errorf(diplograph.EVALUE, "%q is not one of %s", raw, strings.Join(p.Choices, ", "))
	}
	return raw, nil
}

// dateBound checks a date and widens a partial one to the edge of its year or month:
// since 2014 means from 2014-01-01, until 2014-03 means up to 2014-03-31 (dates compare
// as strings, so a day 31 closes every month).
func dateBound(name, raw string) (string, error) {
	if !datePattern.MatchString(raw) || !realDate(raw) {
		return "", diplograph.Errorf(diplograph.EVALUE, "%q is not a date like 2014-11-09, 2014-11 or 2014", raw)
	}
	if name == ParamSince {
		switch len(raw) {
		case 4:
			return raw + "-01-01", nil
		case 7:
			return raw + "-01", nil
		}
		return raw, nil
	}
	switch len(raw) {
	case 4:
		return raw + "-12-31", nil
	case 7:
		return raw + "-31", nil
	}
	return raw, nil
}

// MaxLimit is the largest --limit a report takes: Neo4j's LIMIT is a 32-bit number.
const MaxLimit = 1<<31 - 1

// realDate reports whether a date of the form of datePattern names a real month and day.
func realDate(raw string) bool {
	switch len(raw) {
	case 4:
		return true
	case 7:
		_, err := time.Parse("2006-01", raw)
		return err == nil
	}
	_, err := time.Parse("2006-01-02", raw)
	return err == nil
}
