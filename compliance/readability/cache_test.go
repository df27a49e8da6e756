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

// TestSeenBounded checks that seen keeps no long word and empties itself
// rather than grow past maxSeenWords.
func TestSeenBounded(t *testing.T) {
	clearSeen()
	Analyze("a " + strings.Repeat("x", maxSeenWord+1))
	seen.RLock()
	_, long := seen.counts[strings.Repeat("x", maxSeenWord+1)]
	seen.RUnlock()
	if long {
		t.Error("a word over maxSeenWord bytes was kept")
	}
	var b strings.Builder
	for i := range maxSeenWords + 100 {
		b.WriteString("w")
		for n := i; n > 0; n /= 26 {
			b.WriteByte(byte('a' + n%26))
		}
		b.WriteString(" ")
		if b.Len() > 1000 {
			Analyze(b.String())
			b.Reset()
		}
	}
	Analyze(b.String())
	seen.RLock()
	n := len(seen.counts)
	seen.RUnlock()
	if n == 0 || n > maxSeenWords {
		t.Errorf("seen holds %d words, want 1 to %d", n, maxSeenWords)
	}
}

func clearSeen() {
	seen.Lock()
	clear(seen.counts)
	seen.Unlock()
}
