package compliance

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
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

// TestVisitHourAlone28: t28reply blocks a reply telling the reviewer's
// visit by its hour ("your 2:15 physical", "your 10:15 with Dr. C", "sua
// consulta das 10h"), but an hour told as the visit itself, with no
// visit word after it, passed: "your 2:15 ran late", "past your 2:15.",
// "your 10:30 with our NP" (the "with" reading wanted a capital or a
// title), "your Tuesday 3:30", and the hour with its minutes after "h"
// ("las 14h30"). Near misses that stay: a count that is no hour ("your 5
// stars", "your 3 day weekend"), an hour that is the reader's own ("your
// 5:30 am run"), an offer to whoever reads ("Llame para hacer su cita
// del sábado", which t28reply's booking words did not hold).
func TestVisitHourAlone28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're sorry your 2:15 ran late, Dr. Ames had an emergency.", review: "Waited an hour.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So sorry we kept you waiting well past your 2:15.", review: "Waited an hour.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your 10:30 with our NP ran behind after a walk-in emergency.", review: "Waited forever.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Apologies that your Tuesday 3:30 started so late.", review: "Waited forever.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your 4pm yesterday ran late and we're sorry.", review: "Waited forever.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sentimos la demora en su consulta de las 14h30.", review: "Esperé mucho.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Desculpe o atraso na sua consulta das 9h15.", review: "Esperei muito.", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses.
		{text: "Thanks for your 5 stars, it made our week!", review: "Great staff.", want: post.VerdictPass},
		{text: "Enjoy your 3 day weekend, and thanks for the kind words!", review: "Great staff.", want: post.VerdictPass},
		{text: "Ha, we hope your 5:30 am run felt great after all that!", review: "Front desk was lovely, headed to my morning run.", want: post.VerdictPass},
		{text: "Llame para hacer su cita del sábado, abrimos de 8 a 12.", review: "Ojalá abrieran los sábados.", want: post.VerdictPass},
	})
}

// TestLobbyAnimalPerson28: t28reply reads "<name> the <animal>" and "we
// named him <name>" in a reply as the lobby animal's name (REV-02 no
// longer blocks it). Its list of trades that keep a person ("the dog
// walker") missed the ones the post's reading knows (pets27.go,
// attack27b.go): "Luis the pig farmer", "Marco the tank mechanic" passed.
// And any naming verb counted, so the reviewer naming a child to a review
// that spoke of the fish passed: "you named him Mateo". The lobby's
// animals stay no person.
func TestLobbyAnimalPerson28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Tell Luis the pig farmer we said thanks for the tamales!", review: "Loved the fish tank.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Tell Marco the tank mechanic thanks for fixing our filter!", review: "Nice fish tank.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Give Rosa the horse rancher our best!", review: "The turtle in the lobby was cute.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "So glad the fish helped! Congrats on the little one, you named him Mateo!", review: "The fish tank kept my son calm.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Aww, and they named her Lucia? Beautiful!", review: "The fish tank kept my daughter calm.", want: post.VerdictBlock, rule: "REV-02"},
		// Near misses: the lobby's animals.
		{text: "We'll let Mango the goldfish know he has a fan 🐟", review: "The fish in the lobby tank is my spirit animal.", want: post.VerdictPass},
		{text: "Thanks! We named her Pickles 🐟", review: "That fish in the tank is hilarious.", want: post.VerdictPass},
		{text: "Ha! We've decided to name him Herbert 🐢", review: "The turtle in the waiting room looks like my boss.", want: post.VerdictPass},
	})
}
