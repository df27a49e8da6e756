//go:build ignore

// genpersons.go writes persons.txt, the English nouns for a kind of person
// ("tourist", "logger", "grandma", "hipster", "sledder"): a venting post
// names the people it scorns by their job, their age, their kin or their
// pastime, and no hand list keeps up with the next writer's words.
//
//	go run genpersons.go -wordnet /usr/share/wordnet > persons.txt
//
// /usr/share/wordnet is Debian's wordnet-base 1:3.0-37. It keeps a single
// lower-case lemma of three letters or more when its first (most frequent)
// noun sense is in noun.person (lexicographer file 18) and WordNet has no
// verb, adjective or adverb of that spelling ("guard", "drunk", "extra" and
// "brave" are read as people only in a minority of their uses). Words a
// clinic writes for things (the printer, a booster, the walker) are left
// out by hand (thingsToo).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"
)

// personFile is noun.person's lexicographer file number.
const personFile = "18"

// thingsToo are nouns whose first WordNet sense is a person but which
// clinic posts write for a thing: "the printer jammed", "a booster shot",
// "bring your walker", "a referral".
var thingsToo = map[string]bool{"printer": true, "referral": true, "booster": true, "walker": true, "tumbler": true,
	"quad": true, "snot": true, "comer": true, "taco": true, "temp": true, "edger": true, "trailer": true, "stroller": true,
	"bleacher": true, "sharper": true, "voucher": true, "loaner": true, "siren": true, "shoofly": true, "changer": true,
	"carrier": true, "aper": true, "amora": true, "lama": true, "earl": true, "yob": true, "tracker": true, "cutter": true,
	"monitor": true, "scanner": true, "sitter": true, "ringer": true, "runner": true, "speaker": true, "reader": true,
	"sponsor": true, "maker": true, "fundraiser": true, "supplier": true, "follower": true}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict folder")
	flag.Parse()
	lexFile := map[string]string{} // synset offset -> lexicographer file
	lower := map[string]bool{}     // "offset lemma" of a synset's lower-case words
	for _, l := range lines(*dir + "/data.noun") {
		if strings.HasPrefix(l, "  ") {
			continue // the licence header
		}
		f := strings.Fields(l)
		lexFile[f[0]] = f[1]
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			log.Fatalf("data.noun: %q: %v", l, err)
		}
		for k := 0; k < int(n); k++ {
			if w := f[4+2*k]; w == strings.ToLower(w) {
				lower[f[0]+" "+w] = true
			}
		}
	}
	other := map[string]bool{} // spellings WordNet has as a verb, adjective or adverb
	for _, pos := range []string{"verb", "adj", "adv"} {
		for _, l := range lines(*dir + "/index." + pos) {
			if !strings.HasPrefix(l, "  ") {
				other[strings.Fields(l)[0]] = true
			}
		}
	}
	var out []string
	for _, l := range lines(*dir + "/index.noun") {
		if strings.HasPrefix(l, "  ") {
			continue
		}
		// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
		f := strings.Fields(l)
		lemma := f[0]
		p, err := strconv.Atoi(f[3])
		if err != nil {
			log.Fatalf("index.noun: %q: %v", l, err)
		}
		first := f[4+p+2]
		// index.noun lower-cases every lemma; a surname ("Lincoln") is
		// capitalized in its synset and is no kind of person.
		if lexFile[first] != personFile || !lower[first+" "+lemma] || other[lemma] || thingsToo[lemma] || !plainWord(lemma) {
			continue
		}
		out = append(out, lemma)
	}
	slices.Sort(out)
	b := bufio.NewWriter(os.Stdout)
	for _, w := range out {
		fmt.Fprintln(b, w)
	}
	if err := b.Flush(); err != nil {
		log.Fatal(err)
	}
}

// plainWord reports a word of three or more lower-case ASCII letters.
func plainWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func lines(path string) []string {
	raw, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
}
