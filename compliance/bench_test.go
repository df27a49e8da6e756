package compliance

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// benchPost is a realistic post with a few findings in it.
const benchPost = "Flu shots are here! Our patient Maria came in this morning and got hers. " +
	"Call (614) 555-2368 or visit maplefamilymed.com. Walk-ins Saturday, Oct 17, 9 to noon. " +
	"Guaranteed to keep you healthy all winter. "

func postOfSize(n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(benchPost)
	}
	return b.String()[:n]
}

// BenchmarkCheck measures Check on 280- and 3,000-character posts, and on
// 1 KB, 10 KB and 100 KB to show the cost grows linearly with the text.
func BenchmarkCheck(b *testing.B) {
	c, err := New(testProfile())
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{280, 1 << 10, 3000, 10 << 10, 100 << 10} {
		text := postOfSize(n)
		d := Draft{Text: text, Channels: []Target{target("x", "x"), target("fb", "facebook")}}
		b.Run(fmt.Sprintf("%dB", n), func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				c.Check(context.Background(), d)
			}
		})
	}
}

// BenchmarkReplyRepeated measures Check on a reply to a review that says
// one thing over and over in one endless sentence ("see you at the fair,
// see you at the fair, ..."), at 1, 4, 16 and 64 KB: the time must grow
// with the length, not its square. Rules that ask about a token's whole
// sentence from a loop over its tokens made this quadratic (0.35 s at
// 64 KB), which a pasted or generated reply can reach.
func BenchmarkReplyRepeated(b *testing.B) {
	c, err := New(testProfile())
	if err != nil {
		b.Fatal(err)
	}
	for _, phrase := range []string{"see you at the fair, ", "we hope to see you at the fair and "} {
		for _, kb := range []int{1, 4, 16, 64} {
			text := strings.Repeat(phrase, kb<<10/len(phrase)+1)[:kb<<10]
			d := Draft{Text: text, ReviewText: "Great visit, the staff were kind.", Channels: []Target{target("x", "x"), target("fb", "facebook")}}
			b.Run(fmt.Sprintf("%s/%dKB", strings.Fields(phrase)[0], kb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					c.Check(context.Background(), d)
				}
			})
		}
	}
}
