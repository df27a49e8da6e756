package channels

import (
	"context"
	"testing"
	"unicode/utf16"

	"github.com/practicepost/practicepost/post"
)

type noOptions struct{}

func (noOptions) Check() []Problem { return nil }

func testKind(name string) Kind {
	return Kind{Name: name, Title: "Test", Measure: UTF16,
		Options: func() Options { return noOptions{} },
		New:     func(context.Context, Setup) (Channel, error) { return nil, nil }}
}

func TestRegisterRefusesMistakes(t *testing.T) {
	Register(testKind("kindtest-ok"))
	if _, ok := Lookup("kindtest-ok"); !ok {
		t.Fatal("a registered kind is not found")
	}
	noNew := testKind("kindtest-nonew")
	noNew.New = nil
	for name, k := range map[string]Kind{
		"taken":      testKind("kindtest-ok"),
		"upper case": testKind("KindTest"),
		"empty name": testKind(""),
		"no New":     noNew,
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("Register(%q) did not panic", k.Name)
				}
			}()
			Register(k)
		})
	}
}

func TestCanReplyByKind(t *testing.T) {
	replies := testKind("kindtest-replies")
	replies.CanReply = func(c post.Comment) (bool, string) { return c.Mentions, "mention us" }
	Register(replies)
	Register(testKind("kindtest-byhand"))
	tests := []struct {
		kind string
		c    post.Comment
		ok   bool
		note string
	}{
		{"kindtest-replies", post.Comment{Mentions: true}, true, "mention us"},
		{"kindtest-replies", post.Comment{}, false, "mention us"},
		{"kindtest-byhand", post.Comment{}, false, "Replies on this channel are posted by hand, not through practicepost."},
		{"", post.Comment{}, false, "This channel is no longer configured."},
		{"kindtest-missing", post.Comment{}, false, "This channel is no longer configured."},
	}
	for _, tt := range tests {
		if ok, note := CanReply(tt.kind, tt.c); ok != tt.ok || note != tt.note {
			t.Errorf("CanReply(%q) = %v, %q; want %v, %q", tt.kind, ok, note, tt.ok, tt.note)
		}
	}
}

func TestUTF16(t *testing.T) {
	tests := []struct {
		text    string
		max     int
		n, over int
	}{
		{"", 3, 0, 0},
		{"abc", 3, 3, 3},
		{"abcd", 3, 4, 3},
		{"a😀b", 3, 4, 5},      // the emoji is 2 units and 4 bytes
		{"😀😀", 3, 4, 4},       // passes the limit inside the second emoji
		{"ééé", 0, 3, 6},      // no limit: never over
		{"abcdé", 3, 5, 3},    // over in the ASCII start
		{"abé😀", 3, 5, 4},     // over after it
		{"abc\xffd", 3, 5, 3}, // an invalid byte is one unit (U+FFFD)
		{"abcd", 4, 4, 4},
	}
	for _, tt := range tests {
		if n, over := UTF16(tt.text, tt.max); n != tt.n || over != tt.over {
			t.Errorf("UTF16(%q, %d) = %d, %d; want %d, %d", tt.text, tt.max, n, over, tt.n, tt.over)
		}
	}
}

// FuzzUTF16 holds UTF16 to counting rune by rune, as it did before it
// counted an ASCII start byte by byte.
func FuzzUTF16(f *testing.F) {
	f.Add("abc😀é", 3)
	f.Add("\xffabc", 1)
	f.Fuzz(func(t *testing.T, text string, max int) {
		wantN, wantOver := 0, len(text)
		for i, r := range text {
			if wantN += utf16.RuneLen(r); max > 0 && wantN > max && wantOver == len(text) {
				wantOver = i
			}
		}
		if n, over := UTF16(text, max); n != wantN || over != wantOver {
			t.Errorf("UTF16(%q, %d) = %d, %d; want %d, %d", text, max, n, over, wantN, wantOver)
		}
	})
}
