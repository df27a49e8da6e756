package names

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// words splits a test sentence the simple way: letters and digits make
// words, anything else is one punctuation mark, . ! ? end a sentence.
func words(text string) []Word {
	var out []Word
	sent := 0
	rs := []rune(text)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			w := string(rs[i:j])
			out = append(out, Word{Low: strings.ToLower(w), Capital: unicode.IsUpper(r), Sent: sent})
			i = j
		default:
			out = append(out, Word{Low: string(r), Punct: true, Sent: sent})
			if (r == '!' || r == '?') || (r == '.' && !(len(out) >= 2 && len(out[len(out)-2].Low) <= 3 && honorific.has(out[len(out)-2].Low))) {
				if !(r == '.' && len(out) >= 2 && len(out[len(out)-2].Low) == 1) {
					sent++
				}
			}
			i++
		}
	}
	return out
}

func TestData(t *testing.T) {
	f, s := Counts()
	if f < 15000 || s < 80000 {
		t.Fatalf("data: %d first names, %d surnames", f, s)
	}
	for w, want := range map[string]Strength{
		"maria": Strong, "darnell": Strong, "priya": Strong, "oluwaseun": Strong, "grace": Weak, "summer": Weak,
		"april": Weak, "the": None, "clinic": None,
	} {
		if got := First(w); got != want {
			t.Errorf("First(%q) = %d, want %d", w, got, want)
		}
	}
	for w, want := range map[string]Strength{"smith": Strong, "nguyen": Strong, "garcia": Strong, "brown": Weak, "clinic": None} {
		if got := Surname(w); got != want {
			t.Errorf("Surname(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string // the mentions, as text words joined by spaces
	}{
		{"Congrats to Darnell Brooks on his new knee!", []string{"darnell brooks"}},
		{"Get well soon, Coach Ruiz — rest up after Tuesday's surgery.", []string{"coach ruiz"}},
		{"Maria turned 95 today!", []string{"maria"}},
		{"Congrats to Maria L., 91 years young today!", []string{"maria l ."}},
		{"Happy birthday, Grace!", []string{"grace"}},
		{"Say grace before meals.", nil},
		{"Summer Camp physicals are open.", nil},
		{"Grace Kim ran the 5K.", []string{"grace kim"}},
		{"Our mail carrier is back on her route.", []string{"our mail carrier"}},
		{"The principal at the middle school broke her wrist.", []string{"the principal"}},
		{"The town librarian is recovering.", []string{"the town librarian"}},
		{"Ask the coach about a concussion plan.", nil},
		{"Lincoln Elementary hosts a flu clinic.", nil},
		{"Martin Luther King Day: we are closed.", nil},
		{"Mrs. Okafor is home from the hospital.", []string{"mrs . okafor"}},
		{"Grandma Rose is 90 today.", []string{"grandma rose"}},
		{"Flu shots are here! Walk in Monday.", nil},
		{"Join Dr. Reyes on Saturday.", []string{"dr . reyes"}},
		{"Aaliyah and Oluwaseun finished the 5K.", []string{"aaliyah", "oluwaseun"}},
		{"Get well soon, Zoltánné!", []string{"zoltánné"}},
		{"Congrats to Ngozi Adeyemi-Okafor on the new baby!", []string{"ngozi adeyemi"}},
		{"My name is Rubija.", []string{"rubija"}},
		{"Janka M. Szász will speak.", []string{"janka m . szász"}},
		{"Happy Thanksgiving from our team!", nil},
		{"Hi everyone, flu shots are in!", nil},
		{"Happy birthday, Yusuf!", []string{"yusuf"}},
		{"Aren't we all busy?", nil},
		// A name that is a word too, opening its sentence: the person when
		// a person's verb and a "she" or "he" follow, else the word.
		{"Hope is finally home after her knee replacement.", []string{"hope"}},
		{"Hope is a powerful thing.", nil},
		{"Grace had her baby girl on Sunday.", []string{"grace"}},
		{"Grace under pressure: our front desk.", nil},
		{"Will just finished his last chemo round.", []string{"will"}},
		{"Will your kids need sports physicals?", nil},
		{"Faith from our walking group got her new hip.", []string{"faith"}},
		{"Faith, family and a flu shot.", nil},
		{"Pops Henderson got his cataract done.", []string{"pops henderson"}},
		{"The label says R. Delgado, born 1949.", []string{"r . delgado"}},
		{"The U.S. Navy band plays Friday.", nil},
		{"The Osage Bend High quarterback tore his ACL.", []string{"the osage bend high quarterback"}},
		{"The mayor got her flu shot today.", []string{"the mayor"}},
		{"The lady who drives the blue Prius left her inhaler.", []string{"the lady"}},
		{"Sue, who walks her dog past our office, is home.", []string{"sue"}},
		{"Ask the coach about a concussion plan.", nil},
		{"The people who came out Saturday were great.", nil},
		{"A teacher at Osage Bend Elementary tested positive for TB.", []string{"a teacher"}},
		{"Guess which local news anchor came in today?", []string{"which local news anchor"}},
		{"Thank a teacher today!", nil},
		{"congrats to darnell on his new knee", []string{"darnell"}}, // a known name in lower case
		{"Love when the Dr. Google crowd shows up.", nil},
	}
	for _, tc := range tests {
		// Each text twice: as a caller that knows nothing of the words
		// gives it, and as one that marks the words no Opener and no
		// KnownName (the compliance lexicon): the mentions must be the same.
		for _, marked := range []bool{false, true} {
			ws := words(tc.text)
			if marked {
				for i := range ws {
					ws[i].NoTitleOrRole = !Opener(ws[i].Low)
					ws[i].NoKnownName = !KnownName(ws[i].Low)
				}
			}
			var got []string
			for _, m := range Find(ws, nil) {
				var parts []string
				for _, w := range ws[m.From:m.To] {
					parts = append(parts, w.Low)
				}
				got = append(got, strings.Join(parts, " "))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%q (marked %v): got %q, want %q", tc.text, marked, got, tc.want)
			}
		}
	}
}

// TestOpeners checks that Openers lists exactly the words Opener accepts.
func TestOpeners(t *testing.T) {
	all := Openers()
	if len(all) < 100 {
		t.Fatalf("Openers() = %d words, want the honorifics and role openers", len(all))
	}
	for _, w := range all {
		if !Opener(w) {
			t.Errorf("Opener(%q) = false for a word Openers lists", w)
		}
	}
	for _, w := range []string{"the", "our", "coach", "mrs", "kid", "whoever"} {
		if !slices.Contains(all, w) {
			t.Errorf("Openers() lacks %q", w)
		}
	}
	for _, w := range []string{"flu", "maria", "clinic"} {
		if Opener(w) {
			t.Errorf("Opener(%q) = true", w)
		}
	}
}

func TestIsWord(t *testing.T) {
	for w, want := range map[string]bool{"sunscreen": true, "yesterday": true, "walking": true, "stopped": true,
		"babies": true, "the": true, "everyone": true, "ifeoma": false, "tsering": false, "chidinma": false, "bakare": false} {
		if IsWord(w) != want {
			t.Errorf("IsWord(%q) = %v, want %v", w, !want, want)
		}
	}
}

func TestFigure(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"jonas salk", true}, {"salk", true}, {"florence nightingale", true}, {"alexander fleming", true},
		{"fleming", false}, {"maria fleming", false}, {"hippocrates", true}, {"seuss", true}, {"maria lopez", false}, {"", false},
	} {
		if got := Figure(strings.Fields(tc.name)); got != tc.want {
			t.Errorf("Figure(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestWordSet checks that a set's signature never turns away a word of
// the set, for every set Find asks, and that pairs are found as "a b".
func TestWordSet(t *testing.T) {
	for _, s := range []*wordSet{honorific, institution, notSurname, greeting, strongGreeting, holiday, relatives, roleModifier,
		roleNouns, roleNouns2, describedPerson, describedBy, streetType, placedPerson, placedBy, townRole, careWord, placeAdverb,
		uniqueRole, lowerTitle, whoeverDoes, plainNoun, functionWord, kin, notPerson, eventNames, personVerb, thirdPerson,
		spanishTo, shouted} {
		for w := range s.m {
			if !s.has(w) {
				t.Errorf("set holding %q says it does not", w)
			}
			if a, b, ok := strings.Cut(w, " "); ok && !strings.Contains(b, " ") && !s.hasPair(a, b) {
				t.Errorf("set holding %q says it does not hold the pair", w)
			}
		}
		for _, w := range []string{"", "x", "zzzz", "the", "patient"} {
			if s.has(w) != s.m[w] {
				t.Errorf("has(%q) = %v, the map says %v", w, s.has(w), s.m[w])
			}
		}
	}
}

// TestNameIndex checks the one-look-up index against the data files as
// load reads them (and demoteAbroad marks them, and addShortForms adds to
// them): every first name, surname and word-too name, and words that are
// none.
func TestNameIndex(t *testing.T) {
	first, wordToo := load(firstData)
	surnames, _ := load(surnameData)
	rare, _ := load(rareData)
	demoteAbroad(firstData, first, rare)
	addShortForms(first, rare)
	words := []string{"the", "flu", "shots", "", "zzqx", "patient"}
	for w := range first {
		words = append(words, w)
	}
	for w := range surnames {
		words = append(words, w)
	}
	for _, w := range words {
		if First(w) != first[w] || Surname(w) != surnames[w] || WordToo(w) != wordToo[w] {
			t.Fatalf("%q: index says first %d, surname %d, word too %v; data %d, %d, %v",
				w, First(w), Surname(w), WordToo(w), first[w], surnames[w], wordToo[w])
		}
	}
	if f, s := Counts(); f != len(first) || s != len(surnames) {
		t.Errorf("Counts() = %d, %d; data %d, %d", f, s, len(first), len(surnames))
	}
}

// TestDemoteAbroad: a rarer first name that is an everyday word abroad
// needs more evidence (Weak); one of the most given stays Strong, and a
// rarer name of rare.txt that is such a word is no rare name any more.
func TestDemoteAbroad(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want Strength
	}{
		{"merci", Weak}, {"marque", Weak}, {"nada", Weak}, {"ella", Strong}, {"linda", Strong}, {"darnell", Strong},
	} {
		if got := First(tc.w); got != tc.want {
			t.Errorf("First(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
	for _, w := range []string{"bonne", "para", "que"} {
		if Rare(w) {
			t.Errorf("Rare(%q) = true, want false: a word abroad", w)
		}
	}
}

// TestWordsThatAreNoOne: words a name list holds that name a thing or a
// place here: a kit "is 48 hours" (a measure, not an age), a plant or a
// school "at Jefferson North" (a compass point after a name, after "at").
// An age after the name and a person's full name still count.
func TestWordsThatAreNoOne(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"the home sleep test kit is 48 hours late", nil},
		{"Return the kit, it is 2 miles to the lab.", nil},
		{"the loaner kit was 30 minutes late", nil},
		{"Hazel is 91 years young!", []string{"hazel"}},
		{"darnell is 47 today and he says thanks", []string{"darnell"}},
		{"Shift change at Jefferson North is no joke.", nil},
		{"Traffic in Lincoln East backs up at 3.", nil},
		{"Congrats to Oliver North on his new knee.", []string{"oliver north"}},
		{"Say hi to Maria West at the front desk.", []string{"maria west"}},
		{"We ran into Denise Southwest at the game.", []string{"denise southwest"}},
		// Places a name list's words stand in: after "near", after "is
		// from", before a place noun, after "San" or "New", or "the X of".
		{"Summer hike: June 21, Sabino Canyon, 5:30am.", nil},
		{"Cesar grew up near Yuma, Arizona.", []string{"cesar"}},
		{"Marisol is from Santo Domingo.", []string{"marisol"}},
		{"thanks to the fans who drive from Sierra Vista every weekend", nil},
		{"Proud to sponsor the Blessing of the Fleet.", nil},
		{"Boas Festas e Feliz Ano Novo!", nil},
		{"Wind chill in New Bedford today.", nil},
		{"The card came from Maria Lopez today.", []string{"maria lopez"}},
		{"Congrats to Blessing on her new baby!", []string{"blessing"}},
	}
	for _, tc := range tests {
		ws := words(tc.text)
		var got []string
		for _, m := range Find(ws, nil) {
			var parts []string
			for _, w := range ws[m.From:m.To] {
				parts = append(parts, w.Low)
			}
			got = append(got, strings.Join(parts, " "))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestStrengths: one look-up answers what First and Surname answer.
func TestStrengths(t *testing.T) {
	for _, w := range []string{"maria", "garcia", "nguyen", "washington", "jordan", "mom", "knee", "the", "", "josé", "o'brien"} {
		first, surname := Strengths(w)
		if first != First(w) || surname != Surname(w) {
			t.Errorf("Strengths(%q) = %v, %v; First and Surname say %v, %v", w, first, surname, First(w), Surname(w))
		}
	}
}

func TestFamous(t *testing.T) {
	if n := famousCount(); n < 4000 {
		t.Fatalf("famous.txt holds %d names, want thousands", n)
	}
	for _, c := range []struct {
		name           string
		famous, common bool
	}{
		{"bette davis", true, false},
		{"susan b anthony", true, false},
		{"bob dylan", true, false},
		{"grandma moses", true, false},
		{"george eastman", true, false},
		{"grace allen", true, true}, // "Grace Ethel Cecile Rosalie Allen", as anyone's "Grace Allen"
		{"john smith", true, true},
		{"mrs ward", true, true},
		{"davis", false, false}, // a surname alone
		{"maria lopez", false, false},
		{"andrés segovia", true, false},
		{"tadeusz kościuszko", true, false},
	} {
		f, common := Famous(strings.Fields(c.name))
		if f != c.famous || common != c.common {
			t.Errorf("Famous(%q) = %v, %v; want %v, %v", c.name, f, common, c.famous, c.common)
		}
	}
}
