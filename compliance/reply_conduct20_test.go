package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyHoldsBackReview (session 20, t20reply): a reply that asks the
// reviewer, or anyone reading, to come to the office first instead of
// posting ("call us first instead of posting here", "we'd rather get a
// call than a public review", "talk to us before you put it on
// Facebook") is review gating (ENDORSE-03 block), in every language the
// reply sets use. An offer to talk with no posting held back, thanks for
// a review, and "before"/"instead of" about anything else keep their
// verdicts.
func TestReplyHoldsBackReview(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Next time, give us a ring first instead of posting here 🙏", review: "bad service", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "We'd appreciate a call rather than a public review next time.", review: "bad", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "If anything ever goes wrong, talk to us before you put it on Facebook!", review: "great", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Rather than posting online, please call the office and ask for Gina.", review: "bad", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Just text us next time instead of writing all this up here, we'll sort it out.", review: "meh", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "La próxima vez llámenos primero en vez de publicar aquí.", review: "mal servicio", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Lần sau xin gọi cho chúng tôi trước khi đăng đánh giá nhé.", review: "dịch vụ tệ", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Sa susunod, tawagan n'yo muna kami bago mag-post ng review.", review: "pangit", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Tanpri rele nou anvan ou poste yon revi sou entènèt.", review: "sèvis la pa bon", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Fadlan na soo wac ka hor intaadan qorin faallo.", review: "adeeg xun", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Da próxima vez, ligue para nós antes de postar uma avaliação.", review: "ruim", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Appelez-nous avant de publier un avis, s'il vous plaît.", review: "mauvais", want: post.VerdictBlock, rule: "ENDORSE-03"},

		// Near misses: thanks for posting, an offer to talk, "before" and
		// "instead of" about visits, hold lines and sign-ups.
		{text: "Thanks for posting this — we read every review.", review: "great", want: post.VerdictPass},
		{text: "Please call us any time so we can make it right.", review: "bad", want: post.VerdictPass},
		{text: "Instead of waiting on hold, try the online portal.", review: "long hold", want: post.VerdictPass},
		{text: "Thank you for taking the time to post a review!", review: "great", want: post.VerdictPass},
		{text: "Xin gọi cho chúng tôi trước khi đến.", review: "tệ", want: post.VerdictPass},
		{text: "Xin gọi cho chúng tôi trước khi đăng ký.", review: "tệ", want: post.VerdictPass},
		{text: "Tawagan n'yo kami bago pumunta.", review: "pangit", want: post.VerdictPass},
		{text: "Rele nou anvan ou vini.", review: "pa bon", want: post.VerdictPass},
		{text: "Call us before you head over so we can hold a spot.", review: "long wait", want: post.VerdictPass},
	})
}

// TestReplyMannersRetort (session 20, t20reply): a reply that tells the
// reviewer to mind their manners ("try being a human being", "try being
// nicer to the front desk", "learn some manners") or blames reviews like
// theirs for the staff's hurt ("reviews like this are why our nurses burn
// out") is conduct toward a reviewer (REV-03 block), in any language.
// Kind words about reviews, and advice to be kind to oneself or to be
// active, keep their verdicts.
func TestReplyMannersRetort(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Try being a human being.", review: "Meh.", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Try being nicer to the front desk next time.", review: "rude desk", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Try being a decent person for once.", review: "bad", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Maybe learn some manners before you post.", review: "bad", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Reviews like this are why our staff burns out.", review: "meh", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Comments like yours are the reason good nurses quit.", review: "bad", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Intente ser más amable con nuestro personal.", review: "mal", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Aprenda a tratar a la gente con respeto.", review: "mal", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Subukan mong maging mabait naman.", review: "pangit", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Matuto kang rumespeto sa staff namin.", review: "pangit", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Hãy học cách cư xử lịch sự.", review: "tệ", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Aprann respekte moun.", review: "pa bon", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Isku day inaad edeb yeelato.", review: "xun", want: post.VerdictBlock, rule: "REV-03"},

		// Near misses: reviews praised, kindness to oneself, exercise.
		{text: "Reviews like this are why we do what we do!", review: "great", want: post.VerdictPass},
		{text: "Reviews like yours make our whole week 💙", review: "great", want: post.VerdictPass},
		{text: "Try being kind to yourself this week 💙", review: "rough week", want: post.VerdictPass},
		{text: "Try being active 30 minutes a day!", review: "ok", want: post.VerdictPass},
		{text: "Kind words like these are the reason we love this job.", review: "so kind", want: post.VerdictPass},
		{text: "We're learning too, and we'll be nicer on the phone. Thank you.", review: "rude on the phone", want: post.VerdictPass},
	})
}

// TestReplyConduct20Linear: the held-back and manners shapes look a few
// words from each marker, so a long reply of markers costs in proportion
// to its length.
func TestReplyConduct20Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"call us rather than instead of before trước khi bago anvan ka hor ",
		"try being learn some reviews like this are why ",
	} {
		requireLinearReply(t, c, unit, "rude front desk")
	}
}
