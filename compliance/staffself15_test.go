package compliance

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// staffSelfProfile is the test practice with staff who sign their posts
// by a nickname, initials or a title and an initial, and staff with
// credentials a post may write out or shorten.
func staffSelfProfile() Profile {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Rusty Kleinhesselink, Practice Manager", "Jamal Brooks, LPN",
		"Marisol Ochoa-Reyes, CMA", "Dr. Wendell Whitaker", "Hope Vander Ploeg, RN")
	return p
}

// checkStaffSelf runs the rules alone on each text and compares the
// worst PRIV-10 severity with want ("" for none above info).
func checkStaffSelf(t *testing.T, cases []struct {
	text string
	want post.Severity
}) {
	t.Helper()
	c := rulesChecker(t, staffSelfProfile())
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	for _, tc := range cases {
		rep := c.Check(context.Background(), Draft{Text: tc.text, Now: now})
		var got post.Severity
		for _, f := range rep.Findings {
			if f.Rule == "PRIV-10" && f.Severity != post.SeverityInfo && severityRank(f.Severity) > severityRank(got) {
				got = f.Severity
			}
		}
		if got != tc.want {
			t.Errorf("%q: PRIV-10 %q, want %q (findings %v)", tc.text, got, tc.want, rep.Findings)
		}
	}
}

// TestStaffSignedOwnHealth: a post a staff member signs ("Rusty here",
// "— JB", "Dr. W here") and then tells their own surgery, illness or
// leave in the first person is that staff member's health news, as "Rusty
// is out for his hernia repair" is (docs/COMPLIANCE.md, PRIV-10 block).
// The same signer with a reminder, a trip, a flu shot shown as an
// example, or the care they give stays clean; so does a first-person
// post no staff member signs (the page's own voice).
func TestStaffSignedOwnHealth(t *testing.T) {
	checkStaffSelf(t, []struct {
		text string
		want post.Severity
	}{
		{"Rusty here: quick note that I'm off until the 20th for my hernia repair.", post.SeverityBlock},
		{"Dr. W here. I'll be away two weeks for shoulder surgery; Dr. Patel is covering.", post.SeverityBlock},
		{"JB here — back on the phones after my own bout with pneumonia.", post.SeverityBlock},
		{"Kevin here! Recovering from my appendectomy, see you all next week.", post.SeverityBlock},
		{"Back at the front desk after my gallbladder surgery! Thanks for all the cards. — Sarah", post.SeverityBlock},
		{"Heads up: I'm out through Friday for my colonoscopy 😅 -KT", post.SeverityBlock},
		{"Nurse Hope here. Two years cancer-free today, and grateful for this team.", post.SeverityBlock},
		{"Dr. Patel here. I had a stroke in March and I'm doing well, thank you for the notes.", post.SeverityBlock},
		{"I finally finished my last round of chemo!! Ringing the bell Friday 🔔 — Marisol", post.SeverityBlock},
		{"Jamal here, I'm on medical leave through January. The nurse line is still open.", post.SeverityBlock},
		{"Rusty from the front desk here! I'm off next week for my gallbladder surgery.", post.SeverityBlock},
		{"Sarah aquí 👋 estaré fuera hasta el lunes por mi cirugía de rodilla.", post.SeverityBlock},
		{"Aquí Sarah — regresé después de mi operación, ¡gracias por las flores!", post.SeverityBlock},
		{"Quick update: I'll be out Monday to Wednesday for a minor surgery. Calls go to Kevin. xo, Sarah", post.SeverityBlock},
		{"Rusty here. Two years ago today I was diagnosed with colon cancer. Get screened, folks.", post.SeverityBlock},
		{"Sarah here. I got my mammogram results back: all clear! Book yours.", post.SeverityBlock},
		{"JB here 👋 back at the front desk after my own round with COVID.", post.SeverityBlock},
		{"Kevin here. Home till Friday, my COVID test came back positive 😷", post.SeverityBlock},
		// The signer's news that is no health of theirs, and the care
		// they give.
		{"Dr. W here with your flu-shot reminder: walk-ins all week.", ""},
		{"I'm out the 15th for a conference, Dr. Patel is covering. — Rusty", ""},
		{"I got my flu shot today, have you? — Sarah", ""},
		{"Sarah here: got my COVID booster today, your turn! 💪", ""},
		{"Sarah here — I got my mammogram today, have you?", ""},
		{"Sarah aquí: ¡ya me puse mi vacuna contra la gripe! ¿Y tú?", ""},
		{"Aquí Sarah — el lunes empieza mi clase de diabetes, ¡los espero!", ""},
		{"Love the new lobby! Thanks, Kevin", ""},
		{"\"After my knee replacement I'm walking my dog again!\" — Kevin, Grove City", ""},
		{"Dr. Greene here: knee replacement recovery takes about six weeks. Here's what to expect.", ""},
		{"Dr. Greene here. I do my knee replacements at Riverside on Tuesdays.", ""},
		{"Dr. Patel here. My diabetes class starts Monday, bring your questions!", ""},
		{"Dr. Greene here. After my hip replacement patients go home, we call them the next day.", ""},
		{"Rusty here with my back-to-school checklist 🎒", ""},
		{"Sarah here! I'm back from the nursing conference with lots of ideas.", ""},
		{"Kevin here — if you had knee surgery with us this year, the new rehab gym is open.", ""},
		{"A kid asked me today if doctors get shots too. Yes, every fall. — Dr. Greene", ""},
		// No staff member signs: the page's own voice.
		{"I had my knee replaced last year and it changed everything. Ask us about joint pain.", ""},
		{"I'm out for my knee replacement next week, so the blog takes a break.", ""},
	})
}

// TestStaffOwnTreatmentTold: a staff member named by a role or a
// credential with a full or part name ("our own MA Marisol
// Ochoa-Reyes", "LPN Jamal") who finished, started or beat their own
// treatment, or marks years cancer-free, tells their health (PRIV-10
// block). A doctor finishing the care they give, a class and a charity
// run named for a cause stay clean.
func TestStaffOwnTreatmentTold(t *testing.T) {
	checkStaffSelf(t, []struct {
		text string
		want post.Severity
	}{
		{"Our own MA Marisol Ochoa-Reyes finished her breast cancer treatment this spring.", post.SeverityBlock},
		{"Congrats to our LPN Jamal Brooks, who completed his last round of chemo!", post.SeverityBlock},
		{"Kevin started his radiation this week, send him good thoughts.", post.SeverityBlock},
		{"Rusty is 5 years cancer-free today! 🎗️", post.SeverityBlock},
		{"Happy 10 years cancer-free to our own Hope!", post.SeverityBlock},
		{"Nurse Sarah is officially cancer-free!!", post.SeverityBlock},
		{"Sarah Lopez, our lead nurse, had a mastectomy in May and is back full time.", post.SeverityBlock},
		{"Welcome back, Kevin! Our favorite nurse is back on the floor after his hernia repair.", post.SeverityBlock},
		{"Sarah at the front desk is 32 weeks and still beating us all up the stairs!", post.SeverityBlock},
		{"Congrats to our own Sarah on her 12-week scan!! 💕", post.SeverityBlock},
		{"Kevin is home after his own bout with pneumonia.", post.SeverityBlock},
		// Care given, a class, a run named for a cause, a span of time
		// that is no pregnancy, and the speaker's own health, not the
		// staff member's.
		{"Kevin is 6 weeks from retirement and counting!", ""},
		{"Welcome back, Kevin! Our favorite nurse is back from the NP conference.", ""},
		{"\"Dr. Greene fixed my shoulder in one visit, I was pain-free the next week!\"", ""},
		{"Dr. Greene finished his 500th knee replacement this week!", ""},
		{"Dr. Whitaker completed his first robotic hip replacement at Riverside.", ""},
		{"Dr. Patel finished her diabetes education certificate.", ""},
		{"Rusty ran the Cancer-Free 5K with his kids on Saturday.", ""},
		{"Hope helps our patients stay cancer-free with yearly screening.", ""},
		{"Kevin started his new role as practice manager this week.", ""},
		{"Kevin Tran, our practice manager, had a great time at the conference.", ""},
	})
}

// TestStaffSelfLinear: the signature and first-person walks stay linear
// in the text. (A text of "cancer-free" repeated is not linear today, in
// the price-claim check's freeCare, not in these walks.)
func TestStaffSelfLinear(t *testing.T) {
	c := rulesChecker(t, staffSelfProfile())
	for _, unit := range []string{"Rusty here, I'm out for my surgery. ", "my my my own bout of ", "— Rusty ", "Hope, a cancer survivor, finished her chemo "} {
		requireLinear(t, c, unit, func(n int) Draft { return Draft{Text: strings.Repeat(unit, n/len(unit))} })
	}
}

// TestStaffOwnKin: "own" between a possessive and a relative ("my own
// father", "her own dad") still makes them the writer's or the staff
// member's relative, whose care with a health detail blocks (PRIV-10),
// as "my father" does; their flu shot shown as an example does not.
func TestStaffOwnKin(t *testing.T) {
	checkStaffSelf(t, []struct {
		text string
		want post.Severity
	}{
		{"So proud of my own mother, who finally had her hip replaced in May. — Dr. Greene", post.SeverityBlock},
		{"Our LPN Jamal Brooks walked his own dad through his stroke rehab here.", post.SeverityBlock},
		{"My own kids got their flu shots today, have yours? — Sarah", ""},
	})
}
