package syntax

import (
	"strconv"
	"strings"
	"testing"
)

// tree reads "word tag head rel", one word per line, heads counting from 1.
func tree(t *testing.T, s string) (words, tags []string, heads []int, rels []string) {
	t.Helper()
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		f := strings.Fields(line)
		if len(f) != 4 {
			t.Fatalf("bad line %q", line)
		}
		h, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatal(err)
		}
		words, tags = append(words, f[0]), append(tags, f[1])
		heads, rels = append(heads, h), append(rels, f[3])
	}
	return words, tags, heads, rels
}

func TestRepairJoinsAVocativeToTheSubjectAfterIt(t *testing.T) {
	// "Chairman Lind and I have agreed ." with "Lind" read as a vocative
	words, tags, heads, rels := tree(t, `
Chairman NNP 2 nmod:desc
Lind NNP 6 vocative
and CC 6 cc
I PRP 6 nsubj
have VBP 6 aux
agreed VBD 0 root
. . 6 punct`)
	repair(words, tags, heads, rels)
	if heads[1] != 6 || rels[1] != "nsubj" || heads[3] != 2 || rels[3] != "conj" || heads[2] != 4 || rels[2] != "cc" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// a real vocative stays one: "Minister , we agree ."
	words, tags, heads, rels = tree(t, `
Minister NNP 4 vocative
, , 1 punct
we PRP 4 nsubj
agree VBP 0 root
. . 4 punct`)
	repair(words, tags, heads, rels)
	if rels[0] != "vocative" || heads[2] != 4 {
		t.Errorf("a vocative before a comma moved: heads %v rels %v", heads, rels)
	}
}

func TestRepairGivesAThatClauseOnAnObliqueToItsVerb(t *testing.T) {
	// "They agreed during talks that the border opens ."
	words, tags, heads, rels := tree(t, `
They PRP 2 nsubj
agreed VBD 0 root
during IN 4 case
talks NNS 2 obl
that IN 8 mark
the DT 7 det
border NN 8 nsubj
opens VBZ 4 acl
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[7] != 2 || rels[7] != "ccomp" {
		t.Errorf("clause not moved: heads %v rels %v", heads, rels)
	}

	for _, c := range []struct{ name, text string }{
		{"a noun that holds a clause", `
They PRP 2 nsubj
agreed VBD 0 root
on IN 4 case
condition NN 4 obl
that IN 8 mark
the DT 7 det
border NN 8 nsubj
opens VBZ 4 acl
. . 2 punct`},
		{"a verb that takes no clause", `
They PRP 2 nsubj
walked VBD 0 root
during IN 4 case
talks NNS 2 obl
that IN 8 mark
the DT 7 det
border NN 8 nsubj
opens VBZ 4 acl
. . 2 punct`},
		{"a relative clause", `
They PRP 2 nsubj
agreed VBD 0 root
during IN 4 case
talks NNS 2 obl
that WDT 6 nsubj
lasted VBD 4 acl
. . 2 punct`},
	} {
		words, tags, heads, rels := tree(t, c.text)
		before := append([]int(nil), heads...)
		repair(words, tags, heads, rels)
		for i := range heads {
			if heads[i] != before[i] {
				t.Errorf("%s: moved %q", c.name, words[i])
			}
		}
	}
}

func TestRepairOpensAClauseAtASubordinatorReadAsAPreposition(t *testing.T) {
	// "Chile accepted the offer after Peru agreed ." with "after Peru" read as a phrase
	// on "offer" and "agreed" as a second verb of the sentence
	words, tags, heads, rels := tree(t, `
Chile NNP 2 nsubj
accepted VBD 0 root
the DT 4 det
offer NN 2 obj
after IN 6 case
Peru NNP 4 nmod
agreed VBD 2 conj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if rels[6] != "advcl" || heads[6] != 2 || heads[5] != 7 || rels[5] != "nsubj" || heads[4] != 7 || rels[4] != "mark" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// "Chile signed and Peru agreed ." keeps its two conjuncts
	words, tags, heads, rels = tree(t, `
Chile NNP 2 nsubj
signed VBD 0 root
and CC 5 cc
Peru NNP 5 nsubj
agreed VBD 2 conj
. . 2 punct`)
	before := append([]int(nil), heads...)
	repair(words, tags, heads, rels)
	for i := range heads {
		if heads[i] != before[i] || rels[4] != "conj" {
			t.Errorf("coordinated clauses changed: heads %v rels %v", heads, rels)
			break
		}
	}
}

func TestRepairJoinsANounToTheSubjectARelativeClauseTookItFrom(t *testing.T) {
	// "Chile , which backed Sweden , and Peru agreed ." with "Peru" joined to "backed"
	words, tags, heads, rels := tree(t, `
Chile NNP 9 nsubj
, , 4 punct
which WDT 4 nsubj
backed VBD 1 acl:relcl
Sweden NNP 4 obj
, , 8 punct
and CC 8 cc
Peru NNP 4 conj
agreed VBD 0 root
. . 9 punct`)
	repair(words, tags, heads, rels)
	if heads[7] != 1 || rels[7] != "conj" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// on an object, the relative clause keeps what it has: "Chile backed Peru , which
	// courted Sweden , and Norway ."
	words, tags, heads, rels = tree(t, `
Chile NNP 2 nsubj
backed VBD 0 root
Peru NNP 2 obj
, , 6 punct
which WDT 6 nsubj
courted VBD 3 acl:relcl
Sweden NNP 6 obj
, , 10 punct
and CC 10 cc
Norway NNP 6 conj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[9] != 6 {
		t.Errorf("moved a conjunct of a relative clause on an object: heads %v", heads)
	}
}

func TestRepairGivesASubjectlessVerbTheNamesAfterAnOpeningPhrase(t *testing.T) {
	// "In May , Berg and Lind agreed ." with the names joined to "May"
	words, tags, heads, rels := tree(t, `
In IN 2 case
May NNP 7 obl
, , 2 punct
Berg NNP 2 conj
and CC 6 cc
Lind NNP 2 conj
agreed VBD 0 root
. . 7 punct`)
	repair(words, tags, heads, rels)
	if heads[3] != 7 || rels[3] != "nsubj" || heads[5] != 4 || rels[5] != "conj" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// with a subject of its own the verb keeps the places: "In Oslo , Lima and Quito ,
	// protests grew ."
	words, tags, heads, rels = tree(t, `
In IN 2 case
Oslo NNP 9 obl
, , 4 punct
Lima NNP 2 conj
and CC 6 cc
Quito NNP 2 conj
, , 2 punct
protests NNS 9 nsubj
grew VBD 0 root
. . 9 punct`)
	before := append([]int(nil), heads...)
	repair(words, tags, heads, rels)
	for i := range heads {
		if heads[i] != before[i] {
			t.Errorf("moved %q: heads %v", words[i], heads)
		}
	}
}

func TestRepairMakesTheObjectOfSayingTheSubjectOfWhatWasSaid(t *testing.T) {
	// "The ministry added Lind had agreed ." with "Lind" read as the object of "added"
	words, tags, heads, rels := tree(t, `
The DT 2 det
ministry NN 3 nsubj
added VBD 0 root
Lind NNP 3 obj
had VBD 6 aux
agreed VBN 3 conj
. . 3 punct`)
	repair(words, tags, heads, rels)
	if heads[3] != 6 || rels[3] != "nsubj" || rels[5] != "ccomp" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// "Berg thanked Lind and left ." keeps its coordination
	words, tags, heads, rels = tree(t, `
Berg NNP 2 nsubj
thanked VBD 0 root
Lind NNP 2 obj
and CC 5 cc
left VBD 2 conj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if rels[2] != "obj" || rels[4] != "conj" {
		t.Errorf("coordination changed: heads %v rels %v", heads, rels)
	}
}

func TestRepairGivesASecondThatClauseToTheVerbOfAgreeing(t *testing.T) {
	// "Berg said she agreed with Lind that he stays ."
	words, tags, heads, rels := tree(t, `
Berg NNP 2 nsubj
said VBD 0 root
she PRP 4 nsubj
agreed VBD 2 ccomp
with IN 6 case
Lind NNP 4 obl
that IN 9 mark
he PRP 9 nsubj
stays VBZ 2 ccomp
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[8] != 4 {
		t.Errorf("got heads %v", heads)
	}
}

func TestRepairGivesAnOpenedClauseOnANounToTheVerbWithASubject(t *testing.T) {
	// "Berg doubted the gaps after meeting Lind ." with "meeting" hung on "gaps"
	words, tags, heads, rels := tree(t, `
Berg NNP 2 nsubj
doubted VBD 0 root
the DT 4 det
gaps NNS 2 obj
after IN 6 mark
meeting VBG 4 acl
Lind NNP 6 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[5] != 2 || rels[5] != "advcl" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// a clause in -ing with no subordinator stays on its noun: "the envoys meeting Lind"
	words, tags, heads, rels = tree(t, `
Berg NNP 2 nsubj
thanked VBD 0 root
the DT 4 det
envoys NNS 2 obj
meeting VBG 4 acl
Lind NNP 5 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[4] != 4 || rels[4] != "acl" {
		t.Errorf("moved a participle: heads %v rels %v", heads, rels)
	}
}

func TestRepairMakesASecondSubjectTheObjectOfTheVerbBeforeIt(t *testing.T) {
	// "He flew home from Lima , where he met President Lind ." with "Lind" read as a
	// second subject of "flew"
	words, tags, heads, rels := tree(t, `
He PRP 2 nsubj
flew VBD 0 root
home RB 2 advmod
from IN 5 case
Lima NNP 2 obl
, , 9 punct
where WRB 9 advmod
he PRP 9 nsubj
met VBD 5 acl:relcl
President NNP 11 nmod:desc
Lind NNP 2 nsubj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[10] != 9 || rels[10] != "obj" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// with its particle and determiner: "Lind said that Peru shot down the drone ." with
	// "drone" read as a second subject of "said" and "the" hung on "said"
	words, tags, heads, rels = tree(t, `
Lind NNP 2 nsubj
said VBD 0 root
that IN 5 mark
Peru NNP 5 nsubj
shot VBD 2 ccomp
down RP 5 compound:prt
the DT 2 det
drone NN 2 nsubj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[7] != 5 || rels[7] != "obj" || heads[6] != 8 || rels[6] != "det" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// one subject stays: "Berg met Lind ."
	words, tags, heads, rels = tree(t, `
Berg NNP 2 nsubj
met VBD 0 root
Lind NNP 2 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if rels[0] != "nsubj" || rels[2] != "obj" {
		t.Errorf("changed a plain clause: %v %v", heads, rels)
	}
}

func TestRepairMakesTheVerbTheRootOfANounRoot(t *testing.T) {
	// "Chile and Peru agreed to talk ." with "Chile" as the root
	words, tags, heads, rels := tree(t, `
Chile NNP 0 root
and CC 3 cc
Peru NNP 1 conj
agreed VBD 1 dep
to TO 6 mark
talk VB 4 xcomp
. . 4 punct`)
	repair(words, tags, heads, rels)
	if heads[3] != 0 || rels[3] != "root" || heads[0] != 4 || rels[0] != "nsubj" || heads[2] != 1 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairTakesANameOutOfTheDayAfterIt(t *testing.T) {
	// "Berg met Anna Lind today ." with "Anna" as a compound of "today"
	words, tags, heads, rels := tree(t, `
Berg NNP 2 nsubj
met VBD 0 root
Anna NNP 5 compound
Lind NNP 3 flat
today NN 2 obl:unmarked
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[2] != 2 || rels[2] != "obj" || heads[4] != 2 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairGivesTheClauseBeforeAnAttributionItsSubject(t *testing.T) {
	// "Chile agreed to talk , an official said ." with "Chile" read as the subject of
	// "said" and "official" hung on "talk"
	words, tags, heads, rels := tree(t, `
Chile NNP 8 nsubj
agreed VBD 8 ccomp
to TO 4 mark
talk VB 2 xcomp
, , 7 punct
an DT 7 det
official NN 4 appos
said VBD 0 root
. . 8 punct`)
	repair(words, tags, heads, rels)
	if heads[0] != 2 || rels[0] != "nsubj" || heads[6] != 8 || rels[6] != "nsubj" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairMakesTheObjectOfSayingTheSubjectOfAClauseWithAnAuxiliary(t *testing.T) {
	// "saying the commander was planning attacks" with "commander" read as the object
	// of "saying"
	words, tags, heads, rels := tree(t, `
Lind NNP 2 nsubj
left VBD 0 root
, , 4 punct
saying VBG 2 advcl
the DT 6 det
commander NN 4 obj
was VBD 8 aux
planning VBG 4 xcomp
attacks NNS 8 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[5] != 8 || rels[5] != "nsubj" || rels[7] != "ccomp" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairReadsThatAsTheMarkOfWhatWasTold(t *testing.T) {
	// "They told delegates that Peru had broken the truce ." with "that" read as the
	// object of a relative clause on "delegates"
	words, tags, heads, rels := tree(t, `
They PRP 2 nsubj
told VBD 0 root
delegates NNS 2 iobj
that IN 7 obj
Peru NNP 7 nsubj
had VBD 7 aux
broken VBN 3 acl:relcl
the DT 9 det
truce NN 7 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if rels[3] != "mark" || heads[6] != 2 || rels[6] != "ccomp" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// a real relative clause keeps its pronoun: "the delegates that Peru invited left ."
	words, tags, heads, rels = tree(t, `
the DT 2 det
delegates NNS 6 nsubj
that WDT 5 obj
Peru NNP 5 nsubj
invited VBD 2 acl:relcl
left VBD 0 root
. . 6 punct`)
	repair(words, tags, heads, rels)
	if rels[2] != "obj" || rels[4] != "acl:relcl" {
		t.Errorf("changed a relative clause: %v %v", heads, rels)
	}
}

func TestRepairMakesANameReadAsWhatWasSaidTheSubject(t *testing.T) {
	// "Norway says Peru , an ally of Chile , has violated the truce ." with "Peru" read
	// as a complement of "says"
	words, tags, heads, rels := tree(t, `
Norway NNP 2 nsubj
says VBZ 0 root
Peru NNP 2 ccomp
, , 6 punct
an DT 6 det
ally NN 3 appos
of IN 8 case
Chile NNP 6 nmod
, , 11 punct
has VBZ 11 aux
violated VBN 2 ccomp
the DT 13 det
truce NN 11 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[2] != 11 || rels[2] != "nsubj" || rels[10] != "ccomp" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairMakesAClosingAttributionParataxis(t *testing.T) {
	// "Peru violated the truce twice , Berg said ." with "said" read as a relative clause
	words, tags, heads, rels := tree(t, `
Peru NNP 2 nsubj
violated VBD 0 root
the DT 4 det
truce NN 2 obj
twice RB 2 advmod
, , 8 punct
Berg NNP 8 nsubj
said VBD 2 advcl:relcl
. . 2 punct`)
	repair(words, tags, heads, rels)
	if rels[7] != "parataxis" || heads[7] != 2 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// a clause with its own mark stays: "Peru left the talks after Berg said ."
	words, tags, heads, rels = tree(t, `
Peru NNP 2 nsubj
left VBD 0 root
the DT 4 det
talks NNS 2 obj
after IN 7 mark
Berg NNP 7 nsubj
said VBD 2 advcl
. . 2 punct`)
	repair(words, tags, heads, rels)
	if rels[6] != "advcl" {
		t.Errorf("changed a clause with a mark: %v %v", heads, rels)
	}
}

func TestRepairGivesTheVerbToTheNameAndThePronounBeforeIt(t *testing.T) {
	// "“ Chairman Lind and I have agreed , ” Berg said ." with the verb read as a conjunct
	// of the name
	words, tags, heads, rels := tree(t, `
" `+"``"+` 3 punct
Chairman NNP 3 nmod:desc
Lind NNP 11 ccomp
and CC 7 cc
I PRP 7 nsubj
have VBP 7 aux
agreed VBN 3 conj
, , 3 punct
" '' 3 punct
Berg NNP 11 nsubj
said VBD 0 root
. . 11 punct`)
	repair(words, tags, heads, rels)
	if heads[6] != 11 || rels[6] != "ccomp" || heads[2] != 7 || rels[2] != "nsubj" || heads[4] != 3 || rels[4] != "conj" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairMakesTheVerbAfterAParticiplesPhraseTheRoot(t *testing.T) {
	// "Berg , opening the session , blamed Lind ." with the participle read as the root
	words, tags, heads, rels := tree(t, `
Berg NNP 3 nsubj
, , 3 punct
opening VBG 0 root
the DT 5 det
session NN 3 obj
, , 3 punct
blamed VBD 3 dep
Lind NNP 7 obj
. . 3 punct`)
	repair(words, tags, heads, rels)
	if heads[6] != 0 || heads[0] != 7 || rels[0] != "nsubj" || heads[2] != 7 || rels[2] != "advcl" || heads[8] != 7 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// a verb with a subject of its own stays where it is: "Berg , opening the session , they agreed ."
	words, tags, heads, rels = tree(t, `
Berg NNP 3 nsubj
, , 3 punct
opening VBG 0 root
the DT 5 det
session NN 3 obj
, , 3 punct
they PRP 8 nsubj
agreed VBD 3 dep
. . 3 punct`)
	repair(words, tags, heads, rels)
	if heads[2] != 0 || heads[7] != 3 {
		t.Errorf("a verb with its own subject moved: heads %v rels %v", heads, rels)
	}
}

func TestRepairMakesHaveTheAuxiliaryOfAParticipleAfterAQuantifier(t *testing.T) {
	// "Berg and Lind have each accused the other ." read with "each" as the object of "have"
	words, tags, heads, rels := tree(t, `
Berg NNP 4 nsubj
and CC 3 cc
Lind NNP 1 conj
have VBP 0 root
each DT 4 obj
accused VBN 4 xcomp
the DT 8 det
other JJ 6 obj
. . 4 punct`)
	repair(words, tags, heads, rels)
	if heads[5] != 0 || rels[5] != "root" || heads[3] != 6 || rels[3] != "aux" || heads[4] != 6 || rels[4] != "advmod" ||
		heads[0] != 6 || rels[0] != "nsubj" || heads[8] != 6 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// "have" with an object of its own keeps it: "they have each a vote ."
	words, tags, heads, rels = tree(t, `
they PRP 2 nsubj
have VBP 0 root
each DT 4 det
vote NN 2 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[1] != 0 || heads[3] != 2 || rels[3] != "obj" {
		t.Errorf("a verb with an object moved: heads %v rels %v", heads, rels)
	}
}

func TestRepairMendsTheObjectsOfDenying(t *testing.T) {
	// "Berg has dismissed claims ." read with the verb as an adjective of the noun root
	words, tags, heads, rels := tree(t, `
Berg NNP 4 nsubj
has VBZ 3 aux
dismissed VBN 4 amod
claims NNS 0 root
. . 4 punct`)
	repair(words, tags, heads, rels)
	if heads[2] != 0 || heads[3] != 3 || rels[3] != "obj" || heads[0] != 3 || rels[0] != "nsubj" {
		t.Errorf("auxiliary participle: heads %v rels %v", heads, rels)
	}

	// "Peru denies suspicions that it lied ." with the clause read as the verb's
	words, tags, heads, rels = tree(t, `
Peru NNP 2 nsubj
denies VBZ 0 root
suspicions NNS 2 obj
that IN 6 mark
it PRP 6 nsubj
lied VBD 2 advcl
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[5] != 3 || rels[5] != "acl" {
		t.Errorf("clause of a noun: heads %v rels %v", heads, rels)
	}

	// "Berg smiled and denied he met Lind ." with "met" hung on the first verb
	words, tags, heads, rels = tree(t, `
Berg NNP 2 nsubj
smiled VBD 0 root
and CC 4 cc
denied VBD 2 conj
he PRP 6 nsubj
met VBD 2 parataxis
Lind NNP 6 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[5] != 4 || rels[5] != "ccomp" {
		t.Errorf("stranded complement: heads %v rels %v", heads, rels)
	}

	// "prices fell after Peru and Chile denied it ." with the first name read as the
	// object of "after"
	words, tags, heads, rels = tree(t, `
prices NNS 2 nsubj
fell VBD 0 root
after IN 4 case
Peru NNP 2 obl
and CC 7 cc
Chile NNP 7 nsubj
denied VBD 2 conj
it PRP 7 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if rels[6] != "advcl" || heads[3] != 7 || rels[3] != "nsubj" || heads[5] != 4 || rels[5] != "conj" || heads[2] != 7 || rels[2] != "mark" {
		t.Errorf("subordinate clause with two subjects: heads %v rels %v", heads, rels)
	}
}

func TestRepairJoinsANounListedAfterTheObjectToIt(t *testing.T) {
	// "He spoke to Berg , and the presidents of Peru ." with "presidents" read as a second
	// subject of "spoke"
	words, tags, heads, rels := tree(t, `
He PRP 2 nsubj
spoke VBD 0 root
to TO 4 case
Berg NNP 2 obl
, , 2 punct
and CC 2 cc
the DT 8 det
presidents NNS 2 nsubj
of IN 10 case
Peru NNP 8 nmod
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[7] != 4 || rels[7] != "conj" || heads[5] != 8 || rels[5] != "cc" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestTaggerReadsSpokeAsAVerbAfterAName(t *testing.T) {
	tg, err := LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	for _, words := range [][]string{
		{"Lind", "spoke", "by", "phone", "with", "Berg", "."},
		{"Lind", ",", "who", "was", "in", "Lima", ",", "spoke", "by", "phone", "with", "Berg", "."},
	} {
		for i, w := range words {
			if tags := tg.Tag(words); w == "spoke" && tags[i] != "VBD" {
				t.Errorf("spoke tagged %s in %v", tags[i], words)
			}
		}
	}
}

func TestRepairReadsAPhoneAsNoAgent(t *testing.T) {
	// "Berg and Lind talked by phone ." read with a passive participle on the names
	words, tags, heads, rels := tree(t, `
Berg NNP 0 root
and CC 3 cc
Lind NNP 1 conj
talked VBN 1 acl
by IN 6 case
phone NN 4 obl:agent
. . 1 punct`)
	repair(words, tags, heads, rels)
	if heads[3] != 0 || heads[0] != 4 || rels[0] != "nsubj" || rels[5] != "obl" || heads[6] != 4 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairGivesTheNameBetweenTwoPrepositionsOfADayTheFirst(t *testing.T) {
	// "Berg spoke with Minister Lind on Tuesday ." with both prepositions on the day
	words, tags, heads, rels := tree(t, `
Berg NNP 2 nsubj
spoke VBD 0 root
with IN 7 case
Minister NNP 5 nmod:desc
Lind NNP 7 nmod
on IN 7 case
Tuesday NNP 2 obl
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[4] != 2 || rels[4] != "obl" || heads[2] != 5 || heads[5] != 7 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairMakesTheNameAfterATitleTheObject(t *testing.T) {
	// "Peru hosted President Berg ." read with the title as the object and the name as a
	// second subject
	words, tags, heads, rels := tree(t, `
Peru NNP 2 nsubj
hosted VBD 0 root
President NNP 2 obj
Berg NNP 2 nsubj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[3] != 2 || rels[3] != "obj" || heads[2] != 4 || rels[2] != "nmod:desc" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairJoinsModifiersAfterBoth(t *testing.T) {
	// "Both Chilean and Peruvian officials met ." read with "Chilean" as the root
	words, tags, heads, rels := tree(t, `
Both DT 2 cc:preconj
Chilean NNP 0 root
and CC 6 cc
Peruvian NNP 5 compound
officials NNS 6 nsubj
met VBD 2 conj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[5] != 0 || heads[1] != 5 || rels[1] != "amod" || heads[3] != 2 || rels[3] != "conj" || heads[2] != 4 || heads[6] != 6 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairOpensAClauseReadAsTheNounsOwn(t *testing.T) {
	// "talks ended after Peru agreed ." with "agreed" read as a clause on "Peru"
	words, tags, heads, rels := tree(t, `
talks NNS 2 nsubj
ended VBD 0 root
after IN 4 case
Peru NNP 2 obl
agreed VBD 4 acl
. . 2 punct`)
	repair(words, tags, heads, rels)
	if !isTree(heads) || heads[4] != 2 || rels[4] != "advcl" || heads[3] != 5 || rels[3] != "nsubj" || heads[2] != 5 || rels[2] != "mark" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairGivesTheSpeakerHisRemark(t *testing.T) {
	// "Berg said the deal was bad , accusing Peru of lying ." with the remark on "bad"
	words, tags, heads, rels := tree(t, `
Berg NNP 2 nsubj
said VBD 0 root
the DT 4 det
deal NN 6 nsubj
was VBD 6 cop
bad JJ 2 ccomp
, , 8 punct
accusing VBG 6 advcl
Peru NNP 8 obj
of IN 11 mark
lying VBG 8 advcl
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[7] != 2 || heads[6] != 2 || heads[5] != 2 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
	// a result of what was told stays with it
	words, tags, heads, rels = tree(t, `
Berg NNP 2 nsubj
said VBD 0 root
troops NNS 4 nsubj
advanced VBD 2 ccomp
, , 6 punct
killing VBG 4 advcl
civilians NNS 6 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[5] != 4 {
		t.Errorf("result moved: heads %v", heads)
	}
}

func TestRepairMakesTheNameBeforeADayTheSubject(t *testing.T) {
	// "Berg on Tuesday took aim at Peru ." read with the day as the subject
	words, tags, heads, rels := tree(t, `
Berg NNP 0 root
on IN 4 mark
Tuesday NNP 4 nsubj
took VBD 1 dep
aim NN 4 obj
at IN 7 case
Peru NNP 4 obl
. . 1 punct`)
	repair(words, tags, heads, rels)
	if heads[3] != 0 || heads[0] != 4 || rels[0] != "nsubj" || heads[2] != 4 || rels[2] != "obl" || heads[1] != 3 || rels[1] != "case" || heads[7] != 4 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestIsTreeFindsCycles(t *testing.T) {
	if !isTree([]int{2, 0, 2}) || isTree([]int{2, 1, 0}) || isTree([]int{2, 0, 4, 3}) {
		t.Error("isTree is wrong")
	}
}

func TestRepairHangsOrdersOnTheVerb(t *testing.T) {
	// "Lind was shot inside the embassy on orders of Peru ." with the orders read as the
	// embassy's
	words, tags, heads, rels := tree(t, `
Lind NNP 3 nsubj:pass
was VBD 3 aux:pass
shot VBN 0 root
inside IN 6 case
the DT 6 det
embassy NN 3 obl
on IN 8 case
orders NNS 6 nmod
of IN 10 case
Peru NNP 8 nmod
. . 3 punct`)
	repair(words, tags, heads, rels)
	if heads[7] != 3 || rels[7] != "obl" || heads[9] != 8 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// "the text of the orders of the court" stays: no "on", "at" or "under"
	words, tags, heads, rels = tree(t, `
Lind NNP 2 nsubj
read VBD 0 root
the DT 4 det
text NN 2 obj
of IN 7 case
the DT 7 det
orders NNS 4 nmod
of IN 10 case
the DT 10 det
court NN 7 nmod
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[6] != 4 || rels[6] != "nmod" {
		t.Errorf("orders without 'on' moved: heads %v rels %v", heads, rels)
	}
}

func TestRepairMakesAQuotedParticipleTheVerb(t *testing.T) {
	// `Peru has " jammed the radars " .` with "jammed" read as an adjective of "radars"
	words, tags, heads, rels := tree(t, `
Peru NNP 2 nsubj
has VBZ 0 root
" `+"``"+` 5 punct
jammed VBN 5 amod
radars NNS 2 obj
" '' 5 punct
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[3] != 0 || rels[3] != "root" || heads[1] != 4 || rels[1] != "aux" || heads[0] != 4 || heads[4] != 4 || rels[4] != "obj" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// an adjective after "have" and a quotation mark stays one: `Peru has " broken promises " .`
	// read with "broken" as the adjective of the object is left when the tag is not a verb's
	words, tags, heads, rels = tree(t, `
Peru NNP 2 nsubj
has VBZ 0 root
" `+"``"+` 5 punct
broken JJ 5 amod
promises NNS 2 obj
" '' 5 punct
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[3] != 5 || rels[3] != "amod" || rels[1] != "root" {
		t.Errorf("an adjective moved: heads %v rels %v", heads, rels)
	}
}

func TestRepairGivesARemarkOnAnObjectToTheSubject(t *testing.T) {
	// "Peru threatened to quit the talks , accusing Chile ." with "accusing" read as a
	// modifier of "talks"
	words, tags, heads, rels := tree(t, `
Peru NNP 2 nsubj
threatened VBD 0 root
to TO 4 mark
quit VB 2 xcomp
the DT 6 det
talks NNS 4 obj
, , 8 punct
accusing VBG 6 acl
Chile NNP 8 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[7] != 2 || rels[7] != "advcl" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// a participle that is not a remark stays: "quit the talks , fearing Chile"
	words, tags, heads, rels = tree(t, `
Peru NNP 2 nsubj
quit VBD 0 root
the DT 4 det
talks NNS 2 obj
, , 6 punct
fearing VBG 4 acl
Chile NNP 6 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[5] != 4 || rels[5] != "acl" {
		t.Errorf("a participle that is no remark moved: heads %v rels %v", heads, rels)
	}
}

func TestRepairGivesARemarkOnASubjectlessVerbToTheSubject(t *testing.T) {
	// "Peru threatened to quit the talks , accusing Chile ." with "accusing" read as an
	// adverbial of "quit"
	words, tags, heads, rels := tree(t, `
Peru NNP 2 nsubj
threatened VBD 0 root
to TO 4 mark
quit VB 2 xcomp
the DT 6 det
talks NNS 4 obj
, , 8 punct
accusing VBG 4 advcl
Chile NNP 8 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[7] != 2 || rels[7] != "advcl" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairGivesAJoinedClauseItsSubject(t *testing.T) {
	// "Peru criticised Chile for its handling of the strike , and the port of Arica is
	// suing Chile ." with the port read as a conjunct of "handling" and "suing" as an
	// adverbial without a subject
	words, tags, heads, rels := tree(t, `
Peru NNP 2 nsubj
criticised VBD 0 root
Chile NNP 2 obj
for IN 6 case
its PRP$ 6 nmod:poss
handling NN 2 obl
of IN 9 case
the DT 9 det
strike NN 6 nmod
, , 13 punct
and CC 13 cc
the DT 13 det
port NN 6 conj
of IN 15 case
Arica NNP 13 nmod
is VBZ 17 aux
suing VBG 2 advcl
Chile NNP 17 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[12] != 17 || rels[12] != "nsubj" || heads[16] != 2 || rels[16] != "conj" || heads[10] != 17 || heads[9] != 17 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// a verb with a subject of its own leaves the noun where it was: "..., and the port
	// it is suing Chile"
	words, tags, heads, rels = tree(t, `
Peru NNP 2 nsubj
criticised VBD 0 root
Chile NNP 2 obj
for IN 6 case
its PRP$ 6 nmod:poss
handling NN 2 obl
of IN 9 case
the DT 9 det
strike NN 6 nmod
, , 13 punct
and CC 13 cc
the DT 13 det
port NN 6 conj
it PRP 16 nsubj
is VBZ 16 aux
suing VBG 2 advcl
Chile NNP 16 obj
. . 2 punct`)
	before := append([]int(nil), heads...)
	repair(words, tags, heads, rels)
	if heads[12] != before[12] || rels[12] != "conj" {
		t.Errorf("a verb with its own subject took the noun: heads %v rels %v", heads, rels)
	}
}

func TestRepairReadsAnAdjectiveWithASubjectAsTheVerbSaid(t *testing.T) {
	// "Peru said that the naval blockade prevented ships ." with "prevented" read as an
	// adjective of "ships", itself read as the subject of "said"
	words, tags, heads, rels := tree(t, `
Peru NNP 2 nsubj
said VBD 0 root
that IN 2 mark
the DT 6 det
naval JJ 6 amod
blockade NN 7 nsubj
prevented VBN 8 amod
ships NNS 2 nsubj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[6] != 2 || rels[6] != "ccomp" || heads[7] != 7 || rels[7] != "obj" || heads[2] != 7 || heads[5] != 7 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// a participle in a hyphenated modifier stays one: "a jet-launched bomb"
	words, tags, heads, rels = tree(t, `
Peru NNP 2 nsubj
used VBD 0 root
a DT 7 det
jet NN 6 nsubj
- HYPH 6 punct
launched VBN 7 amod
bomb NN 2 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[5] != 7 || rels[5] != "amod" {
		t.Errorf("a hyphenated modifier moved: heads %v rels %v", heads, rels)
	}
}

func TestRepairGivesAClauseBackFromANestedAttribution(t *testing.T) {
	// "Peru said that Chile shelled the port , the agency reported ." with "reported"
	// read as what Peru said, over Peru's clause
	words, tags, heads, rels := tree(t, `
Peru NNP 2 nsubj
said VBD 0 root
that IN 11 mark
Chile NNP 5 nsubj
shelled VBD 11 ccomp
the DT 7 det
port NN 5 obj
, , 5 punct
the DT 10 det
agency NN 11 nsubj
reported VBD 2 ccomp
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[4] != 2 || rels[4] != "ccomp" || heads[2] != 5 || heads[10] != 2 || rels[10] != "parataxis" {
		t.Errorf("got heads %v rels %v", heads, rels)
	}
}

func TestRepairMakesAnOpeningParticipleTheAdverbial(t *testing.T) {
	// "And using its ties , Chile sent messages , blaming Peru ." read with "using" as the
	// root, "sent" as its parataxis and "blaming" as its subject
	words, tags, heads, rels := tree(t, `
And CC 2 cc
using VBG 0 root
its PRP$ 4 nmod:poss
ties NNS 2 obj
, , 7 punct
Chile NNP 7 nsubj
sent VBD 2 parataxis
messages NNS 7 obj
, , 10 punct
blaming VBG 2 nsubj
Peru NNP 10 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[6] != 0 || rels[6] != "root" || heads[1] != 7 || rels[1] != "advcl" || heads[0] != 7 ||
		heads[9] != 7 || rels[9] != "advcl" || heads[11] != 7 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// a participle with its subject before it keeps the root: "Chile using its ties , Peru
	// sent messages" is not this shape
	words, tags, heads, rels = tree(t, `
Chile NNP 2 nsubj
using VBG 0 root
its PRP$ 4 nmod:poss
ties NNS 2 obj
, , 7 punct
Peru NNP 7 nsubj
sent VBD 2 parataxis
messages NNS 7 obj
. . 2 punct`)
	repair(words, tags, heads, rels)
	if heads[1] != 0 {
		t.Errorf("a participle with a subject lost the root: heads %v rels %v", heads, rels)
	}
}

func TestRepairGivesTheVerbItsSubjectFromAnOpeningParticiple(t *testing.T) {
	// "Naming Peru , President Berg accused Chile ." with "Berg" read as an apposition of
	// "Peru" and the participle as the subject clause of "accused"
	words, tags, heads, rels := tree(t, `
Naming VBG 6 csubj
Peru NNP 1 obj
, , 5 punct
President NNP 5 nmod:desc
Berg NNP 2 appos
accused VBD 0 root
Chile NNP 6 obj
. . 6 punct`)
	repair(words, tags, heads, rels)
	if heads[4] != 6 || rels[4] != "nsubj" || heads[0] != 6 || rels[0] != "advcl" || heads[2] != 6 {
		t.Errorf("got heads %v rels %v", heads, rels)
	}

	// the same with the participle read as the root and the verb as its dependent
	words, tags, heads, rels = tree(t, `
Naming VBG 0 root
Peru NNP 1 obj
, , 5 punct
President NNP 5 nmod:desc
Berg NNP 2 appos
accused VBD 1 dep
Chile NNP 6 obj
. . 6 punct`)
	repair(words, tags, heads, rels)
	if heads[5] != 0 || heads[4] != 6 || rels[4] != "nsubj" || heads[0] != 6 || rels[0] != "advcl" {
		t.Errorf("participle as the root: heads %v rels %v", heads, rels)
	}

	// a verb with a subject of its own keeps it: "Naming Peru , Berg said Lind accused Chile"
	// is not this shape
	words, tags, heads, rels = tree(t, `
Naming VBG 6 csubj
Peru NNP 1 obj
, , 5 punct
President NNP 5 nmod:desc
Berg NNP 2 appos
accused VBD 0 root
Lind NNP 6 nsubj
. . 6 punct`)
	repair(words, tags, heads, rels)
	if heads[4] != 2 || rels[4] != "appos" {
		t.Errorf("a verb with a subject took another: heads %v rels %v", heads, rels)
	}
}
