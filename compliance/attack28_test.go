package compliance

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestWordTextAgrees28: wordText (a3c061a) answers "does the review hold
// this string" by strings.Contains below 4 KiB and by a suffix array from
// 4 KiB on. Both must give strings.Contains's answer at every length, on
// both sides of the boundary, for a string at the text's start, its end
// and across the boundary byte, and for odd Unicode (combining marks,
// joiners, invalid UTF-8). The suffix array's Lookup answers nothing for
// the empty string, where strings.Contains answers true: no caller asks
// that today (a name is looked up with a space on each side), but the
// helper says it is strings.Contains, and the next caller may not pad.
func TestWordTextAgrees28(t *testing.T) {
	units := []string{"ab ", "Zoë ", "Zoe\u0308 ", "Nguyễn Thị ", "👩\u200d⚕️ ", "\xff\xfe ", "ا"}
	for _, unit := range units {
		for _, n := range []int{0, 1, 2, 4094, 4095, 4096, 4097, 4098, 9000} {
			text := strings.Repeat(unit, n/len(unit)+1)[:n]
			subs := []string{"", " ", unit, "\u0301", "\u200d", "\xff", "zz", text, text + " ", " " + text}
			for _, k := range []int{1, 3, 7} {
				if len(text) >= k {
					subs = append(subs, text[:k], text[len(text)-k:])
				}
				if b := wordTextIndexed; len(text) > b+k {
					subs = append(subs, text[b-k:b+k], text[b-1:b+1])
				}
			}
			w := newWordText(text)
			for _, sub := range subs {
				if got, want := w.contains(sub), strings.Contains(text, sub); got != want {
					t.Errorf("unit %q, %d bytes: contains(%.20q) = %v, strings.Contains says %v", unit, n, sub, got, want)
				}
			}
		}
	}
}

// TestReviewNameAtEveryLength28: a reply's name that the review itself
// names is no unmasking (REV-02 stays quiet); the review is now looked up
// through an index from 4 KiB on. The same reply to the same sentence
// padded to each length about the boundary, with the name first or last
// and spelled with odd Unicode, gets the REV-02 findings it gets from the
// short review.
func TestReviewNameAtEveryLength28(t *testing.T) {
	c := rulesChecker(t, testProfile())
	rev02 := func(d Draft) string {
		var got []string
		for _, f := range c.Check(context.Background(), d).Findings {
			if f.Rule == "REV-02" {
				got = append(got, fmt.Sprintf("%s/%s", f.Match, f.Severity))
			}
		}
		return strings.Join(got, ",")
	}
	for _, tc := range []struct{ reply, said string }{
		{"Thank you, Rosa! We passed your kind words on to Ana Lucía.", "Rosa at the desk and Ana Lucía were lovely."},
		{"Thank you, Zoë! We passed your kind words on to Nguyễn Thị Mai.", "Zoë and Nguyễn Thị Mai were lovely."},
		{"Thank you, Zoe\u0308! We told Ma\u0300i.", "Zoe\u0308 and Ma\u0300i were lovely."},
		{"Thanks Renée 💐 we told Dale!", "Renée 💐 and Dale were lovely."},
	} {
		short := rev02(Draft{Text: tc.reply, ReviewText: tc.said})
		for pad := wordTextIndexed - 40; pad <= wordTextIndexed+8; pad++ {
			filler := strings.Repeat("x", pad-len(tc.said)-2)
			for _, review := range []string{filler + ". " + tc.said, tc.said + " " + filler + "."} {
				if got := rev02(Draft{Text: tc.reply, ReviewText: review}); got != short {
					t.Errorf("%q to a review of %d bytes: REV-02 %q, to the short review %q", tc.reply, len(review), got, short)
				}
			}
		}
	}
}

// TestReviewReadOnce28: two questions about the review a reply answers
// were asked at each sentence of the reply and tokenized the whole review
// each time, so a long reply of short sentences to a long review cost
// their product (a denial of service: 64 KiB of each took seconds).
// Failing first: "Named him Al." 414 times as long for 16 times both
// texts (reviewNamesPerson, review_visit.go), "See you soon!" 343 times
// (reviewGathering26, reply26.go). Both are read once per check now, from
// the review's words (reviewWords23): the same words, the same answers.
func TestReviewReadOnce28(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, u := range [][2]string{
		{"Named him Al. Named her Bo. ", "a b "},
		{"Glad he is ok. ", "my son "},
		{"See you soon! ", "ok "},
		{"See you at the picnic! ", "fun picnic "},
	} {
		requireLinear(t, c, "reply "+u[0], func(n int) Draft {
			return Draft{Text: strings.Repeat(u[0], n/len(u[0])), ReviewText: strings.Repeat(u[1], n/len(u[1]))}
		})
	}
}
