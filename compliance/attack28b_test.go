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

// TestMedicineNotOfficeThing28b (att28b, on ad287e9): a glad reply about
// the office's things read as a medicine working (REV-01 block): a
// capital after "the" taken for a brand ("So glad the Kiosk is working",
// "Glad the Portal works") and a medicine word that only names what a
// service is about ("online prescription refills are working again").
// They are back to the verdicts they had before; the reviewer's medicine
// working, by its name or its brand, stays blocked.
func TestMedicineNotOfficeThing28b(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Glad the Portal works for you now. Thanks for sticking with us!", review: "Portal was confusing.", want: post.VerdictPass},
		{text: "Great to hear the Valet helped on a rainy day!", review: "Parking was easy thanks to valet.", want: post.VerdictPass},
		{text: "So glad the Kiosk is working for you now!", review: "The check-in kiosk kept freezing.", want: post.VerdictReview},
		{text: "Thanks for the feedback. Good news: online prescription refills are working again through the portal.", review: "Couldn't get the portal to refill anything.", want: post.VerdictReview},
		// Held.
		{text: "Glad the Zyrtec is finally working for you!", review: "Great visit.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad your meds are already helping!", review: "Great visit.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad the medicine worked and you slept well!", review: "Great visit.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Qué bueno que la medicina ya le está funcionando!", review: "Excelente atención.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que bom que os comprimidos já estão ajudando!", review: "Ótimo atendimento.", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestIncidentAdviceAnyone28b (att28b, on b83efb7): advice after a crash
// at a named place to "the driver and every passenger" read as one
// person marked by the event and cared for (PRIV-10 block). Joined to
// every or any other, the driver is anyone in a crash; one driver of the
// event told healing stays blocked.
func TestIncidentAdviceAnyone28b(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Traffic is backed up from the crash on Route 9 this morning. If you were in a fender bender, the driver and every passenger should watch for concussion signs for a few days.", want: post.VerdictPass},
		{text: "After the pileup on Highway 12, the driver or anyone riding along should get checked for whiplash, even without pain.", want: post.VerdictPass},
		// Held.
		{text: "Remember the pileup on Highway 12? The driver and his passenger both came to us for follow-up and are healing well.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Remember the Garrison Avenue pile-up? Both drivers came to us for follow-up and are recovering.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
