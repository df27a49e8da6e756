//go:build ignore

// genwords.go writes words.txt, the everyday English words the recognizer
// asks about a capitalized word no name list knows: "Sunscreen" or
// "Yesterday" opening a sentence is a word, "Ifeoma" or "Tsering" is a
// name. It takes every single-word lemma WordNet 3.0 writes in lower case
// (proper nouns keep their capital there) and its irregular forms:
//
//	go run genwords.go -wordnet /usr/share/wordnet > words.txt
//
// /usr/share/wordnet is Debian's wordnet-base 1:3.0-37.
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

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict folder")
	flag.Parse()
	words := map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		for _, l := range lines(*dir + "/data." + pos) {
			if strings.HasPrefix(l, "  ") {
				continue // the licence header
			}
			f := strings.Fields(l)
			n, err := strconv.ParseInt(f[3], 16, 32)
			if err != nil {
				log.Fatalf("data.%s: %q: %v", pos, l, err)
			}
			for k := 0; k < int(n); k++ {
				w, _, _ := strings.Cut(f[4+2*k], "(") // "galore(ip)": an adjective's position mark
				add(words, w)
			}
		}
		for _, l := range lines(*dir + "/" + pos + ".exc") {
			add(words, strings.Fields(l)[0]) // "went", "children", "better"
		}
	}
	out := make([]string, 0, len(words))
	for w := range words {
		out = append(out, w)
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

// add keeps w when it is one word of two or more lower-case ASCII letters.
func add(words map[string]bool, w string) {
	if len(w) < 2 {
		return
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return
		}
	}
	words[w] = true
}

func lines(path string) []string {
	raw, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
}
