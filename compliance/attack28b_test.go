package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestOurRolePatientName28b (att28b, on d6098d5): the words about a role
// that ourRoleBefore skips ("our practice manager, Deb") were skipped
// before any role was met, so a patient named after "our", a role, "and"
// and "patient(s)" read as staff and the reply passed ("Our nurses and
// patients, Rosa and Luis, said the same thing!"). The name is held as a
// third person (REV-02) again; the staff to call after a role with its
// words stays clean.
func TestOurRolePatientName28b(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our nurses and patients, Rosa and Luis, said the same thing!", review: "Waited an hour.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Our doctor and patient, Rosa, agree with you.", review: "Waited an hour.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Our nurse and new patient, Rosa, said the same thing!", review: "Waited an hour.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Nuestra doctora y la paciente, Rosa, dijeron lo mismo.", review: "Esperé una hora.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Nossa enfermeira da paciente, Ana, disse o mesmo.", review: "Esperei demais.", want: post.VerdictReview, rule: "REV-02"},
		// Staff after a role with its words stay clean.
		{text: "Our scheduler, Rosa, is sorry about the mix-up.", review: "Waited an hour.", want: post.VerdictPass},
		{text: "Please call our practice manager, Deb, at (765) 555-0142.", review: "Waited an hour.", want: post.VerdictPass},
		{text: "Please reach out to our patient care coordinator, Luis, so we can look into this.", review: "Nobody called me back.", want: post.VerdictPass},
		{text: "Por favor llame a nuestra coordinadora de pacientes, Rosa, al 555-0101.", review: "Esperé una hora.", want: post.VerdictPass},
		{text: "Por favor, ligue para nossa gerente do consultório, Ana, no 555-0199.", review: "Esperei demais.", want: post.VerdictPass},
	})
}
