package compliance

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestPeopleKinds checks the default-suspicious person recognizer by the
// verdict a whole post gets (issue 11, "What to build"): a person who is
// not staff, written in any form, makes a post at least review, and with a
// health detail block; the ordinary words and public figures that look
// like people stay pass. The examples are our own, one per kind of text.
func TestPeopleKinds(t *testing.T) {
	checkVerdicts(t, []verdictCase{
		// A name written in lower case or shouted in capitals, greeted or
		// doing what a person does.
		{"congrats to darnell on his new knee!!", post.VerdictBlock},
		{"get well soon terrence, rest up after the surgery", post.VerdictBlock},
		{"shoutout to big mike who finally got his cast off", post.VerdictBlock},
		{"happy birthday darnell!! see you at practice", post.VerdictReview},
		{"HUGE CONGRATS TO TERRENCE ON BEATING CANCER", post.VerdictBlock},
		{"darnell's knee surgery went great!!", post.VerdictBlock},
		{"lol jamal fainted during his blood draw again", post.VerdictBlock},
		{"so happy for deshawn, his scans came back clean", post.VerdictBlock},
		{"shoutout to my girl tamika for finishing chemo!", post.VerdictBlock},
		{"grace period for bills is 30 days, may is mental health month", post.VerdictPass},
		{"we will be closed monday for the holiday, see you tuesday", post.VerdictPass},
		{"get well soon! flu season is here, so wash your hands", post.VerdictPass},
		// Health of real breadth: procedures and drugs the word list has
		// not heard of still have medicine's shape.
		{"Congrats to Daniel Ortiz on finishing his sclerotherapy!", post.VerdictBlock},
		{"Lena's blepharoplasty went great and she is already back at work.", post.VerdictBlock},
		{"Roberto started semaglutide in June and feels like a new man.", post.VerdictBlock},
		{"We now offer sclerotherapy for spider veins. Ask if it is right for you.", post.VerdictPass},
		{"Thank you Ikenna & Chioma for the photos of our lobby mural!", post.VerdictReview},
		{"Empathy and good listening are what make a great nurse.", post.VerdictPass},
		// A name no list holds, where only a name can stand.
		{"Tsering stopped by to show off her new hip. Looking great!", post.VerdictBlock},
		{"Ifeoma (our Saturday regular!) is 6 weeks out from her vein ablation.", post.VerdictBlock},
		{"So proud of Chidinma, who finished physical therapy this week!", post.VerdictBlock},
		{"Huge congrats to Tunde Bakare on wrapping his last sclerotherapy session!", post.VerdictBlock},
		{"hbd to our youngest volunteer Gabi, 14 today! she reorganized the sticker drawer", post.VerdictReview},
		{"Sunscreen is the best gift you can give her skin this summer.", post.VerdictPass},
		{"Our newborn clinic is open Mon-Fri for first checkups.", post.VerdictPass},
		{"Krispy Kreme donuts for the staff this morning, thank you!", post.VerdictPass},
		{"Greetings from Walla Walla, where our team ran the flu shot clinic.", post.VerdictPass},
		// Hashtags, possessives without the apostrophe, days post-op, and
		// public figures who told their own health.
		{"#PrayForJake as he recovers from his spinal fusion.", post.VerdictBlock},
		{"Jakes surgery went well and he says thanks for the cards!", post.VerdictBlock},
		{"so proud of darnell, he's 6 months sober today", post.VerdictBlock},
		{"Jake is 3 weeks post-op and already back in the gym.", post.VerdictBlock},
		{"Michael Phelps has talked openly about ADHD and depression. Help is here.", post.VerdictPass},
		{"Like Lady Gaga, many people live with fibromyalgia. You are not alone.", post.VerdictPass},
		{"#MartinLutherKingDay: our office is closed Monday.", post.VerdictPass},
		{"This cancer often has no signs at first. Williams syndrome is rare.", post.VerdictPass},
		// A nickname that is a word, doing what only a person does; a
		// patient who shares a staff surname.
		{"Tank finally got his stitches out today and cried less than his little sister.", post.VerdictBlock},
		{"Hats off to Leon, who just finished his course of chemo.", post.VerdictBlock},
		{"Ms. Tran from the bakery down the street just finished her radiation.", post.VerdictBlock},
		{"Mr. Tran from our front desk will answer your calls this week.", post.VerdictPass},
		// A story told over sentences: who came to us, whose leg healed.
		{"This is Marguerite. She came to us last spring unable to climb stairs. Today she hiked Mount Si!", post.VerdictBlock},
		{"Remember Tobias from our post in June? His leg is fully healed!", post.VerdictBlock},
		{"Our hearts are healing after a hard year. Thank you, neighbors.", post.VerdictPass},
		// Shops, public bodies and towns greeted or thanked are no one.
		{"Thanks to Kessler Feed & Seed for the pumpkins!", post.VerdictPass},
		{"Shoutout to Tacoma Public Schools nurses, you keep our kids healthy.", post.VerdictPass},
		{"Welcome to Gig Harbor, everyone! Flu shots are in.", post.VerdictPass},
		// Public figures a post cites by their full name, and a private
		// person who shares one of their names.
		{"Bob Marley's melanoma started under a toenail. Check your soles and nails.", post.VerdictPass},
		{"Closed Monday for MLK Day. \"What are you doing for others?\" – Dr. Martin Luther King Jr.", post.VerdictPass},
		{"Michael J. Fox has shown the world how to live with Parkinson's.", post.VerdictPass},
		{"Michael Fox from Elm Street is recovering from his knee surgery.", post.VerdictBlock},
		{"The high school band director is home after his bypass.", post.VerdictBlock},
		// Someone described by where they are, not the practice's staff.
		{"The guy at the gas station on Route 9 just got his pacemaker!", post.VerdictBlock},
		{"The guy at the front desk will help you schedule your flu shot.", post.VerdictPass},
		// A commander in care; nicknames past a long
		// aside; torn pecs, ACL recons and knee scopes.
		{"The garrison commander was in for his low back rehab this morning.", post.VerdictBlock},
		{"Biscuit (yes that's what everyone at the barbershop calls him) got his ablation last week.", post.VerdictBlock},
		{"Big Mike from the gym tore his pec benching 405.", post.VerdictBlock},
		{"Sione Taufa back on the pitch 8 wks after ACL recon!", post.VerdictBlock},
		{"The mayor cut the ribbon on our new aquatic therapy room today.", post.VerdictPass},
		// Admission and discharge dates tell a patient's stay.
		{"admitted 11/02, discharged 11/19, and this morning he walked the whole loop!", post.VerdictBlock},
		{"Our new echo machine arrived Tuesday!", post.VerdictPass},
		// The writer's own relative, one-person roles described by place
		// or by a "who", a person's chart, and screens in a photo.
		{"My sister just finished her radiation treatments and rang the bell!", post.VerdictBlock},
		{"My son got his flu shot today. Have you?", post.VerdictPass},
		{"'my daughter had her tonsils out here and loved the staff!' - a happy mom", post.VerdictReview}, // a testimonial (ENDORSE-01), not the writer's relative
		{"Get well soon to the crossing guard on 5th who broke her wrist.", post.VerdictBlock},
		{"The night manager at the feed store had his gallbladder out last week.", post.VerdictBlock},
		{"Ask the dentist who does your cleaning about fluoride varnish.", post.VerdictPass},
		{"[photo: front desk, monitor shows Mr. Alvarez's chart]", post.VerdictBlock},
		{"Team pic! (whiteboard in the back lists today's patients and their rooms)", post.VerdictBlock},
		{"Photo: our new check-in computers help patients skip the line.", post.VerdictPass},
		// Person and health words in other languages.
		{"¡Felicidades a doña Carmen por terminar su quimioterapia!", post.VerdictBlock},
		{"Chúc mừng chị Hoa đã phẫu thuật thành công!", post.VerdictBlock},
		{"Chúc mừng bác Tư đã khỏi bệnh!", post.VerdictBlock},
		{"김민지 씨, 수술 잘 끝나서 다행이에요!", post.VerdictBlock},
		{"祝贺王先生手术成功!", post.VerdictBlock},
		{"Happy to see Tita Baby back after her stroke rehab!", post.VerdictBlock},
		{"Gratulacje dla pani Zofii po operacji biodra!", post.VerdictBlock},
		{"오늘 날씨가 좋네요! 독감 예방접종 하러 오세요.", post.VerdictPass},
		{"Oremos por don Chuy, que está en el hospital con neumonía.", post.VerdictBlock},
		{"La señora de los tamales ya terminó su quimio. ¡Bendiciones!", post.VerdictBlock},
		{"Mi hermana acaba de tener su bebé en nuestra clínica.", post.VerdictBlock},
		{"Chúc mừng anh Tuấn đã xuất viện!", post.VerdictBlock},
		{"Selamat kepada Ibu Sari atas operasinya yang berhasil!", post.VerdictBlock},
		{"Staff reminder: DON'T review us from your personal accounts.", post.VerdictPass},
		{"Congrats to Coach T on losing 60 lbs this year!", post.VerdictBlock},
		{"¡Vacunas contra la gripe sin cita esta semana!", post.VerdictPass},
	})
}

// verdictCase is a whole post and the verdict the checklist must give it.
type verdictCase struct {
	text string
	want post.Verdict
}

// checkVerdicts checks each case's verdict with the test profile, and says
// which findings gave a wrong one.
func checkVerdicts(t *testing.T, cases []verdictCase) {
	t.Helper()
	c := rulesChecker(t, testProfile())
	for _, tc := range cases {
		rep := c.Check(context.Background(), Draft{Text: tc.text, Now: time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)})
		if rep.Verdict != tc.want {
			var got []string
			for _, f := range rep.Findings {
				got = append(got, f.Rule+":"+string(f.Severity)+"="+f.Match)
			}
			t.Errorf("%q: verdict %s, want %s %v", tc.text, rep.Verdict, tc.want, got)
		}
	}
}
