package health

import (
	"slices"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	if n := Len(); n < 5000 {
		t.Fatalf("only %d terms", n)
	}
	tests := []findCase{
		{"congrats to darnell brooks on his new knee", []string{"knee"}},
		{"rest up after tuesday s surgery", []string{"surgery"}},
		{"she is 90 days sober", []string{"days sober"}},
		{"the principal broke her left wrist", []string{"wrist"}},
		{"join us for labor day", nil},
		{"keep ana in your prayers as she starts chemo", []string{"chemo"}},
		{"he was diagnosed with type 2 diabetes", []string{"diagnosed", "diabetes"}},
		{"she has migraines and asthma", []string{"migraines", "asthma"}},
		{"taking ibuprofen after the fractures", []string{"ibuprofen", "fractures"}},
		{"wash your hands before you eat", nil},
		{"the new x ray machine arrived tuesday", []string{"x ray"}},
		{"wine tasting fundraiser for the library", nil},
		{"our flu vaccine shipment came", []string{"flu vaccine"}},
		{"directing traffic at our flu shot clinic", nil},
		{"organized a vaccine drive for his class", nil},
		{"flu season is here", nil},
		{"our longtime volunteer at the flu clinic", nil},
		{"walking in the breast cancer awareness 5k", nil},
		{"out for a few weeks after her appendix burst", []string{"appendix"}},
		{"had his heart stent placed on monday", []string{"stent"}},
		{"finally got that bum knee replaced", []string{"knee"}},
		{"told us she s expecting", []string{"s expecting"}},
		{"we re expecting snow", nil},
		{"off metformin and down 40 lbs", []string{"metformin", "down 40 lbs"}},
		{"so proud of hiroshi for finally quitting smoking", []string{"quitting smoking"}},
		{"lost 50 pounds since january", []string{"lost 50 pounds"}},
		{"the 50 pounds of food we collected", nil},
		{"they re expecting their second in may", []string{"expecting their second"}},
		{"tiny zuri joined us at 5 lbs 2 oz", []string{"5 lbs 2 oz"}},
		{"little sofi had her tonsils out friday", []string{"tonsils out"}},
		{"6 months smoke free today", []string{"months smoke free"}},
		{"thanks for keeping our campus smoke free", nil},
		{"on her vbac", []string{"vbac"}},
		{"congrats to the cast of annie", nil},
		{"glad the cast is off", []string{"cast is off"}},
		{"glad the cast is finally off", []string{"cast"}},
		{"her knee looks great in the photo", nil},
		{"the new pastor had his gallbladder out monday", []string{"gallbladder"}},
		{"hold your hands out", nil},
		{"cutting the ribbon on our new wing", nil},
		// Medicine's word shapes: procedures and drugs the list lacks.
		{"finished his sclerotherapy", []string{"sclerotherapy"}},
		{"her blepharoplasty went great", []string{"blepharoplasty"}},
		{"started semaglutide and tirzepatide", []string{"semaglutide", "tirzepatide"}},
		{"back on lisinopril and atorvastatin", []string{"lisinopril", "atorvastatin"}},
		{"su tratamiento de escleroterapia", []string{"tratamiento", "escleroterapia"}},
		{"empathy and sympathy in april", nil},
		{"a concept analysis for the diploma", nil},
		{"thank you chioma and jeremiah", nil},
		// Everyday mending and care.
		{"rocking his walking boot", []string{"walking boot"}},
		{"sign brenda s cast", []string{"cast"}},
		{"lost all her hair", []string{"lost all her hair"}},
		{"the cast of the play", nil},
		{"his leg is fully healed", []string{"leg"}},
		{"our leg of the relay", nil},
	}
	checkFinds(t, tests)
}

// TestStartIndex checks the one-look-up index against what it replaces:
// byFirst asked for the word, then for its singular.
func TestStartIndex(t *testing.T) {
	byFirst := load(termData, cueData)
	words := []string{"the", "knees", "knee", "injuries", "injury", "flu", "flus", "x", "shots", "bus", "crisis", "ties", "iies", "s", "ss"}
	for w := range byFirst {
		words = append(words, w, w+"s", w+"es", strings.TrimSuffix(w, "y")+"ies", strings.TrimSuffix(w, "s"))
	}
	for _, w := range words {
		if w == "" {
			continue
		}
		var own, sing []term = byFirst[w], nil
		if s := singular(w); s != w {
			sing = byFirst[s]
		}
		e := starts.at(w)
		if own == nil && sing == nil {
			if e != nil {
				t.Errorf("%q: index has an entry, byFirst has none", w)
			}
			continue
		}
		if e == nil || !sameTerms(e.own, own) || !sameTerms(e.sing, sing) {
			t.Errorf("%q: index entry %v, want own %d and singular %d terms", w, e, len(own), len(sing))
		}
	}
}

// sameTerms reports whether the index's terms r are list, in order.
func sameTerms(r termRange, list []term) bool {
	if int(r.to-r.from) != len(list) {
		return false
	}
	for k, t := range starts.terms[r.from:r.to] {
		var rest []string
		for j := t.restFrom; j < t.restTo; j++ {
			rest = append(rest, starts.restWord(int(j)))
		}
		if t.cat != list[k].cat || !slices.Equal(rest, list[k].rest) {
			return false
		}
	}
	return true
}

// TestShaped checks shaped, which tries only the endings with the word's
// last byte, against trying every list in order.
func TestShaped(t *testing.T) {
	want := func(w string) Category {
		if len(w) < 6 || notShaped[w] || !asciiLower(w) && !strings.ContainsAny(w, "íá") {
			return 0
		}
		for _, l := range []struct {
			es  []string
			cat Category
		}{{procedureEndings, Procedure}, {drugStems, Medicine}, {conditionEndings, Condition}} {
			for _, e := range l.es {
				lead := 2 // a drug stem of five letters or more needs only two before it
				if l.cat == Medicine && len(e) >= 5 {
					lead = 1
				}
				if len(w) > len(e)+lead && strings.HasSuffix(w, e) {
					return l.cat
				}
			}
		}
		return 0
	}
	words := []string{"sclerotherapy", "semaglutide", "tendinitis", "nostalgia", "concept", "colectomía", "ABCDEFitis", "walking"}
	for _, list := range [][]string{procedureEndings, drugStems, conditionEndings} {
		for _, e := range list {
			words = append(words, e, "ab"+e, "abc"+e, "abcd"+e, "xyz"+e+"s")
		}
	}
	for w := range notShaped {
		words = append(words, w)
	}
	for w := range load(termData, cueData) {
		words = append(words, w)
	}
	for _, w := range words {
		if got := shaped(w); got != want(w) {
			t.Errorf("shaped(%q) = %q, want %q", w, got, want(w))
		}
	}
}

// TestMayStartAndCover holds MayStart and MayCover to Find: true wherever
// a hit starts, and on every word a hit holds.
func TestMayStartAndCover(t *testing.T) {
	texts := []string{
		"congrats to darnell brooks on his new knee", "tiny zuri joined us at 5 lbs 2 oz", "off metformin and down 40 lbs",
		"lost 50 pounds since january", "glad the cast is off", "her new cast", "he was diagnosed with type 2 diabetes",
		"the principal broke her left wrist", "little sofi had her tonsils out friday", "flu season is here",
		"finished his sclerotherapy", "she is 90 days sober", "our flu vaccine shipment came", "his cancer screening is done",
		"she had a heart attack and open heart surgery", "told us she s expecting", "6 months smoke free today",
	}
	for _, text := range texts {
		words := strings.Fields(text)
		hits := Find(words, nil)
		if len(hits) == 0 && !strings.Contains(text, "season") {
			t.Errorf("%q: no hit to test with", text)
		}
		for _, h := range hits {
			if !MayStart(words, h.From) {
				t.Errorf("%q: Find has a hit at word %d (%q), MayStart says none can start there", text, h.From, words[h.From])
			}
			for i := h.From; i < h.To; i++ {
				if !MayCover(words, i) {
					t.Errorf("%q: word %d (%q) is in a hit, MayCover says no hit can hold it", text, i, words[i])
				}
			}
		}
	}
	for _, tc := range []struct {
		text string
		i    int
	}{{"walk ins saturday oct 17 9 to noon", 4}, {"the 50 pounds of food", 1}, {"call us today", 0}, {"our patient maria came in", 2}} {
		if words := strings.Fields(tc.text); MayStart(words, tc.i) || MayCover(words, tc.i) {
			t.Errorf("%q: MayStart or MayCover(%d) = true, want false", tc.text, tc.i)
		}
	}
}

// TestFigurative: health words said in jest are no one's health: slang
// "sick" before a feat or a thing, what the writers felt after a party, a
// workout or a laugh. The same words about someone's body still count.
func TestFigurative(t *testing.T) {
	tests := []findCase{
		{"shoutout for the sick kickflip in our parking lot", nil},
		{"that sick playlist at the holiday party", nil},
		{"dj marco had some sick beats", nil},
		{"check out the sick mural the kids painted", nil},
		{"none of us have recovered emotionally", nil},
		{"we re still recovering from those burpees", nil},
		{"the whole team is still recovering from the potluck", nil},
		{"his jokes gave us all a stomach ache from laughing", nil},
		{"we cried from laughing so hard", nil},
		{"home sick with a sick kid", []string{"sick", "sick"}},
		{"she called in sick today", []string{"sick"}},
		{"the sick visit slots are open", []string{"sick"}},
		{"she is still recovering from surgery", []string{"recovering", "surgery"}},
		{"we re recovering from the flu", []string{"recovering", "flu"}},
		{"he gave us all the flu", []string{"flu"}},
		{"mr kim is recovering nicely", []string{"recovering"}},
		{"recovered from her stroke", []string{"recovered", "stroke"}},
	}
	checkFinds(t, tests)
}

// TestSpotsThatArePlaces: parking spots and openings are no rash.
func TestSpotsThatArePlaces(t *testing.T) {
	tests := []findCase{
		{"we ve added four new spots this month", nil},
		{"we added 10 more parking spots out back", nil},
		{"we have a few open spots for new patients in january", nil},
		{"only 5 spots left for the cpr class", nil},
		{"she has new spots on her arm", []string{"spots"}},
		{"red spots all over his chest", []string{"spots"}},
		{"three spots on his back", []string{"spots"}},
		{"itchy spots that will not go away", []string{"spots"}},
		// Places to eat or go: "the best pho spots", "sledding spots".
		{"ranking the best pho spots in town", nil},
		{"our favorite coffee spots downtown", nil},
		{"top sledding spots near the clinic", nil},
		{"dry spots on her elbows", []string{"spots"}},
		{"new spots on his nose after the hike", []string{"spots"}},
	}
	checkFinds(t, tests)
}

// findCase is a text, in lower-case words, and the health terms Find
// should see in it.
type findCase struct {
	text string
	want []string
}

// checkFinds runs Find over each case's words and compares the terms it
// sees, in order.
func checkFinds(t *testing.T, tests []findCase) {
	t.Helper()
	for _, tc := range tests {
		words := strings.Fields(tc.text)
		var got []string
		for _, h := range Find(words, nil) {
			got = append(got, strings.Join(words[h.From:h.To], " "))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
