package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// staffKinProfile is testProfile with staff whose first names are words
// too ("Summer", "Dawn", "Sunny", "Joy"), the names the kin shape most
// often hides behind.
func staffKinProfile() Profile {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Summer Nguyen, RN", "Dawn Rosario, DO", "Sunny Alvarado, MA", "Joy Kowalczyk, NP", "Dr. Lena Deng")
	p.Disabled = append(p.Disabled, "PRIV-16")
	return p
}

// TestStaffRelativeAsPatient (session 15, t15kin): a staff member named
// (whole, short, "our own X", "Dr. X") with a relative of theirs ("X's
// mom", "X, whose dad") and a health event or care told in the post is a
// patient's story (PRIV-10 block): everyone who knows the staff member
// knows whose hip it was. The same relative with no health news, and the
// staff member giving care, keep their verdicts.
func TestStaffRelativeAsPatient(t *testing.T) {
	checkFamilyCasesFor(t, staffKinProfile(), []familyCase{
		{text: "Our own Summer's dad got his new knee on Monday, so send him some love!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Summer's grandma is home from the hospital and already asking for her crossword 🧩", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Cheers to our own Sunny, whose mother finished her last round of radiation this week!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Deng's little brother had his tonsils out yesterday and is living on popsicles.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dawn's husband had his gallbladder removed Thursday; thanks to everyone covering her shifts.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: a staff member's relative with no health news,
		// and a staff member at work.
		{text: "Summer's mom brought cookies for the whole office today 🍪", want: post.VerdictPass},
		{text: "Our own Sunny, whose dad coaches the Little League team, is running the raffle table Saturday.", want: post.VerdictPass},
		{text: "Summer gave 40 flu shots at the health fair this morning!", want: post.VerdictPass},
	})
}

// TestStaffRelativeByWhose: "X, whose mom ..." right after a staff
// member's name is their relative; "whose" after anyone else is not.
func TestStaffRelativeByWhose(t *testing.T) {
	checkFamilyCasesFor(t, staffKinProfile(), []familyCase{
		{text: "Cheers to our own Summer, whose dad just finished six weeks of chemo!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hugs to Dawn, whose husband is finally home after his heart surgery 💙", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Felicidades a nuestra Sunny, whose mamá got her new hip last week!", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses.
		{text: "Cheers to our own Summer, whose dad coaches the Little League team!", want: post.VerdictPass},
		{text: "Dawn, whose husband built our new bookshelves, says thank you for the card.", want: post.VerdictPass},
	})
}

// TestStaffRelativeBodyPartDone: "had her hip done", "got his knee done"
// tell an operation in passing; "got her nails done" is grooming.
func TestStaffRelativeBodyPartDone(t *testing.T) {
	checkFamilyCasesFor(t, staffKinProfile(), []familyCase{
		{text: "Our own Summer's mom had her hip done Tuesday, so the card on the front counter is for her!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Deng's father got his knee done last month and is already back on the golf course ⛳", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Summer's grandpa finally had his shoulder done — wish him luck with PT!", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: grooming, and work done.
		{text: "Summer's mom got her nails done for the wedding and they match the flowers 💅", want: post.VerdictPass},
		{text: "Summer's dad had his hair done for the reunion photo.", want: post.VerdictPass},
		{text: "Dawn's husband got the fence done before the snow, so thank him when you park!", want: post.VerdictPass},
	})
}

// TestStaffRelativePetKin: pet and regional kin words ("his grandmama",
// "her momma", "his granny") after a staff member's name are one
// relative, like "his grandma".
func TestStaffRelativePetKin(t *testing.T) {
	checkFamilyCasesFor(t, staffKinProfile(), []familyCase{
		{text: "Kevin at the front desk says his grandmama's cataract surgery went perfectly and she can read the hymnal again!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah Lopez is out today: her momma is in the hospital with pneumonia. Send good thoughts 💛", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin says his granny had her knee replaced on Friday and is already bossing the nurses around.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: no health news, and a flu shot modelled.
		{text: "Kevin's granny baked three pies for our staff potluck 🥧", want: post.VerdictPass},
		{text: "Kevin brought his granny to the office party and she won the raffle!", want: post.VerdictPass},
	})
}

// TestStaffRelativeAtVisit: a staff member's relative at their own visit
// ("in for her annual physical") is a patient, with no illness named; the
// relative visiting the office for anything else is not.
func TestStaffRelativeAtVisit(t *testing.T) {
	checkFamilyCasesFor(t, staffKinProfile(), []familyCase{
		{text: "Summer's mom stopped in this morning for her yearly physical and brought the front desk donuts 🍩", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Deng's father came by for his six month cleaning and told us all her baby stories.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin's dad was here for his annual wellness visit and asked for the Wi-Fi password again.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: the relative visits the office, not for care.
		{text: "Summer's mom stopped in this morning with donuts for the front desk 🍩", want: post.VerdictPass},
		{text: "Kevin's dad came by to fix the sign out front. Thank you!", want: post.VerdictPass},
	})
}

// TestStaffRelativeAtVisitLinear: each staff member's relative reads its
// own sentence once; a long sentence of relatives and visits grows
// linearly.
func TestStaffRelativeAtVisitLinear(t *testing.T) {
	c, err := New(staffKinProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Summer's mom and Kevin's dad came with her and his annual ")
}

// TestStaffRoleRelative: a relative of one of the practice's own told by
// role after "the" ("the night nurse's son", "the receptionist's
// husband") with health news blocks like "our receptionist's husband";
// with no health news, or a staff member's advice, it passes.
func TestStaffRoleRelative(t *testing.T) {
	checkFamilyCasesFor(t, staffKinProfile(), []familyCase{
		{text: "The night nurse's daughter fractured her wrist at cheer practice, so she's on light duty this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The receptionist's husband finally had his knee replaced — he says hi from the recliner!", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses.
		{text: "The night nurse's daughter baked the cupcakes for our open house 🧁", want: post.VerdictPass},
		{text: "Ask the receptionist's advice about parking before your appointment.", want: post.VerdictPass},
	})
}

// TestStaffRelativeBodyPartCameOut: "his appendix came out" tells an
// operation; a child's tooth coming out does not.
func TestStaffRelativeBodyPartCameOut(t *testing.T) {
	checkFamilyCasesFor(t, staffKinProfile(), []familyCase{
		{text: "Summer's husband is resting at home now that his gallbladder came out Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Summer's son lost a tooth at lunch today: his front tooth came out in an apple! 🍎", want: post.VerdictPass},
	})
}
