//go:build ignore

// gen.go writes terms.txt from WordNet 3.0 (see README.md):
//
//	go run gen.go -wordnet /usr/share/wordnet
//
// Every noun under the root synsets below (following hyponym links) is a
// candidate. A word is kept when its most frequent noun sense is under the
// same root, and when WordNet's sense-tagged corpus does not see it mostly
// as a verb or adjective ("cold", "shot", "fall" and "stroke" are everyday
// words first; the checklist's own lists cover the clinical ones).
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

// roots by category: c condition, p procedure or care, m medicine,
// b body part. Offsets are WordNet 3.0 noun synsets.
var roots = map[byte][]string{
	'c': {"14070360", "14052403", "14061805", "14052046", "14285662", "14299637", "14204950", "14046202", "14062725", "14322699", "14235200", "14174549",
		"14083790", "14380140", "14404160", "14374432", "00947923"}, // + mental disorder and illness, depression, anxiety, substance abuse
	'p': {"01024392", "00657604", "00661091", "00671351", "00828990", "00823884", "00322634"}, // + immunization, inoculation, injection
	'm': {"03247620", "03740161", "05407119", "04517535"},                                     // + hormone, vaccine
	'b': {"05220461"},
}

// skip are subtrees left out: alcoholic drinks and tobacco sit under
// "drug" in WordNet, but "wine" and "cigarette" in a post are not a health
// detail about a person.
var skip = map[string]bool{"07884567": true, "04442831": true}

// dropped are lemmas that are everyday words of the languages posts mix
// in, far more often than the health sense: Spanish and Portuguese
// "para" ("for"; the obstetric count is written "G2P1"), French "des"
// ("some"; the drug is written "DES" or diethylstilbestrol). English
// nouns whose health sense WordNet ranks first but posts never mean:
// "founder" (a horse's laminitis; "our founder Dr. Okonkwo") and
// "complaint" (an ailment; "no complaints", "complaints about parking").
var dropped = map[string]bool{"para": true, "des": true, "founder": true, "complaint": true}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict folder")
	flag.Parse()
	children := map[string][]string{}
	lemmas := map[string][]string{}
	for _, l := range lines(*dir + "/data.noun") {
		f := strings.Fields(l)
		if len(f) < 4 || len(f[0]) != 8 {
			continue
		}
		wc, _ := strconv.ParseInt(f[3], 16, 32)
		k := 4
		for range wc {
			lemmas[f[0]] = append(lemmas[f[0]], strings.ToLower(f[k]))
			k += 2
		}
		pc, _ := strconv.Atoi(f[k])
		k++
		for range pc {
			if (f[k] == "~" || f[k] == "~i") && f[k+2] == "n" {
				children[f[0]] = append(children[f[0]], f[k+1])
			}
			k += 4
		}
	}
	under := map[string]byte{}
	for _, cat := range []byte{'b', 'm', 'p', 'c'} { // later categories win
		var walk func(string)
		walk = func(o string) {
			if under[o] == cat || skip[o] {
				return
			}
			under[o] = cat
			for _, c := range children[o] {
				walk(c)
			}
		}
		for _, r := range roots[cat] {
			walk(r)
		}
	}
	firstSense := map[string]string{}
	for _, l := range lines(*dir + "/index.noun") {
		f := strings.Fields(l)
		if len(f) < 4 || f[1] != "n" {
			continue
		}
		senses, _ := strconv.Atoi(f[2])
		firstSense[f[0]] = f[len(f)-senses]
	}
	// counts[lemma][pos]: tagged occurrences, pos 1 noun, 2 verb, 3/5 adjective.
	counts := map[string]*[6]int{}
	for _, l := range lines(*dir + "/cntlist.rev") {
		f := strings.Fields(l)
		lemma, key, _ := strings.Cut(f[0], "%")
		n, _ := strconv.Atoi(f[2])
		if counts[lemma] == nil {
			counts[lemma] = new([6]int)
		}
		counts[lemma][key[0]-'0'] += n
	}
	seen := map[string]bool{}
	var out []string
	for o, cat := range under {
		for _, lm := range lemmas[o] {
			lm = strings.TrimSuffix(lm, "(a)")
			if i := strings.IndexByte(lm, '('); i >= 0 {
				lm = lm[:i]
			}
			if seen[lm] || dropped[lm] || len(lm) < 3 || strings.ContainsAny(lm, "0123456789") || under[firstSense[lm]] != cat {
				continue
			}
			if c := counts[lm]; cat != 'b' && c != nil && c[2]+c[3]+c[5] > max(2, c[1]/2) {
				continue
			}
			seen[lm] = true
			out = append(out, string(cat)+" "+strings.ReplaceAll(lm, "_", " "))
		}
	}
	slices.Sort(out)
	if err := os.WriteFile("terms.txt", []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(out), "terms")
}

func lines(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			out = append(out, l)
		}
	}
	return out
}
