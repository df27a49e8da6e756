package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyGladToHelp: "glad to talk them through", "happy to answer"
// offer help; they react to nothing the reviewer had, so a reply speaking
// of a topic people ask about ("folks have questions about vaccines")
// tells no one's care and passes (REV-01). Gladness at care had still
// blocks.
func TestReplyGladToHelp(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We know many families have questions about vaccines, and our nurses are always glad to talk them through. Call us anytime.", review: "★☆☆☆☆ pushy about shots", want: post.VerdictPass},
		{text: "Lots of people have questions about antibiotics, and our doctors are happy to answer them by phone.", review: "★★☆☆☆ wouldn't give me antibiotics", want: post.VerdictPass},
		{text: "We're glad the vaccines went smoothly for your kids!", review: "★★★★★ great with my kids", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad the antibiotics helped you!", review: "★★★★★ fast", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyGladYoureBetter: gladness that the reviewer ("you") feels
// better answers what the review said and names no care: a warm line a
// person checks (REV-01 warn), "to hear" or not. Someone else being
// better ("he's feeling better"), a body part or care in the sentence
// still blocks.
func TestReplyGladYoureBetter(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Glad to hear you're feeling better! Thanks for choosing a local practice.", review: "★★★★ they sorted me out", want: post.VerdictReview, rule: "REV-01"},
		{text: "We're so happy you're doing better! Thanks for writing.", review: "★★★★★ back to myself", want: post.VerdictReview, rule: "REV-01"},
		{text: "so glad ur feeling better!! 💛", review: "★★★★★ the best", want: post.VerdictReview, rule: "REV-01"},
		{text: "Glad to hear he's feeling better!", review: "★★★★★ they saw my son fast", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad your knee is feeling better since the injection!", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad you're feeling better after the antibiotics!", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyThanksForTrust: thanks for trusting the practice "with your
// health" or "your family's health" is warmth that assumes the reviewer
// is a patient without telling any care: a person decides (REV-01 warn).
// Trust with "your care" (care given) or a named treatment tells it
// (block).
func TestReplyThanksForTrust(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you for trusting us with your health.", review: "★★★★★", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thanks so much for trusting us with your family's health 💙", review: "★★★★★ love this place", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thanks for trusting us with your care!", review: "★★★★★ good visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you for trusting us with your knee replacement.", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyLifeTreatsYou: "the new year is treating you kindly", "hope
// life's treating you well": a time or life treats the reviewer, not the
// practice (REV-01). "A pleasure treating you" still blocks.
func TestReplyLifeTreatsYou(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We hope the new year is treating you kindly 💛", review: "★★★★★ lovely people", want: post.VerdictPass},
		{text: "Hope life has been treating you well since you moved!", review: "★★★★★ miss this office", want: post.VerdictPass},
		{text: "Hope retirement is treating you right!", review: "★★★★★", want: post.VerdictPass},
		{text: "It was a pleasure treating you!", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Dr. Okafor loved treating you.", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyStaffToCall: a name the reviewer is told to call or reach
// ("please call Amara at our front desk", "reach out to Tomasz") is the
// staff member who takes the call (REV-02 passes it); a name with care
// still blocks.
func TestReplyStaffToCall(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're sorry about the wait. Please call Amara at our front desk so we can make this right.", review: "★☆☆☆☆ waited forever", want: post.VerdictPass},
		{text: "That's not the experience we want for anyone. Please reach out to Tomasz, our office manager.", review: "★★☆☆☆ rude", want: post.VerdictPass},
		{text: "So sorry! Call Yesenia at the front desk and she'll sort out the billing mix-up.", review: "★☆☆☆☆ billing mess", want: post.VerdictPass},
		{text: "Please call Amara's mom back about her results.", review: "★☆☆☆☆ slow", want: post.VerdictBlock},
	})
}

// TestReplyWalkInsForAll: shots that are walk-in for everyone are an
// offer to all, no one's care (REV-01).
func TestReplyWalkInsForAll(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for the stars! Flu shots are walk-in at every office through March.", review: "★★★★★ quick flu shot", want: post.VerdictPass},
		{text: "Thank you! Covid boosters are walk-in on weekdays too.", review: "★★★★★ easy", want: post.VerdictPass},
		{text: "Thanks! Your flu shot was a walk-in, so no record to worry about.", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyVietnameseClinic: "phòng khám" is the clinic: neither a name
// (REV-02) nor an exam told (REV-01).
func TestReplyVietnameseClinic(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Cảm ơn quý khách! Phòng khám mở cửa đến 7 giờ tối.", review: "★★★★★ rất tốt", want: post.VerdictPass},
		{text: "Cảm ơn quý khách đã đánh giá! Phòng khám có bác sĩ nói tiếng Việt.", review: "★★★★★ tiện lắm", want: post.VerdictPass},
		{text: "Cảm ơn chị Lan! Hẹn gặp chị tuần sau để tái khám nhé.", review: "Bác sĩ tốt", want: post.VerdictBlock, rule: "REV-01"},
	})
}
