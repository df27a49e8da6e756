package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPeopleBreadthKinds checks, by the verdict a whole post gets, classes
// of people and health the rules missed in other writers' posts (issue 11,
// privacy family), each written in several voices of our own: a death told
// in mourning words of several languages, a staff member's relative named
// only by "his" or "her", care told by the treatment chair a person sat
// in, an initial before a surname that is also a word, initials with an
// aside after them, and the ordinary posts that share their words.
func TestPeopleBreadthKinds(t *testing.T) {
	checkVerdicts(t, []verdictCase{
		// A death in mourning words, in several languages and cases.
		{"rip ms. dolores, our favorite tuesday regular 🕊️ gone too soon", post.VerdictBlock},
		{"Descanse en paz, don Ernesto. Lo vamos a extrañar.", post.VerdictBlock},
		{"Fly high, Tasha. Gone too soon, and the front desk is heartbroken.", post.VerdictBlock},
		{"In loving memory of Hal Brenner, a Tuesday regular for twenty years.", post.VerdictBlock},
		{"Repose en paix, Madame Joseph. Vous allez nous manquer.", post.VerdictBlock},
		{"Big Mike, gone too soon. You always brought the donuts.", post.VerdictBlock},
		{"Descanse em paz, dona Lurdes. Saudades.", post.VerdictBlock},
		{"Rest easy knowing your records are safe with us.", post.VerdictPass},
		{"Gone too soon: our summer hours end Friday.", post.VerdictPass},
		// A staff member's relative named only by "his" or "her".
		{"Our own Sarah brought her mom in for her diabetes check-up today.", post.VerdictBlock},
		{"Kevin is taking next week off to be with his dad after his heart surgery.", post.VerdictBlock},
		{"Dr. Patel is out Friday; her husband is having his gallbladder out.", post.VerdictBlock},
		{"sarah lopez brought her little brother in for stitches, he was so brave", post.VerdictBlock},
		{"Sarah and her daughter ran the turkey trot together!", post.VerdictPass},
		{"Kevin took his son for his flu shot. Have you had yours?", post.VerdictPass},
		// Care told by the chair or table a person was in.
		{"Mrs. Delgado has sat in our dental chair every spring since 1998!", post.VerdictBlock},
		{"Rest easy, Mr. Ogunleye. He sat in our vein chair every year and never came without snacks.", post.VerdictBlock},
		{"Ms. Farrow was back in my chair this week, nine years running!", post.VerdictBlock},
		{"Our new dental chairs arrived and they recline all the way!", post.VerdictPass},
		// An initial before a surname that is also a word.
		{"J. Hill is back on his feet after the hip surgery!", post.VerdictBlock},
		{"K. Stone finished radiation today!", post.VerdictBlock},
		{"Congrats to T. Rice on finishing chemo.", post.VerdictBlock},
		{"Take your vitamin D. Sun alone is not enough in winter.", post.VerdictPass},
		// Initials with an aside before what they did.
		{"R.O. (you know who you are) just hit 90 days sober.", post.VerdictBlock},
		{"M.K. (no names, promise) finished her last round of chemo!", post.VerdictBlock},
		// A card's last four glued with hyphens.
		{"the last-four-3318 card holder who called about her IUD appointment, we have your wallet", post.VerdictBlock},
		{"Found: a debit card, last-4-digits-0917, left at the desk after a mammogram. Call us!", post.VerdictBlock},
		// Vaccines by brand name, got by a named person.
		{"Thanks to Rabbi Cohen for getting his Prevnar shot with us today!", post.VerdictBlock},
		{"Coach Dana got her Gardasil booster here this morning.", post.VerdictBlock},
		{"Shingrix now in stock: ask at the front desk.", post.VerdictPass},
		// Getting better as people tell it.
		{"the guy in bed 7 finally got his appetite back", post.VerdictBlock},
		{"Tomás is walking again!! so proud", post.VerdictBlock},
		{"Walking again this Saturday: join our walking club at 8!", post.VerdictPass},
		// Names written with their accents.
		{"Raúl finally got his cast off!", post.VerdictBlock},
		{"François is home after his knee surgery.", post.VerdictBlock},
		{"Łukasz got his stitches out today, tough guy", post.VerdictBlock},
		{"Día del niño crafts in the lobby Saturday!", post.VerdictPass},
		{"Café con leche y pan dulce for our Saturday walk-ins ☕", post.VerdictPass},
		// A title in lower case before a name its apostrophe split.
		{"mrs. o'brien on maple st is home after her stroke", post.VerdictBlock},
		{"mr. d'angelo finally got his hearing aids", post.VerdictBlock},
		{"mrs. o'leary's cow kicked over the lantern, says the legend. fire safety week starts monday!", post.VerdictReview},
		// A birth date written as one number.
		{"Our patient, born 19850314, is doing great after her knee replacement!", post.VerdictBlock},
		{"pt dob 14031985 came in for her follow up", post.VerdictBlock},
		{"Lot 20250314 of this year's flu vaccine just arrived!", post.VerdictPass},
		// A street written in lower case with its number, type first.
		{"Get well soon to the family at 22 calle sol, whose son broke his leg", post.VerdictBlock},
		{"our patient on rua das flores 120 is home after surgery", post.VerdictBlock},
		{"Tamales at the calle ocho festival this saturday, come say hi!", post.VerdictPass},
		{"Send us your questions via text 3 days before your visit.", post.VerdictPass},
		// The one person a post says the reader can tell.
		{"First sober Thanksgiving for the big guy who runs the youth team at church, you know who you are 🙌", post.VerdictBlock},
		{"90 days clean today, u know who u r, so proud!!", post.VerdictBlock},
		{"Felicidades por tu primer año sin alcohol, ya sabes quién eres 💙", post.VerdictBlock},
		{"To everyone who brought cookies this week: you know who you are, thank you!", post.VerdictPass},
		// Someone thanked beside "our new" thing is no new team member.
		{"Thank you to Kwabena Boateng of Boateng Frame Shop for hanging our new lobby art!", post.VerdictReview},
		{"Meet our new medical assistant, Keisha! She loves hiking.", post.VerdictPass},
		// An age over 89 set after a name between commas.
		{"Grandpa Joe Whitaker, 94, beaming at bingo night!", post.VerdictBlock},
		{"Miss Evelyn, 92, still walks to the pharmacy every morning.", post.VerdictBlock},
		{"Route 9, 95 and the turnpike are closed today; allow extra time.", post.VerdictPass},
		// Fertility care, a changed dose, a hearing test, a reaction to a
		// cosmetic treatment, a hernia repaired, in a person's news.
		{"R.K. remembered all 14 grandkids' names this week after his med adjustment", post.VerdictBlock},
		{"hi K.L.! your embryo transfer worked 🍼", post.VerdictBlock},
		{"Big congrats to Marisol on her positive beta!! ❤️", post.VerdictBlock},
		{"Eddie finally had his hernia repair, rest up", post.VerdictBlock},
		{"Egg freezing 101: join our free webinar Tuesday at 7.", post.VerdictPass},
		// The one a town has: a town clerk, a harbor master.
		{"the town clerk had a reaction to her lash lift", post.VerdictBlock},
		{"the harbormaster is wearing his new hearing aids after his audiogram", post.VerdictBlock},
		{"Ask the town clerk about the new parking permits.", post.VerdictPass},
		{"I treated the only harbor pilot in town last winter for panic attacks.", post.VerdictBlock},
		{"The only pharmacist in Millbrook just got her new knee!", post.VerdictBlock},
		{"The only thing we ask: bring your insurance card to every visit.", post.VerdictPass},
		// Permit, badge and commercial licence numbers.
		{"Fishing permit 243190 holder: your drug test results are in, call us.", post.VerdictBlock},
		{"Permit holder #330417 failed the hearing screen again.", post.VerdictBlock},
		{"Parking permits are free for patients this month.", post.VerdictPass},
		// "iykyk", a family in Hawaiian, a flu shot in Polish.
		{"the queen who closed out the drag show (iykyk 👑) has been on PrEP with us a whole year", post.VerdictBlock},
		{"Sending aloha to the Kealoha ʻohana, and prayers for their tūtū after her stroke 🌺", post.VerdictBlock},
		{"Pani Basia z piekarni, dziękujemy, że przyszła Pani na szczepienie przeciw grypie! 💉", post.VerdictBlock},
		{"iykyk: our parking lot is free after 5 😉", post.VerdictPass},
		// Languages are no one.
		{"Interpreters on site: Rohingya, Dari, Pashto, Lingala, Swahili and Assyrian.", post.VerdictPass},
		{"New phone menu from Monday: press 2 for Spanish, 3 for Kreyòl, 4 for Vietnamese.", post.VerdictPass},
		// Ordinary posts whose words look like a person: a quantity after
		// "is", a day in a schedule, "sick" as praise.
		{"Grace period for returning the home sleep test kit is 48 hours.", post.VerdictPass},
		{"Dolphins game Sunday 🐬 Hialeah office closes early at 12.", post.VerdictPass},
		{"Shoutout to Nico for the sick kickflip in our parking lot (please don't do that again)", post.VerdictReview},
		{"Jayden is home sick with the flu, get well soon buddy", post.VerdictBlock},
	})
}
