package compliance

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 12):
// posts a clinic would write where a new exception lets a claim or a
// patient through, or a new catch stops a clean post. Our own wording.

// TestDeliveryOfSupplies: "the last delivery of flu vaccine" is a
// shipment, not a birth; the first or last baby or delivery of a year or
// a night is one birth (PRIV-14 warn).
func TestDeliveryOfSupplies(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our last delivery of flu vaccine for the season is here. Book your shot online!", want: post.VerdictPass},
		{text: "First delivery of the new RSV shots arrives Monday; call to get on the list.", want: post.VerdictPass},
		{text: "Welcome to the world! Our first baby of 2027 arrived at 12:04 am.", want: post.VerdictReview, rule: "PRIV-14"},
		{text: "The last delivery of the year at our birth suite came at 11:48 pm on New Year's Eve!", want: post.VerdictReview, rule: "PRIV-14"},
	})
}

// TestFirstBabyLongTextTime: a long sentence of "the first baby born"
// asked each phrase's whole sentence for an old year: quadratic (0.7 s at
// twice the size limit). The year is looked for near the phrase. The test
// compares growth, not a wall-clock budget, so a loaded machine cannot fail
// it: eight times the text must take well under the 64 times a quadratic
// scan would (the quadratic version measured 52).
func TestFirstBabyLongTextTime(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"the first baby born ", "first baby Jo caught "} {
		requireLinearText(t, c, unit)
	}
}

// requireLinearText fails t when checking unit repeated over sixteen
// times the text takes far more than sixteen times as long (see
// requireLinear).
func requireLinearText(t *testing.T, c *Checker, unit string) {
	t.Helper()
	requireLinear(t, c, fmt.Sprintf("%q", unit), func(n int) Draft {
		return Draft{Text: strings.Repeat(unit, n/len(unit))}
	})
}

// requireLinearReply is requireLinearText for a reply: unit repeated as
// the reply's text, answering review.
func requireLinearReply(t *testing.T, c *Checker, unit, review string) {
	t.Helper()
	requireLinear(t, c, fmt.Sprintf("reply %q", unit), func(n int) Draft {
		return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: review}
	})
}

// Growth is compared from a text of twice the size limit cut in
// growthFactor, to the whole of it: a linear check grows about
// growthFactor times, a quadratic one its square (256). A ratio, not a
// wall-clock budget, so a slow machine cannot fail a linear check; CPU
// time, not wall time (checkCPU), the fastest of five runs each, and a
// limit four times from either side, so a busy machine (go test runs
// packages side by side on two cores) cannot either.
const (
	growthFactor = 16
	growthLimit  = 64
)

// requireLinear fails t when a draft of growthFactor times the size takes
// more than growthLimit times as long to check: draft(n) builds one of
// about n bytes.
func requireLinear(t *testing.T, c *Checker, label string, draft func(n int) Draft) {
	t.Helper()
	fastest := func(n int) time.Duration {
		d := draft(n)
		best := time.Duration(math.MaxInt64)
		// One OS thread for the whole measure (checkCPU reads the
		// thread's time on Linux), and a collection before each run so
		// one run does not pay for the garbage of the one before.
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		for range 5 {
			runtime.GC()
			start := checkCPU()
			c.Check(context.Background(), d)
			best = min(best, checkCPU()-start)
		}
		return best
	}
	size := 2 * post.MaxBodyBytes / growthFactor
	small := fastest(size)
	growth := float64(fastest(growthFactor*size)) / float64(max(small, time.Microsecond))
	t.Logf("%s: %d times the text took %.1f times as long", label, growthFactor, growth)
	if growth > growthLimit {
		t.Errorf("%s: %d times the text took %.1f times as long (linear is about %d, quadratic %d; the limit is %d)",
			label, growthFactor, growth, growthFactor, growthFactor*growthFactor, growthLimit)
	}
}

// TestMythWeTellIsOurs: a myth in quotes is someone else's words when
// the post says it hears it or patients say it ("patients tell us");
// when the practice itself tells or says it ("we tell our patients",
// "as I always say") it is the practice's own claim and blocks (MIS-01).
func TestMythWeTellIsOurs(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "\"Antibiotics clear up the flu fast,\" we tell our patients every winter.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "'The flu shot gives you the flu' — we tell everyone this because it's true.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "\"Vaccines cause autism,\" I always say to new parents.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "“Antibiotics will knock out my cold,” patients tell us all winter. Colds are viruses; antibiotics don't touch them.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "'The flu shot gives you the flu.' We're told this every fall. It can't: the shot has no live virus.", want: post.VerdictReview, rule: "MIS-01"},
	})
}

// TestArabicOrIsNoMother: Arabic "أم" is "mother of" before a name and
// also "or" in a question ("صباحا أم مساء؟", morning or evening?); in a
// question it names no one (PRIV-10).
func TestArabicOrIsNoMother(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "لقاح الإنفلونزا متوفر الآن. هل تفضل موعدا صباحيا أم مسائيا؟", want: post.VerdictPass},
		{text: "هل طفلك بحاجة إلى لقاح المدرسة أم التطعيم الموسمي؟ اتصل بنا.", want: post.VerdictPass},
		{text: "أم خالد أجرت عملية جراحية في الركبة وهي بخير الآن.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "هل تعرفون؟ أم خالد أجرت عملية جراحية في الركبة.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestBracketSaysSomeoneIsThere: a bracketed picture description that
// says "no one else", "nobody cuter" or holds something empty still shows
// the person it names with their health detail (PRIV-12 block); "no one
// in frame", "empty exam room" and "staff only" show no patient.
func TestBracketSaysSomeoneIsThere(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Look who's back! [photo: a grinning boy with his arm cast, no one else in frame]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: a girl with a purple wrist cast holding an empty juice box] Brave girl today!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: a toddler in a sling after his collarbone fracture, nobody cuter] Heal fast, buddy", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: an empty exam room, a wheelchair by the door] Ready for Monday!", want: post.VerdictPass},
		{text: "[photo: our new cast room, no one in it yet]", want: post.VerdictPass},
	})
}

// TestSeeYouEveryWeekAtTheMarket: a reply seeing the reviewer every week
// at a market, a booth or a club is the practice's outreach, no course
// of care; every week at the office still confirms one (REV-01).
func TestSeeYouEveryWeekAtTheMarket(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "See you every Saturday at the farmers market! 🥕", review: "great people", want: post.VerdictPass},
		{text: "Hope to see you every week at our booth at the market!", review: "friendly folks", want: post.VerdictPass},
		{text: "Thanks for coming to see us every week, Jim!", review: "great staff", want: post.VerdictBlock, rule: "REV-01"},
		{text: "See you every Tuesday for your allergy shots!", review: "great staff", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestMotherWithTheArticle: Arabic "الأم" is "the mother" ("يوم الأم",
// Mother's Day; "صحة الأم", the mother's health), never the "أم خالد" that
// names a woman by her child: with the article it names no one (PRIV-10).
func TestMotherWithTheArticle(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "يوم الأم سعيد! لقاح الإنفلونزا متوفر لكل الأمهات.", want: post.VerdictPass},
		{text: "صحة الأم مهمة قبل الولادة وبعدها. احجزي موعدك اليوم.", want: post.VerdictPass},
		{text: "نصائح للأم الجديدة: الرضاعة ولقاح الطفل في الشهر الثاني.", want: post.VerdictPass},
		{text: "أم خالد أجرت عملية جراحية في الركبة وهي بخير الآن.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "مبروك للحاجة زينب على نجاح العملية!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestNepaliKinWithNoName: a Nepali kin word after "and", "your", "all"
// or another kin word ("आमा र बुबा", mother and father; "दिदी बहिनी",
// sisters) speaks to everyone's family, no one named (PRIV-10); a name
// before it still is one person.
func TestNepaliKinWithNoName(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "आमा र बुबा दुवैको सुगर जाँच गराउनुहोस्।", want: post.VerdictPass},
		{text: "दिदी बहिनीहरूका लागि निःशुल्क खोप शिविर शनिबार।", want: post.VerdictPass},
		{text: "तपाईंको आमाको प्रेसर नियमित जाँच गराउनुहोस्।", want: post.VerdictPass},
		{text: "सुनिता दिदीको अपरेसन सफल भयो।", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "हरि दाइको अपरेसन सफल भयो, अब घर फर्कनुभयो।", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestBracketStockImage: a bracketed picture that says it is a stock
// image, an illustration or models ("stock photo", "model, not a
// patient") shows no patient's health: it warns as any picture of a
// person does, no block (PRIV-12); a described teen in a brace with no
// such word still blocks.
func TestBracketStockImage(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "[image: a man checking his blood pressure at home, stock photo] Know your numbers!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: a teen in a knee brace, stock image] Sports physicals are open.", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: a woman getting her flu shot — model, not a patient] Flu shots all week.", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[illustration: a child with a cast and a big smile] How casts work, in 5 steps.", want: post.VerdictPass},
		{text: "[photo: a teen in a knee brace after Friday's game] Back on the field soon!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: Maria, our model patient, with her new hip brace] She did the work!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: a boy with his arm cast holding his stock car trophy]", want: post.VerdictBlock, rule: "PRIV-12"},
	})
}

// TestPraiseHeardIsTestimonial: a patient's first-person praise in quotes
// that the post says it hears all the time ("\"My kids love coming
// here!\" — we hear it all the time") is a testimonial repeated, not a
// saying answered (ENDORSE-01 warns); a myth quoted as heard stays a
// debunk.
func TestPraiseHeardIsTestimonial(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "\"My kids actually love coming here!\" — we hear it all the time 💙", want: post.VerdictReview, rule: "ENDORSE-01"},
		{text: "\"My back pain is finally gone!\" We hear it every week, and it never gets old.", want: post.VerdictReview, rule: "ENDORSE-01"},
		{text: "\"Eat healthy and you don't need a flu shot\": we hear it every October. Good food helps, but it doesn't replace the vaccine.", want: post.VerdictReview, rule: "MIS-01"},
	})
}

// TestTaleDeniedVouches: "that's no old wives' tale" after a myth vouches
// for it (MIS-01 blocks); "is an old wives' tale" debunks it (warn). A
// myth quoted that "we've said for years" is the practice's own.
func TestTaleDeniedVouches(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The flu shot gives you the flu, and that's no old wives' tale.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Antibiotics cure the flu, and trust me, that is not some old wives' tale.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "\"Vaccines cause autism,\" we've said for years.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Putting butter on a burn is an old wives' tale. Run it under cool water instead.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "'The flu shot gives you the flu.' We've heard it every fall. It can't: the shot has no live virus.", want: post.VerdictReview, rule: "MIS-01"},
	})
}
