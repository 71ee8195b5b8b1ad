package queries_test

import (
	"reflect"
	"strings"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/queries"
)

func TestParseAssignments(t *testing.T) {
	got, err := queries.ParseAssignments([]string{"actor=Sergei Lavrov", "claim=a=b", " other =", "actor=RUS"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"actor": "RUS", "claim": "a=b", "other": ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for _, bad := range []string{"actor", "=x", ""} {
		if _, err := queries.ParseAssignments([]string{bad}); diplograph.ErrorCode(err) != diplograph.EINVALID {
			t.Errorf("ParseAssignments(%q) err = %v, want EINVALID", bad, err)
		}
	}
}

func mustLookup(t *testing.T, name string) *queries.Report {
	t.Helper()
	r, err := queries.Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestBindDefaultsAndConversions(t *testing.T) {
	r := mustLookup(t, "between")
	got, err := r.Bind(nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"actor": "", "other": "", "type": "", "claim": "", "members": true,
		"since": "", "until": "9999-12-31", "sort": "newest", "offset": int64(0), "limit": int64(200)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("defaults = %v, want %v", got, want)
	}
	got, err = r.Bind(map[string]string{"actor": " Russia ", "type": "met_with", "members": "false",
		"since": "2014", "until": "2014-11", "limit": "5", "offset": "10", "sort": "Oldest"})
	if err != nil {
		t.Fatal(err)
	}
	want = map[string]any{"actor": "Russia", "other": "", "type": "MET_WITH", "claim": "", "members": false,
		"since": "2014-01-01", "until": "2014-11-31", "sort": "oldest", "offset": int64(10), "limit": int64(5)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("bound = %v, want %v", got, want)
	}
	got, _ = r.Bind(map[string]string{"since": "2014-03", "until": "2015"})
	if got["since"] != "2014-03-01" || got["until"] != "2015-12-31" {
		t.Errorf("since/until = %v/%v", got["since"], got["until"])
	}
}

func TestBindErrors(t *testing.T) {
	r := mustLookup(t, "meetings")
	for _, tc := range []struct {
		params map[string]string
		want   []string
	}{
		{map[string]string{"limit": "ten"}, []string{"limit", `"ten" is not a whole number`}},
		{map[string]string{"limit": "0"}, []string{"limit", "between 1 and 2147483647"}},
		{map[string]string{"limit": "2147483648"}, []string{"limit", "between 1 and 2147483647"}},
		{map[string]string{"since": "9999-99-99"}, []string{"since", "not a date"}},
		{map[string]string{"until": "2014-13"}, []string{"until", "not a date"}},
		{map[string]string{"until": "2015-02-29"}, []string{"until", "not a date"}},
		{map[string]string{"since": "11/09/2014"}, []string{"since", "not a date"}},
		{map[string]string{"until": "2014-1-9"}, []string{"until", "not a date"}},
		{map[string]string{"since": "2014-13-45"}, []string{"since", "not a date"}},
		{map[string]string{"since": "2024-02-30"}, []string{"since", "not a date"}},
		{map[string]string{"since": "2024-99"}, []string{"since", "not a date"}},
		{map[string]string{"since": "2015", "until": "2014"}, []string{"since 2015-01-01 is after until 2014-12-31"}},
		{map[string]string{"since": "2014-06-02", "until": "2014-06-01"}, []string{"is after until"}},
		{map[string]string{"offset": "-1"}, []string{"offset", "between 0 and 2147483647"}},
	} {
		_, err := r.Bind(tc.params)
		if diplograph.ErrorCode(err) != diplograph.EVALUE {
			t.Errorf("Bind(%v) err = %v, want EVALUE", tc.params, err)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("Bind(%v) err = %q, want it to contain %q", tc.params, err, w)
			}
		}
	}
	if _, err := r.Bind(map[string]string{"person": "x"}); diplograph.ErrorCode(err) != diplograph.ENOTFOUND ||
		!strings.Contains(err.Error(), `no parameter "person"`) || !strings.Contains(err.Error(), "actor, other, since, until, offset, limit") {
		t.Errorf("unknown parameter err = %v, want ENOTFOUND listing the parameters", err)
	}
	if got, err := r.Bind(map[string]string{"since": "2014-06-01", "until": "2014-06-01"}); err != nil || got["since"] != got["until"] {
		t.Errorf("a one-day window = %v, %v", got, err)
	}
	between := mustLookup(t, "between")
	if _, err := between.Bind(map[string]string{"type": "HUGGED"}); err == nil ||
		!strings.Contains(err.Error(), "MET_WITH, ACCUSED, DENIED, AGREED_TO") {
		t.Errorf("bad choice err = %v", err)
	}
	if _, err := between.Bind(map[string]string{"members": "maybe"}); err == nil ||
		!strings.Contains(err.Error(), "not true or false") {
		t.Errorf("bad bool err = %v", err)
	}
}
