package relations

import (
	"testing"
	"time"

	diplograph "github.com/diplograph/diplograph"
)

func TestResolveWeekday(t *testing.T) {
	base := time.Date(2030, 3, 15, 0, 0, 0, 0, time.UTC) // a Friday
	cases := []struct {
		day    time.Weekday
		future bool
		want   string
	}{
		{time.Friday, false, "2030-03-15"},
		{time.Thursday, false, "2030-03-14"},
		{time.Saturday, false, "2030-03-09"},
		{time.Monday, true, "2030-03-18"},
		{time.Friday, true, "2030-03-22"},
	}
	for _, c := range cases {
		if got := resolveWeekday(base, c.day, c.future).Format("2006-01-02"); got != c.want {
			t.Errorf("resolveWeekday(%s, future=%v) = %s, want %s", c.day, c.future, got, c.want)
		}
	}
}

func TestFindMeetings(t *testing.T) {
	doc := testDocument(t, "", "Berg met Lind at the Pacific Rim Summit in Lima on Wednesday. The weather was mild.")
	ms := FindMeetings(doc, Find(doc))
	if len(ms) != 1 {
		t.Fatalf("meetings: got %+v, want one", ms)
	}
	m := ms[0]
	if m.Type != diplograph.TypeMeeting || m.Name != "Pacific Rim Summit" || m.Location != "Lima" || m.Date != "2030-03-13" {
		t.Errorf("meeting: got %+v", m)
	}
	if len(m.Participants) != 2 || m.Participants[0] != "p:1" || m.Participants[1] != "p:2" {
		t.Errorf("participants: got %v, want [p:1 p:2]", m.Participants)
	}
}

func TestFindMeetingsUnnamed(t *testing.T) {
	doc := testDocument(t, "", "Berg and Lind held a meeting in Oslo.")
	if ms := FindMeetings(doc, Find(doc)); len(ms) != 0 {
		t.Errorf("an unnamed meeting is no Meeting entity: got %+v", ms)
	}
}

// TestMeetingPlaceIsAPlace: a month, a weekday or a party after "in" or "at" is no place.
func TestMeetingPlaceIsAPlace(t *testing.T) {
	for _, text := range []string{
		"Berg met Lind at the Pacific Rim Summit in July.",
		"Berg met Lind at the Pacific Rim Summit on Monday and again at Lind's request.",
		"Berg met Lind at the Pacific Rim Summit in November, officials said.",
	} {
		doc := testDocument(t, "", text)
		ms := FindMeetings(doc, Find(doc))
		if len(ms) != 1 {
			t.Fatalf("%s\nmeetings: got %+v, want one", text, ms)
		}
		if ms[0].Location != "" {
			t.Errorf("%s\nlocation %q, want none", text, ms[0].Location)
		}
	}
}
