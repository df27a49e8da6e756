//go:build ignore

// genplaces.go writes places.txt, the one-word names of the places WordNet
// 3.0 knows: its noun synsets that are instances (@i) of a class whose
// hypernym chain reaches location.n.01 (offset 00027167), such as Tulsa,
// Joplin, Kabul, Oaxaca:
//
//	go run genplaces.go -wordnet /usr/share/wordnet > places.txt
//
// /usr/share/wordnet is Debian's wordnet-base 1:3.0-37. The checker asks
// it of a capitalized word that no name list holds ("Prayers up for Tulsa"):
// a word WordNet knows only as a place is no person. A word that WordNet
// also knows as a person ("Lincoln", "Houston") is left out: the list says
// only what a word cannot be.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"

	"flag"
)

// Offsets in WordNet 3.0's data.noun.
const (
	locationOffset = "00027167" // location.n.01, "a point or extent in space"
	personOffset   = "00007846" // person.n.01
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict folder")
	flag.Parse()

	type synset struct {
		lemmas    []string
		hypernyms []string // @ and @i targets
		instance  bool
	}
	syn := map[string]*synset{}
	f, err := os.Open(*dir + "/data.noun")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "  ") {
			continue // the licence header
		}
		fs := strings.Fields(l)
		var n int
		if _, err := fmt.Sscanf(fs[3], "%x", &n); err != nil {
			log.Fatalf("data.noun: %q: %v", l, err)
		}
		s := &synset{}
		for k := 0; k < n; k++ {
			s.lemmas = append(s.lemmas, fs[4+2*k])
		}
		p := 4 + 2*n
		var np int
		if _, err := fmt.Sscanf(fs[p], "%d", &np); err != nil {
			log.Fatalf("data.noun: %q: %v", l, err)
		}
		for k := 0; k < np; k++ {
			sym, off := fs[p+1+4*k], fs[p+2+4*k]
			if sym == "@" || sym == "@i" {
				s.hypernyms = append(s.hypernyms, off)
			}
			s.instance = s.instance || sym == "@i"
		}
		syn[fs[0]] = s
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	reaches := func(target string) func(string) bool {
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
	isPlace, isPerson := reaches(locationOffset), reaches(personOffset)

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
			low, ok := oneWord(lemma)
			if !ok {
				continue
			}
			if person {
				people[low] = true
			}
			if place {
				places[low] = true
			}
		}
	}
	var out []string
	for p := range places {
		if !people[p] {
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

// oneWord reports the lower-case form of a capitalized one-word lemma of
// ASCII letters ("Tulsa"), or false for anything else ("New_York",
// "Aachen's", "uptown").
func oneWord(lemma string) (string, bool) {
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
