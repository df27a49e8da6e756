package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMaskedAndPartialNumbers (session 18, t18ident): a number with most
// of its digits hidden or cut is still one person's number. A masked
// Social Security number ("***-**-4410", "XXX-XX-0917", an ID masked in
// SSN groups), a plan or member number told by its end under a label the
// card checks did not know ("CIN ending 7731B"), and an account number in
// two short groups or behind an ellipsis ("acct 07-51123", "account
// #…3380") each block. Near misses with no digits, a year after "ending",
// and the practice's phone keep their verdicts.
func TestMaskedAndPartialNumbers(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "To the person who messaged ***-**-4410 about a mole check: please phone us instead.", want: post.VerdictBlock, rule: "PRIV-01"},
		{text: "Got a DM with XXX-XX-0917 in it about a pap smear result. Please don't send that here!", want: post.VerdictBlock, rule: "PRIV-01"},
		{text: "Member ID ***-**3391: your sleep study paperwork is waiting at the desk.", want: post.VerdictBlock},
		{text: "Medicaid CIN ending 7731B — your cardiology referral went through.", want: post.VerdictBlock},
		{text: "Acct 07-51123: the charge for your knee MRI was corrected.", want: post.VerdictBlock, rule: "PRIV-08"},
		{text: "Cuenta 41-90276: su saldo de la endoscopia ya está pagado.", want: post.VerdictBlock},
		{text: "Reminder for account #…3380: the mammogram balance is due this week.", want: post.VerdictBlock},
		{text: "Acct #20417-381: thanks, the balance from the skin biopsy is settled.", want: post.VerdictBlock},

		// Near misses.
		{text: "We will never ask for your SSN in a DM or a comment. Scammers do.", want: post.VerdictPass},
		{text: "Your SSN has the shape XXX-XX-XXXX; keep it off social media.", want: post.VerdictPass},
		{text: "Our fiscal year ending in 2027 brings a new billing system.", want: post.VerdictPass},
		{text: "Need help setting up your patient portal account? Call 614-555-2369.", want: post.VerdictPass},
		{text: "Our 2023-24 annual report is out: 4,210 flu shots given!", want: post.VerdictPass},
	})
}

// TestSpelledMailboxAtProvider (session 18, t18ident): a mailbox written
// with its dot or underscore and "at" a big mail provider ("l.okafor at
// gmail", "tran_b99 at hotmail") is an e-mail address with the @ spelled
// out (PRIV-03). A person at a company or a town of the same name keeps
// its verdict.
func TestSpelledMailboxAtProvider(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "l.okafor at gmail — your thyroid panel is in the portal now.", want: post.VerdictBlock, rule: "PRIV-03"},
		{text: "tran_b99 at hotmail, we got your note about the rash, please call us.", want: post.VerdictBlock, rule: "PRIV-03"},
		{text: "Write me at jdiaz88 at yahoo if the forms don't load", want: post.VerdictBlock, rule: "PRIV-03"},

		// Near misses.
		{text: "Our nurse Sarah spoke at Yahoo's wellness day about sleep 😴", want: post.VerdictPass},
		{text: "Maria at Outlook Elementary is our new crossing guard — say hi!", want: post.VerdictPass},
	})
}

// TestPickupByModelNumber (session 18, t18ident): a pickup told by its
// model number ("the white F-250", "a gray Ram 2500") with a colour or a
// sticker is a car the lot knows, like any described car: with a health
// detail it discloses its driver's care (PRIV-14 block). A model number
// with no care stays a notice.
func TestPickupByModelNumber(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Whoever parked the white F-250 by the door for their stress test, your lights are on.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "The man in the gray Ram 2500 with the hunting decals: your wife's ultrasound is done.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "If you came to your endoscopy in a silver F-150, we found your keys.", want: post.VerdictBlock, rule: "PRIV-14"},

		// Near misses.
		{text: "Whoever owns the silver F-150 in the back lot: your headlights are on!", want: post.VerdictPass},
		{text: "Our new mobile unit is a white F-350 with the maple leaf on the door. Wave when you see us!", want: post.VerdictPass},
	})
}
