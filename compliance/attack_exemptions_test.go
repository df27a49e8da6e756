package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPlaceWordSurnames: Park (the third most common Korean surname),
// Hall, Church, Field and Lane end place names ("Lincoln Park", "Jefferson
// Hall"), but after a first name with nothing that puts a place there, or
// after Mr., Mrs. or Ms., they are a person's surname, and with a health
// event a patient. Parks told of as parks stay places.
func TestPlaceWordSurnames(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Jun Park starts dialysis with us on Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A big welcome to Jun Park, our newest dialysis patient.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mr. Park starts dialysis with us on Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "mrs. Hall had her gallbladder out today", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tom Hall is home after his bypass 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Sarah Hall on her new hip!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon, Jun Park! Rest up after the surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Anna Church finished chemo on Friday!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lois Lane had her gallbladder out today.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Amy Field, 58, is walking again after her knee replacement.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Places stay places.
		{text: "Jefferson Park had its fountain repaired.", want: post.VerdictPass},
		{text: "We're at Humboldt Park for free blood pressure checks Saturday.", want: post.VerdictPass},
		{text: "Walk to Grant Park after your checkup!", want: post.VerdictPass},
		{text: "Kids at Lincoln Park got flu shots today!", want: post.VerdictPass},
		{text: "Lincoln Park hosts free flu shots Saturday.", want: post.VerdictPass},
		{text: "Lincoln Park Zoo has free flu shots Saturday.", want: post.VerdictPass},
		{text: "The Jefferson Hall stage hosts our health fair.", want: post.VerdictPass},
		{text: "Welcome to Jun Park Dental, where we do implants!", want: post.VerdictPass},
	})
}

// TestWelcomesThatTellCare: a welcome ("a big welcome to", "please
// welcome", "welcome to the team") reads a name as a new team member, but
// not one who starts, finishes or has care told of them ("who starts
// dialysis with us Monday", "after his first round of chemo"), nor one
// welcomed as "our new patient". A new hire's career in a kind of care
// stays a career.
func TestWelcomesThatTellCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "A big welcome to Maria Lopez, who starts dialysis with us on Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A big welcome to Jun Park, who starts his first round of dialysis with us on Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome to the team, Maria Lopez! She starts dialysis with us Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "a huge welcome to maria lopez, who finished her last round of radiation friday 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Please welcome Rosa Jimenez, getting her dialysis here three times a week now.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Meet our new patient Darnell Brooks!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Please welcome our new patient Darnell Brooks to the practice!", want: post.VerdictReview, rule: "PRIV-10"},
		// New hires.
		{text: "A big welcome to Maria Lopez, who joins us after ten years in dialysis at St. Mary's!", want: post.VerdictPass},
		{text: "A big welcome to Maria Lopez, our new dialysis nurse!", want: post.VerdictPass},
		{text: "Meet our new medical assistant Kayla Brooks! She started in radiology before joining us.", want: post.VerdictPass},
	})
}

// TestLowerCaseFullNameActs: in a post written in lower case, what a
// person does may come after the surname ("maria lopez finished her last
// round of radiation"), not only after the first name.
func TestLowerCaseFullNameActs(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "maria lopez finished her last round of radiation friday", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "kevin tran finished his marathon sunday 🏃", want: post.VerdictPass},
		{text: "grace under pressure: that's our front desk on a monday", want: post.VerdictPass},
	})
}

// TestOtherLanguageGreetingsGreetAPerson: greetings of other languages
// are no names themselves (b8f02cc, b4f9409), but a name the lists do not
// hold after one, spoken to with "your", is the person greeted, in a post
// as in a reply ("Talofa Sefo! Glad your dialysis ...", "Добрий день,
// Тарас!" whose letters are all Latin look-alikes). A greeting to a place
// or to everyone names no one.
func TestOtherLanguageGreetingsGreetAPerson(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Добрий день, Тарас! Your cast comes off Friday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Добрый вечер, Тарас, your stitches come out Monday", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Talofa Sefo! Glad your dialysis is going well.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Bonjour Amadou, your biopsy came back clear! 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "aloha Keawe! hope your new hip is treating you right", want: post.VerdictBlock, rule: "PRIV-10"},
		// Greetings to a place or to everyone.
		{text: "Hola Chicago! Free blood pressure checks at the fair Saturday.", want: post.VerdictPass},
		{text: "Aloha Maui! We're open on the holiday for urgent care.", want: post.VerdictPass},
		{text: "Talofa Samoa! Happy Flag Day from our clinic.", want: post.VerdictPass},
		{text: "Hola, Amigos! Vaccines available now.", want: post.VerdictPass},
		{text: "Добрий день, Чикаго! Flu shots this Saturday.", want: post.VerdictPass},
		{text: "Привіт, друзі! Flu shots this Saturday.", want: post.VerdictPass},
	})
}

// TestStaffPartnerCalledPatient: the one a staff member marries is only
// noted in family news (8a079c7), but not when the post calls them a
// patient: that they are one is the practice's to keep.
func TestStaffPartnerCalledPatient(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Congrats to Dr. Patel and her fiancé Raj on their wedding! Raj was her patient first 😉", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Congrats to Sarah Lopez, RN and Jun on their wedding! Jun, thanks for being such a great patient 😂", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Congrats to Brandi and Luis on their wedding!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "congrats to you and Jun! Kevin Tran got married Saturday 💍", want: post.VerdictPass},
	})
}

// TestPrivateRepliesFeelForTheirEvent: a public reply to "@x" that only
// sends them to a private channel names no patient (c30ec01), but one that
// feels for their own event in general words ("so sorry about the
// miscarriage", "glad the surgery went well") tells it back, like "your".
func TestPrivateRepliesFeelForTheirEvent(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Replying to @jenna_r: so sorry about the miscarriage. Call our nurse line anytime.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Replying to @jenna_r: we're so glad the surgery went well! DM us anytime.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "@dre_w praying the chemo is gentle on you 🙏 message your care team on the portal anytime", want: post.VerdictBlock, rule: "PRIV-10"},
		// General words sent private stay passes.
		{text: "Replying to @mike22: glad you asked! Call our nurse line to book.", want: post.VerdictPass},
		{text: "Replying to @mike22: happy to help! Call our nurse line about the vaccine schedule.", want: post.VerdictPass},
	})
}

// TestKinOwnedCareInReplies: a reply that names the body or care of "the
// little one", "the baby" or "the kiddo" tells the care of the child the
// review is about, as "your son's ear" does (REV-01 block), even when the
// review said the word first. A family's holiday is no care.
func TestKinOwnedCareInReplies(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you! Hope the little one's ear is all healed up now 💕", review: "★★★★★ they saw my son fast for his ear", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope the baby's fever broke overnight 💕", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope the little guy's cough has cleared up!", review: "great doctor", want: post.VerdictBlock, rule: "REV-01"},
		{text: "glad the lil one's rash is gone", review: "my daughter had a rash, they were so kind", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope the kiddo's wrist is mending!", review: "★★★★★ broken wrist, quick x-ray", want: post.VerdictBlock, rule: "REV-01"},
		// A body word no health list holds, owned as "your" owns it.
		{text: "Thank you! Hope the little one's tummy is settled now 💕", review: "★★★★★ my daughter had a stomach bug", want: post.VerdictBlock, rule: "REV-01"},
		{text: "so glad the kiddo's belly is back to normal", review: "great", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope the baby's tummy feels better!", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope the family's holiday is wonderful!", review: "great staff", want: post.VerdictPass},
		{text: "Hope the kids' holiday break is fun!", review: "★★★★★ great pediatrician", want: post.VerdictPass},
	})
}

// TestTendedBodyInReplies: an everyday body word ("foot", "ear", "arm")
// kept off or kept in a state of care in a reply ("keep him off that
// foot", "keep that ear dry") is treatment told (REV-01 block); the same
// words in idioms ("we've got your back", "keep that head up", "keep those
// feet moving") stay clean.
func TestTendedBodyInReplies(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you! Keep him off that foot for a few more days ✨", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you! Keep that ear dry until Friday 💕", review: "★★★★★ my son's ear tubes", want: post.VerdictBlock, rule: "REV-01"},
		{text: "thanks, keep that arm elevated tonight", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! Keep those feet moving and see you at the 5K!", review: "★★★★★ love the run club", want: post.VerdictPass},
		{text: "Thank you! We've got your back, always.", review: "★★★★★", want: post.VerdictPass},
		{text: "Thanks! Keep that head up, better days ahead 💕", review: "★★★★★", want: post.VerdictPass},
	})
}
