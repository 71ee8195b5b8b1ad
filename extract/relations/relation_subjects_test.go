package relations

import (
	"strings"
	"testing"
)

// TestRelationSubjects checks that the subject of a relation verb is the head of its noun
// phrase, not a name inside a modifier of that head.
func TestRelationSubjects(t *testing.T) {
	runRelationCases(t, []relationCase{
		{
			name: "participle phrase with by-agent",
			text: "The memo seen by Norway accuses Chile of hiding the cargo.",
			want: nil,
		},
		{
			name: "participle phrase with place",
			text: "A conference convened last week in Oslo agreed on a truce.",
			want: nil,
		},
		{
			name: "participle phrase after a named subject",
			text: "The Peruvian navy supported by Norway accused Chile of shelling the port.",
			want: []string{"ACCUSED o:1>c:CHL [shelling the port]"},
		},
		{
			name: "state adjective in a place phrase of a participle",
			text: "A summit held on Monday in the Chilean capital agreed on a truce.",
			want: nil,
		},
		{
			name: "capital named in a place phrase of a participle",
			text: "A summit held on Monday in the Chilean capital Santiago agreed on a truce.",
			want: nil,
		},
		{
			name: "apposition after a state",
			text: "Chile, a partner of Sweden, agreed to reopen the border crossing.",
			want: []string{"AGREED_TO c:CHL [reopen the border crossing]"},
		},
		{
			name: "relative clause and apposition in a coordinated subject",
			text: "Chile, which has backed Sweden in the dispute, and Peru, a neighbour of Norway, agreed to reopen the border crossing.",
			want: []string{"AGREED_TO c:CHL [reopen the border crossing]", "AGREED_TO c:PER [reopen the border crossing]"},
		},
		{
			name: "parenthesis inside a coordinated subject",
			text: "Anna Berg (left) and Tomas Lind met in a hotel on Monday.",
			want: []string{"MET_WITH p:1>p:2"},
		},
		{
			name: "person in apposition to a state's office",
			text: "The talks were held between Chile's new leader, Anna Berg, and Tomas Lind on Monday.",
			want: []string{"MET_WITH p:1>p:2"},
		},
		{
			name: "restated agreement",
			text: "Chile and Peru agreed to reopen the border crossing. \"After long talks, Chile and Peru agreed to reopen the border crossing for trucks and buses within a month,\" a spokesman said.",
			// the talks before the agreement are a meeting of its parties
			want: []string{"AGREED_TO c:CHL [reopen the border crossing]", "AGREED_TO c:PER [reopen the border crossing]", "MET_WITH c:CHL>c:PER"},
		},
	})
}

// TestOfficeHoldersOfStates checks that "the presidents of A and B" resolves to the
// persons the article names in those offices, and stays with the states otherwise, and
// that "A's government" stands for A's state.
func TestOfficeHoldersOfStates(t *testing.T) {
	cases := []struct {
		name, text string
		titles     map[string]string
		want       []string
	}{
		{
			name:   "both offices named",
			text:   "The presidents of Chile and Peru agreed to reopen the border crossing. Anna Berg and Tomas Lind spoke later.",
			titles: map[string]string{"p:1": "President", "p:2": "President"},
			want:   []string{"AGREED_TO p:1 [reopen the border crossing]", "AGREED_TO p:2 [reopen the border crossing]"},
		},
		{
			name:   "office not held by a named person",
			text:   "The presidents of Chile and Peru agreed to reopen the border crossing. Anna Berg and Tomas Lind spoke later.",
			titles: map[string]string{"p:1": "President", "p:2": "Reporter"},
			want:   []string{"AGREED_TO c:CHL [reopen the border crossing]", "AGREED_TO c:PER [reopen the border crossing]"},
		},
		{
			name:   "a rank that names no office",
			text:   "The foreign ministers of Chile and Peru met on Monday. Anna Berg and Tomas Lind spoke later.",
			titles: map[string]string{"p:1": "Prince", "p:2": "Foreign Minister"},
			want:   []string{"MET_WITH p:1>p:2"},
		},
		{
			name: "a person's government as the accuser",
			text: "Anna Berg's new government accused Peru of spying. Chile and Peru are neighbours.",
			want: []string{"ACCUSED c:CHL>c:PER [spying]"},
		},
		{
			name: "a person's government as the accused",
			text: "Chile accused Tomas Lind's government of spying. Chile and Peru are neighbours.",
			want: []string{"ACCUSED c:CHL>c:PER [spying]"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := testDocument(t, "", c.text)
			country := map[string]string{"p:1": "CHL", "p:2": "PER"}
			for i, e := range doc.Entities {
				if e.ID[:2] == "c:" {
					doc.Entities[i].Code = e.ID[2:]
				}
				doc.Entities[i].Country = country[e.ID]
				doc.Entities[i].Title = c.titles[e.ID]
			}
			got := relationStrings(doc)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, c.want)
			}
		})
	}
}
