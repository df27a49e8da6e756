package readability

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
)

// TestAnalyzeCached holds Analyze to the same counts whether its words are
// remembered or not: each text is scored with seen emptied, again with
// seen holding its words, and concurrently, and all must agree.
func TestAnalyzeCached(t *testing.T) {
	raw, err := os.ReadFile("testdata/twine-summarize.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []twineCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "Hello.", "Doesn't it? Naïve café résumé, isn’t it!", strings.Repeat("supercalifragilistic", 40) + ". Short one."}
	for _, c := range cases {
		texts = append(texts, c.Text)
	}
	for _, text := range texts {
		clearSeen()
		cold := Analyze(text)
		warm := Analyze(text)
		if cold != warm {
			t.Errorf("%.40q: counted %+v, then from seen %+v", text, cold, warm)
		}
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				if got := Analyze(text); got != cold {
					t.Errorf("%.40q: concurrently %+v, want %+v", text, got, cold)
				}
			})
		}
		wg.Wait()
	}
}

// TestSeenBounded checks that seen keeps no long word, and keeps a short
// one in the slot its hash picks.
func TestSeenBounded(t *testing.T) {
	clearSeen()
	long := strings.Repeat("x", maxSeenWord+1)
	Analyze("a " + long)
	seen.RLock()
	defer seen.RUnlock()
	if seen.slots[slotOf(long)].word == long {
		t.Error("a word over maxSeenWord bytes was kept")
	}
	if seen.slots[slotOf("a")].word != "a" {
		t.Error(`"a" was not kept in its slot`)
	}
}

func clearSeen() {
	seen.Lock()
	clear(seen.slots[:])
	seen.Unlock()
}
