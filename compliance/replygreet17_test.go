package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyGreetsByTitle17 (session 18, t18reply): a reply that greets its
// reviewer by name, with a title of respect or kinship before it ("Uncle
// Keoni", "Sister Adaeze", "Abu Karim", "chị Hoa") or a courtesy after it
// ("Tanaka-san", "anh Tuấn rất nhiều"), is a name a person checks (review):
// the label policy is that greeting the reviewer by name is review and a
// block needs care confirmed or added. A review that opens with the site
// it was posted on ("Facebook: ...") is signed by no one. Near misses keep
// their verdict: the same greeting beside care told blocks, and so does a
// third person named.
func TestReplyGreetsByTitle17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// A title of kinship or faith before the name, the review signed.
		{text: "Mahalo nui, Uncle Keoni! Say hi to the canoe club for us 🛶", review: "Great staff! — Keoni K.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thank you Auntie Mele! You made our whole week 💐", review: "Kind nurses. — Mele T.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Domo arigatou, Tanaka-san! Your kind words made our day", review: "Clean and efficient. — H. Tanaka", want: post.VerdictReview, rule: "REV-02"},
		// The site the review came from is no signature.
		{text: "Thank you so much, Brother Emeka! God bless you too 🙏", review: "Facebook: wonderful people, God bless them", want: post.VerdictReview, rule: "REV-02"},
		{text: "Love you right back, Folake!! 💛", review: "Instagram: best front desk in town", want: post.VerdictReview, rule: "REV-02"},
		{text: "Aww, thanks Mrs. Adeyemi! You are too kind 🥰", review: "Yelp: I tell everyone at church about this place", want: post.VerdictReview, rule: "REV-02"},
		// Greetings and courtesies of other languages around the name.
		{text: "Cảm ơn anh Tuấn rất nhiều! Chúc anh năm mới an khang 🌸", review: "Bác sĩ rất tận tâm.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Marhaba Umm Khalid 🌷 We love speaking Arabic with our neighbors.", review: "They have Arabic speakers!", want: post.VerdictReview, rule: "REV-02"},
		{text: "Ahlan Abu Samir! Always good to hear from you", review: "Very welcoming staff", want: post.VerdictReview, rule: "REV-02"},

		// Near misses: the same greeting with care told, a third person
		// named, an unsigned review answered with someone else's name.
		{text: "Thank you Auntie Mele! So glad the new insulin pump is working for you 💐", review: "Kind nurses. — Mele T.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Mahalo, Uncle Keoni! Hope the new knee is holding up on those hikes", review: "Great staff! — Keoni K.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks Uncle Keoni! Tell Leilani her stitches look great", review: "Great staff! — Keoni K.", want: post.VerdictBlock},
		{text: "Thank you, Brother Emeka! Glad your blood pressure is finally under control 🙏", review: "Facebook: wonderful people", want: post.VerdictBlock},
		{text: "Thank you for the kind words! We'll pass them along to the team.", review: "Facebook: wonderful people", want: post.VerdictPass},
	})
}

// TestReplyStreetAndOfficeNames17 (session 18, t18reply): a word that is
// a person's name in the name data but is said as a street the practice
// lists ("the Marlowe side" of Marlowe Rd), or a public office holder a
// political reply asks readers to call, is no reviewer unmasked (REV-02).
// Near misses: the street's word with a capitalised surname after it, or
// greeted, is a person; an office holder with a health detail is one too.
func TestReplyStreetAndOfficeNames17(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.CommunityNames = []string{"Marlowe Rd", "Kessler Ave"}
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Ugh, sorry about the puddles! The landlord is regrading the Marlowe side of the lot this week.", review: "Parking lot floods.", want: post.VerdictPass},
		{text: "Thanks for flagging it! We've asked the city to repaint the crosswalk across Kessler.", review: "Hard to cross the street.", want: post.VerdictPass},
		{text: "Hi Dana! We just added 10 spots near the Kessler entrance 🚗", review: "Parking is terrible.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Agreed! Please call Senator Whitlock's office and ask for a yes vote on the clinic funding bill.", review: "Support the clinic bill!", want: post.VerdictReview, rule: "PROF-04"},
		{text: "Please call Rep. Tanaka and tell her to vote yes on HB 210!", review: "Our families need this bill.", want: post.VerdictReview, rule: "PROF-04"},

		// Near misses: a person after all.
		{text: "Tell Marlowe Jenkins her stitches look great!", review: "Great clinic.", want: post.VerdictBlock},
		{text: "Thanks Marlowe! So glad the new inhaler is working for you", review: "Great clinic.", want: post.VerdictBlock},
		{text: "Senator Whitlock was in for his knee injection this morning.", review: "Great clinic.", want: post.VerdictBlock},
		{text: "A lab letter went to the wrong house on Kessler by mistake. Please bring it back to the front desk.", want: post.VerdictReview},
	})
}

// TestReplyGreetsInflected17 (session 18, t18reply): a Polish reply
// greets its reviewer in the vocative ("Pani Krystyno" to a review signed
// "— Krystyna"), a Vietnamese one with "ơi" after the name ("Chị Mai
// ơi,"): the signer, or the reader, greeted (review). A habitual warm line
// that names no visit ("It's always a pleasure seeing you!") goes to a
// person too. Near misses: someone else named, a visit or care told.
func TestReplyGreetsInflected17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Dziękujemy bardzo, Pani Halino! Do zobaczenia 🌷", review: "Bardzo miła obsługa. — Halina", want: post.VerdictReview, rule: "REV-02"},
		{text: "Anh Tuấn ơi, cảm ơn anh nhiều lắm!", review: "Nhân viên dễ thương.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thank you Mrs. Okoro! It's always a pleasure seeing you 😊", review: "Friendly office.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Aww, always great to see you!", review: "Love the front desk", want: post.VerdictReview, rule: "REV-01"},

		// Near misses.
		{text: "Dziękujemy, Pani Halino! Pozdrowienia dla Pani Zofii.", review: "Bardzo miła obsługa. — Halina", want: post.VerdictBlock, rule: "REV-02"},
		{text: "It's always a pleasure seeing you at your monthly blood pressure check!", review: "Friendly office.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "It was a pleasure seeing you last week!", review: "Friendly office.", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestHabitualWarmthLinear: many habitual warm lines, each its own
// sentence or all in one, cost time in proportion to the text.
func TestHabitualWarmthLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"Always a pleasure seeing you! ", "always a pleasure seeing you, always great to see you "} {
		requireLinear(t, c, unit, func(n int) Draft {
			return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: "Friendly office."}
		})
	}
}
