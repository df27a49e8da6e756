package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestGatingBeforeSiteOrReview: asking the reader (or a reviewer, in a
// reply) to call the office before they go to a review site, or instead
// of posting or leaving a review, in English or Spanish, is review gating
// (ENDORSE-03 block). A site named as a map or a search, a call instead of
// some other errand, a call before a visit, and photos posted keep their
// verdicts.
func TestGatingBeforeSiteOrReview(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Rough day at the clinic? Give us a ring before you go to Yelp, we'll sort it out.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "So sorry to hear this. Next time, please phone our manager before you head to Google.", review: "★ rude front desk", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "If anything felt off, talk to us before heading over to Healthgrades!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Not thrilled? Please call us instead of posting.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "We hear you. Please text the office instead of posting, we'd love a chance to fix it.", review: "★★ billing mess", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Email our manager instead of leaving a review and we'll make it right.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Si algo no salió bien, llámenos antes de publicar una reseña.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Lamentamos su experiencia. Por favor escríbanos en vez de dejar una reseña.", review: "★ mala atención", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "¿No quedó contento? Contáctenos en lugar de escribir una reseña.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Llámenos antes de ir a Yelp, por favor.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		// A map, a search, another errand, a visit, photos: no review held back.
		{text: "Before Google Maps sends you the long way, use the Main St entrance.", want: post.VerdictPass},
		{text: "Please call us instead of going to the ER for a sprain, we have same-day slots.", want: post.VerdictPass},
		{text: "Please call us with questions before your visit.", want: post.VerdictPass},
		{text: "Before you post your 5K photos, tag us!", want: post.VerdictPass},
		{text: "Before you head to Google with your symptoms, call the nurse line.", want: post.VerdictPass},
		{text: "Llámenos antes de su visita si tiene preguntas.", want: post.VerdictPass},
		{text: "Escríbanos en vez de ir a urgencias por un resfriado.", want: post.VerdictPass},
		{text: "Before you head to Facebook for our holiday hours, check the sign on the door!", want: post.VerdictPass},
	})
}

// TestGatingBeforeSiteOrReviewLinear: the new "before you go to <site>"
// and "antes de / en vez de" looks read a fixed window per token, so one
// long sentence of them stays linear.
func TestGatingBeforeSiteOrReviewLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "call us before you go to Yelp and llámenos antes de publicar una reseña en vez de dejar una reseña ")
}
