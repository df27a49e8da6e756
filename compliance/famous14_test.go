package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestFamousByWordNet: a whole name WordNet 3.0 knows for a famous person
// (names.Famous), in a sentence that tells no health and calls no one a
// patient, is history or the town's pride, no one the practice treats
// (PRIV-10, issue 11 session 14): born somewhere, a house or a statue, a
// song list, a festival named after them, a quote. With a health event, a
// patient cue, a greeting or a name anyone may carry ("John Smith") it is
// a person still.
func TestFamousByWordNet(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		// Born in, grew up in.
		{text: "Amelia Earhart was born in Atchison. Our Atchison office is on Main Street.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Woody Guthrie grew up two streets from our Okemah clinic. This land is your land!", rule: "PRIV-10", want: post.SeverityInfo},
		// A house, a statue, a museum.
		{text: "Willa Cather's childhood home is a short walk from our Red Cloud office, and the tour is worth it.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "The Walt Whitman statue by the library got a fresh coat of paint this week.", rule: "PRIV-10", want: post.SeverityInfo},
		// Songs, a playlist.
		{text: "Our waiting room playlist this month: Ella Fitzgerald and Duke Ellington all day.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Buddy Holly would have liked our new lobby speakers 🎸", rule: "PRIV-10", want: post.SeverityInfo},
		// A festival or a day named after them.
		{text: "Find us at the Satchel Paige Classic this weekend, sunscreen in hand.", rule: "PRIV-10", want: post.SeverityInfo},
		// A quote.
		{text: "Hank Williams said he was so lonesome he could cry. Our grief group meets Tuesdays; nobody has to be lonesome.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "As Will Rogers put it, even if you're on the right track you'll get run over if you just sit there. Walking club meets at 7!", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Emily Dickinson wrote about hope as the thing with feathers. Our bird feeder crew agrees 🐦", rule: "PRIV-10", want: post.SeverityInfo},
		// Written with the marks of the name's language, which WordNet
		// leaves off ("Antonin Dvorak").
		{text: "Frédéric Chopin wrote his nocturnes for night owls. Our late clinic runs till 8 on Thursdays.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Andrés Segovia taught himself guitar; our Thursday class teaches beginners the basics.", rule: "PRIV-10", want: post.SeverityInfo},
		// Still people: a health event, a patient cue, care news.
		{text: "Congrats to Amelia Earhart on finishing chemo today!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Our patient Woody Guthrie asked us to share that his new hip is doing great.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Duke Ellington had his knee replaced here last week and is already walking.", rule: "PRIV-10", want: post.SeverityBlock},
		// A name anyone may carry: the first name and the surname are both
		// among the commonest.
		{text: "John Smith was born in Atchison and we are so proud of him.", rule: "PRIV-10", want: post.SeverityWarn},
		// A greeted one is someone here.
		{text: "Happy birthday, Willa Cather! The whole front desk says hi.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Ella Fitzgerald, your lab results are in. Give us a call.", rule: "PRIV-10", want: post.SeverityBlock},
		// A surname alone is anyone's.
		{text: "Mrs. Whitman stopped by with cookies for the front desk.", rule: "PRIV-10", want: post.SeverityWarn},
	})
}

// TestFamousNamedAgain: a famous whole name told once may come back by its
// first name or its surname ("Be like Harry"); a name the post told as no
// famous one's, or one with a health event, is a person still.
func TestFamousNamedAgain(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Amelia Earhart flew across the Atlantic alone. Be brave like Amelia and book that first walk with our running club.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Buddy Holly played Lubbock's roller rinks. Holly fans, our Lubbock office is on 19th Street.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Duke Ellington wrote over a thousand songs. Ellington never stopped working, and neither does our night crew.", rule: "PRIV-10", want: post.SeverityInfo},
		// Still people.
		{text: "Amelia Earhart flew across the Atlantic alone. Amelia from our front desk broke her wrist this week.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Woody Guthrie wrote the song. Marcus sang it for us before his surgery.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}
