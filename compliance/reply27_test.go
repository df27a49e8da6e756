package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyForeignWordsNotNames27 (session 27, t27reply): a reply in
// another language opens a sentence with a word that a name list also
// holds: Spanish "Dale" (give him/her), Portuguese and Kriolu "Manda"
// (send), German and Pennsylvania Dutch "Mir" (we), Japanese "Okage sama"
// (thanks to you). Known by the words of the same language after it ("Dale
// un abrazo", "Manda um beijo", "Mir sind froh", "Okage sama de"), it names
// no one (REV-02 was blocking it as a third person). Near misses: the same
// word as a name in English ("Please give Dale a hug", "Thanks, Dale!")
// stays a name.
func TestReplyForeignWordsNotNames27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "¡Muchas gracias! Dale saludos a toda tu gente de parte del equipo.", review: "Muy amables en recepción.", want: post.VerdictPass},
		{text: "Dale un besote a la abuelita de nuestra parte 💕", review: "Excelente trato, muy puntuales.", want: post.VerdictPass},
		{text: "Obrigada! Manda um beijo pra turma toda 💛", review: "Atendimento rápido e simpático.", want: post.VerdictPass},
		{text: "Mir sin arig froh! Danki.", review: "Gut gmacht, freindlich Leit.", want: post.VerdictPass},
		{text: "Danke vielmals! Mir sind so froh, dass es Ihnen gefallen hat.", review: "Sehr freundliches Team.", want: post.VerdictPass},
		{text: "Okage sama de! Mata dōzo 🙏", review: "Very polite staff, spoke Japanese with me.", want: post.VerdictPass},
		{text: "Arigatō, Mrs. Sato! Okage sama de.", review: "Kind nurses. — Mrs. Sato", want: post.VerdictReview, rule: "REV-02"},
		// Near misses: the same words as a person's name.
		{text: "Please give Dale a hug from all of us!", review: "Nice place.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thanks! Tell Manda we said hi 💛", review: "Quick visit.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thanks, Dale! Glad the wait was short.", review: "Nice place.", want: post.VerdictReview, rule: "REV-02"},
	})
}

// TestReplyHmongKinTitles27 (session 27, t27reply): Hmong speakers greet
// an elder with a title of kinship before the name ("Niam Pa", mother Pa;
// "Niam Tais Mai", grandmother Mai; "Yawg Tou", grandfather Tou; "Txiv
// Neng", father Neng), as "Tía Lupe" or "Uncle Keoni" do. A reply greeting
// the signer so names no third person: review (REV-02 warn), as a greeting
// is. Near misses: another name beside the greeting still blocks.
func TestReplyHmongKinTitles27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ua tsaug ntau, Niam Pa! 🙏", review: "Zoo kawg li. — Pa V.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Ua tsaug, Yawg Tou!", review: "Kws kho mob zoo. — Tou L.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Ua tsaug ntau, Niam Tais Mai! 🙏", review: "Zoo heev. — Mai T.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Ua tsaug, Txiv Neng! Peb zoo siab heev.", review: "Cov neeg zoo siab. — Neng X.", want: post.VerdictReview, rule: "REV-02"},
		// Near misses: a third person named, a title before someone else.
		{text: "Ua tsaug, Niam Pa! Tell Yawg Chue we said hi.", review: "Zoo kawg li. — Pa V.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Ua tsaug ntau, Niam Kia! 🙏", review: "Zoo kawg li. — Pa V.", want: post.VerdictBlock, rule: "REV-02"},
	})
}

// TestReplyEverydayIllnessEchoed27 (session 27, t27reply): "sorry you're
// feeling under the weather, hope you feel better soon" to a review that
// told its own illness ("sick as a dog", "my flu") is sympathy for what
// the reviewer said, in everyday words: it tells no care, and warns as a
// wish does (review). Near misses: the same line to a review that told no
// illness, or beside care the practice gave ("glad we could help you get
// back on your feet"), still blocks.
func TestReplyEverydayIllnessEchoed27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So sorry you're feeling under the weather — hope you feel better soon! Our office manager will call you about the phones.", review: "Sick as a dog and nobody picked up for an hour.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Sorry you were under the weather, feel better soon!", review: "My cold was awful but the nurses were so kind.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Sorry you've been under the weather! Rest up.", review: "Came in with the flu, waited forever.", want: post.VerdictReview, rule: "REV-01"},
		// Near misses.
		{text: "Sorry you were under the weather, feel better soon!", review: "Great staff.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry you were under the weather, and glad we could help you get back on your feet!", review: "My cold was awful but the nurses were so kind.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry you were under the weather — your flu test came back negative, so rest up.", review: "Came in with the flu, waited forever.", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyNamesLobbyAnimal27 (session 27, t27reply): a reply that names
// the practice's lobby animal ("Mango the goldfish", "we named her Pickles"
// to a review about the fish tank) names no person (REV-02 was blocking
// it). Near misses: a person with an animal's trade ("Ximena the dog
// groomer"), a name given to a baby to a review of no animal.
func TestReplyNamesLobbyAnimal27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We'll let Mango the goldfish know he has a fan 🐟 Thanks for the laugh!", review: "The fish in the lobby tank is my spirit animal. 5 stars.", want: post.VerdictPass},
		{text: "Ha! We've decided to name him Herbert 🐢 Thanks!", review: "The turtle in the waiting room looks like my boss.", want: post.VerdictPass},
		{text: "Thanks! We named her Pickles 🐟", review: "That fish in the tank is hilarious.", want: post.VerdictPass},
		// Near misses.
		{text: "Tell Ximena the dog groomer we said hi!", review: "Loved the dog in the lobby.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "We named her Rosa after her grandma, congrats!", review: "Great delivery team.", want: post.VerdictBlock, rule: "REV-02"},
	})
}
