//go:build ignore

// genfamous.go writes famous.txt, the whole names of the people WordNet 3.0
// knows by name: its noun synsets that are instances (@i) of a class whose
// hypernym chain reaches person.n.01 (offset 00007846), such as Bette Davis,
// Bob Dylan, Susan B. Anthony, George Eastman, Grandma Moses:
//
//	go run genfamous.go -wordnet /usr/share/wordnet > famous.txt
//
// /usr/share/wordnet is Debian's wordnet-base 1:3.0-37. Only lemmas of two
// words or more are kept (a surname alone, "Davis", is anyone's), written as
// people write them: lower case, underscores, hyphens and apostrophes as
// spaces (the checker's scanner splits "O'Neill" in two), initials
// without their periods ("susan b anthony", "kareem abdul jabbar"). A lemma
// with middle names also gives its first and last word ("Grace Ethel Cecile
// Rosalie Allen" -> "grace allen") when no other famous person has that
// pair. A name whose first word is among the -first commonest US first names
// (first.txt) and whose last word among the -surnames commonest US surnames
// (surnames.txt) is marked "*" ("john smith", "james brown"), and so is a
// title before one of the -titled commonest surnames ("mrs
// ward", "captain smith"): a patient is as likely to be called that, so
// the checker does not take it for the famous one by the name alone.
//
// With -places it writes places.txt instead: the capitalized one-word
// lemmas of the instance synsets whose hypernym chain reaches
// location.n.01 (offset 00027167), such as Tulsa, Kabul, Acapulco, minus
// any that is also a lemma of a person instance ("Houston", "Joplin"). The
// checker asks it of a capitalized word no name list holds ("Prayers up
// for Tulsa"): a word WordNet knows only as a place is no person.
//
//	go run genfamous.go -wordnet /usr/share/wordnet -places > places.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
)

// Offsets in WordNet 3.0's data.noun: person.n.01 ("a human being") and
// location.n.01 ("a point or extent in space").
const (
	personOffset   = "00007846"
	locationOffset = "00027167"
)

// particles may stand lower case inside a whole name ("Ludwig van
// Beethoven", "Leonardo da Vinci").
var particles = map[string]bool{"van": true, "von": true, "da": true, "de": true, "di": true, "du": true, "del": true,
	"der": true, "la": true, "le": true, "y": true, "bin": true, "ibn": true, "al": true, "dos": true, "das": true, "ten": true}

// titles open a name that is anyone's when a common surname follows
// ("Mrs. Ward", "Captain Smith"); ordinals open a peer's title ("First
// Baron Kelvin"), not a name people write.
var (
	titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "captain": true, "general": true,
		"lady": true, "lord": true, "sir": true, "dame": true, "mother": true, "father": true, "uncle": true, "aunt": true,
		"king": true, "queen": true, "president": true, "saint": true, "st": true, "chief": true, "prince": true, "princess": true,
		"madame": true, "baron": true, "colonel": true, "admiral": true}
	ordinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
		"seventh": true, "eighth": true, "ninth": true, "tenth": true}
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict folder")
	firstFile := flag.String("firstnames", "first.txt", "first names, commonest first")
	surnameFile := flag.String("surnamelist", "surnames.txt", "surnames, commonest first")
	nFirst := flag.Int("first", 300, "commonest first names a common pair's first word is among")
	nLast := flag.Int("surnames", 300, "commonest surnames a common pair's last word is among")
	nTitled := flag.Int("titled", 2000, "commonest surnames a title before them makes anyone's")
	placesOut := flag.Bool("places", false, "write places.txt (the one-word places WordNet knows as no person) instead")
	flag.Parse()

	syn := readSynsets(*dir)
	isPerson := reaches(syn, personOffset)
	if *placesOut {
		writePlaces(syn, isPerson, reaches(syn, locationOffset))
		return
	}

	names := map[string]bool{}
	pairs := map[string]map[string]bool{} // first+last of a longer name -> the names that give it
	for _, s := range syn {
		if !s.instance {
			continue
		}
		person := false
		for _, h := range s.hypernyms {
			person = person || isPerson(h)
		}
		if !person {
			continue
		}
		for _, lemma := range s.lemmas {
			words, ok := nameWords(lemma)
			if !ok || len(words) < 2 || len(words) == 2 && len(words[0]) == 1 {
				continue // "C. Ogden": an initial and a surname are anyone's
			}
			full := strings.Join(words, " ")
			names[full] = true
			if last := len(words) - 1; len(words) > 2 && len(words[0]) > 1 && !particles[words[last-1]] && words[last] != "jr" && words[last] != "sr" {
				pair := words[0] + " " + words[last]
				if pairs[pair] == nil {
					pairs[pair] = map[string]bool{}
				}
				pairs[pair][full] = true
			}
		}
	}
	for pair, from := range pairs {
		if len(from) == 1 {
			names[pair] = true // "grace allen": one famous person goes by it
		}
	}

	commonFirst := top(*firstFile, *nFirst)
	commonLast := top(*surnameFile, *nLast)
	titledLast := top(*surnameFile, *nTitled)
	out := make([]string, 0, len(names))
	for n := range names {
		w := strings.Fields(n)
		if len(w) == 2 && (commonFirst[w[0]] && commonLast[w[1]] || titles[w[0]] && titledLast[w[1]]) {
			// "john smith", "mrs ward", "captain smith":
			// anyone's name as well.
			n += "*"
		}
		out = append(out, n)
	}
	slices.Sort(out)
	b := bufio.NewWriter(os.Stdout)
	for _, n := range out {
		fmt.Fprintln(b, n)
	}
	if err := b.Flush(); err != nil {
		log.Fatal(err)
	}
}

// nameWords splits a WordNet lemma into the lower-case words of a person's
// name, or reports false when the lemma is no name as people write one: a
// word that is neither capitalized, an initial nor a particle ("Jack_the_
// Ripper", "Richard_the_Lionheart"), or a character outside ASCII letters.
func nameWords(lemma string) ([]string, bool) {
	var words []string
	// The checker's scanner splits "O'Neill" and "Abdul-Jabbar" in two.
	for _, part := range strings.FieldsFunc(lemma, func(r rune) bool { return r == '_' || r == '-' || r == '\'' }) {
		part = strings.TrimSuffix(part, ".")
		if part == "" {
			return nil, false
		}
		low := strings.ToLower(part)
		if part[0] < 'A' || part[0] > 'Z' {
			if !particles[low] {
				return nil, false
			}
		}
		for i := 0; i < len(low); i++ {
			if c := low[i]; c < 'a' || c > 'z' {
				return nil, false // "J.R.R.": initials run together are written many ways
			}
		}
		words = append(words, low)
	}
	if len(words) == 0 || particles[words[0]] || ordinals[words[0]] {
		return nil, false
	}
	return words, true
}

// top returns the first n names of a name file (one a line, commonest
// first, marks after the name).
func top(path string, n int) map[string]bool {
	m := map[string]bool{}
	for _, l := range lines(path) {
		if len(m) == n {
			break
		}
		m[strings.TrimRight(l, "*#~")] = true
	}
	return m
}

func lines(path string) []string {
	raw, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
}

// synset is one line of data.noun: its lemmas and the classes it is a
// kind (@) or an instance (@i) of.
type synset struct {
	lemmas    []string
	hypernyms []string // @ and @i targets
	instance  bool
}

// readSynsets reads WordNet's data.noun in dir, keyed by offset.
func readSynsets(dir string) map[string]*synset {
	syn := map[string]*synset{}
	for _, l := range lines(dir + "/data.noun") {
		if strings.HasPrefix(l, "  ") {
			continue // the licence header
		}
		f := strings.Fields(l)
		var n int
		if _, err := fmt.Sscanf(f[3], "%x", &n); err != nil {
			log.Fatalf("data.noun: %q: %v", l, err)
		}
		s := &synset{}
		for k := 0; k < n; k++ {
			s.lemmas = append(s.lemmas, f[4+2*k])
		}
		p := 4 + 2*n
		var np int
		if _, err := fmt.Sscanf(f[p], "%d", &np); err != nil {
			log.Fatalf("data.noun: %q: %v", l, err)
		}
		for k := 0; k < np; k++ {
			sym, off := f[p+1+4*k], f[p+2+4*k]
			if sym == "@" || sym == "@i" {
				s.hypernyms = append(s.hypernyms, off)
			}
			s.instance = s.instance || sym == "@i"
		}
		syn[f[0]] = s
	}
	return syn
}

// reaches reports, for a synset offset, whether its hypernym chain reaches
// target (answers kept, as chains share their tops).
func reaches(syn map[string]*synset, target string) func(string) bool {
	memo := map[string]bool{}
	var walk func(off string, depth int) bool
	walk = func(off string, depth int) bool {
		if off == target {
			return true
		}
		if v, ok := memo[off]; ok || depth > 30 {
			return v
		}
		v := false
		for _, h := range syn[off].hypernyms {
			if walk(h, depth+1) {
				v = true
				break
			}
		}
		memo[off] = v
		return v
	}
	return func(off string) bool { return walk(off, 0) }
}

// writePlaces prints places.txt: the capitalized one-word lemmas of place
// instances that no person instance has as a lemma too, sorted.
func writePlaces(syn map[string]*synset, isPerson, isPlace func(string) bool) {
	places, people := map[string]bool{}, map[string]bool{}
	for _, s := range syn {
		if !s.instance {
			continue
		}
		place, person := false, false
		for _, h := range s.hypernyms {
			place = place || isPlace(h)
			person = person || isPerson(h)
		}
		for _, lemma := range s.lemmas {
			low, ok := oneWordPlace(lemma)
			if !ok {
				continue
			}
			people[low] = people[low] || person
			places[low] = places[low] || place
		}
	}
	var out []string
	for p, place := range places {
		if place && !people[p] {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	b := bufio.NewWriter(os.Stdout)
	for _, p := range out {
		fmt.Fprintln(b, p)
	}
	if err := b.Flush(); err != nil {
		log.Fatal(err)
	}
}

// oneWordPlace reports the lower-case form of a capitalized one-word lemma
// of ASCII letters ("Tulsa"), or false for anything else ("New_York").
func oneWordPlace(lemma string) (string, bool) {
	if len(lemma) < 3 || lemma[0] < 'A' || lemma[0] > 'Z' {
		return "", false
	}
	for i := 1; i < len(lemma); i++ {
		if c := lemma[i]; c < 'a' || c > 'z' {
			return "", false
		}
	}
	return strings.ToLower(lemma), true
}
