package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyStaffAfterRole28 (session 28, t28reply): a reply that takes the
// matter offline by naming the staff member to call, after "our" and a
// role with its modifiers ("our practice manager, Deb", "our patient care
// coordinator, Luis", "nuestra gerente de la clínica, Rosa", "nossa
// gerente, Ana") names staff, not a third person (REV-02 warned on the
// name). Near misses: "our patient, Rosa" and a name after the reviewer's
// own ("your nurse, Rosa" stays as it was) keep their flags.
func TestReplyStaffAfterRole28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're sorry about the wait. Please call our practice manager, Deb, at (765) 555-0142.", review: "Waited an hour.", want: post.VerdictPass},
		{text: "We want to make this right. Our clinic manager, Tomasz, would like to hear from you at 555-0110.", review: "Rude front desk.", want: post.VerdictPass},
		{text: "Please reach out to our patient care coordinator, Luis, so we can look into this.", review: "Nobody called me back.", want: post.VerdictPass},
		{text: "Please ask for our patient experience lead, Harriet, when you call.", review: "Bad visit.", want: post.VerdictPass},
		{text: "Lamentamos la espera. Por favor llame a nuestra gerente de la clínica, Rosa, al 555-0101.", review: "Esperé una hora.", want: post.VerdictPass},
		{text: "Sentimos muito. Por favor, ligue para nossa gerente, Ana, no 555-0199.", review: "Esperei demais.", want: post.VerdictPass},
		// Near misses.
		{text: "Our patient, Rosa, said the same thing last week!", review: "Waited an hour.", want: post.VerdictBlock},
	})
}
