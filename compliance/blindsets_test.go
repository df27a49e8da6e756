package compliance

import (
	"testing"
	"time"
)

// The third, fourth and fifth blind sets were each written by a helper that
// read no rules, no code and no other set, from the same category brief:
//   - testdata/blind3 (19:40 UTC on 2026-12-04, while the rules were tuned on
//     dev2-dev4): an eye, ear and allergy practice in Michigan's Upper
//     Peninsula, in three staff voices;
//   - testdata/blind4 (21:10 UTC on 2026-12-04, before that evening's tuning
//     on dev5 and dev6): a Downeast Maine urgent care, orthopedics, infusion
//     and pharmacy practice, in four voices;
//   - testdata/blind5 (00:00 UTC on 2026-12-05, before that night's tuning
//     on dev5-dev8): a Twin Cities pediatrics, women's health, geriatrics,
//     podiatry and ENT group with a pharmacy, in four voices.
//
// Like the other blind sets they are never tuned on: these tests print
// aggregate figures only and never a per-item verdict. Floors sit just
// under the figures at the end of a session's tuning; issue 11's targets
// are recall 0.97, 0 blocks passed, clean 0.93, block precision 0.90.

func TestBlind3(t *testing.T) {
	// On d234405 (before the session that wrote it) 0.722/22/0.874/0.825;
	// at 20:00 on main bb8312c 0.753/20/0.921/0.911; at 22:50 on main
	// ad8fe7a, after tuning on dev2-dev6 only, 0.866/9/0.921/0.911; on
	// 2026-12-05 at 01:45 on main 5d093b7, after tuning on dev2-dev8
	// only, 0.876/8/0.934/0.925; at 04:50 on main c6873a1, after tuning
	// on dev2-dev12 and adding PRIV-16: 0.928/5/0.934/0.928.
	// At 07:50 on 2026-12-05 (main c6a6b74), after tuning on dev2-dev16 and PRIV-16 reading no rule findings: 0.928/5/0.940/0.928 (floors one post under).
	// At 10:30 on 2026-12-05 (main 225ad16), after tuning on dev2-dev18: 0.928/5/0.947/0.928 (floors one post under, never lowered).
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.928/5/0.947/0.928 (floors one post under, never lowered).
	// At 16:12 on 2026-12-05 (main 8666985): 0.959/3/0.947/0.928 (floors one post under, never lowered).
	// At 23:20 on 2026-12-05 (main 06fb091): 0.959/3/0.954/0.929 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.959/3/0.954/0.930 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 0.959/3/0.954/0.930 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.959/3/0.954/0.930 (floors one post under, never lowered).
	// At 01:48 on 2026-12-07 (session 21's end, PRIV-16 retrained on 128 sets): 0.959/3/0.967/0.931 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind3", blindFigures{privacyRecall: 0.94, blockedAsPass: 4, cleanPassing: 0.96, blockPrecision: 0.92})
}

func TestBlind4(t *testing.T) {
	// First measured on main c13ada9, before any rule changed after it was
	// written: 0.802/12/0.935/0.855; at 22:50 on main ad8fe7a, after
	// tuning on dev2-dev6 only, 0.822/10/0.935/0.865; on 2026-12-05 at
	// 01:45 on main 5d093b7, after tuning on dev2-dev8 only,
	// 0.822/10/0.948/0.895; at 04:50 on main c6873a1, after tuning on
	// dev2-dev12 and adding PRIV-16: 0.851/8/0.948/0.899.
	// At 07:50 on 2026-12-05 (main c6a6b74), after tuning on dev2-dev16 and PRIV-16 reading no rule findings: 0.881/6/0.948/0.898 (floors one post under).
	// At 10:30 on 2026-12-05 (main 225ad16), after tuning on dev2-dev18: 0.881/6/0.948/0.898 (floors one post under, never lowered).
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.901/4/0.948/0.899 (floors one post under, never lowered).
	// At 16:12 on 2026-12-05 (main 8666985): 0.921/3/0.948/0.899 (floors one post under, never lowered).
	// At 23:20 on 2026-12-05 (main 06fb091): 0.931/3/0.942/0.899 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.941/2/0.942/0.899 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 0.941/2/0.942/0.899 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.941/2/0.948/0.900 (floors one post under, never lowered).
	// At 08:25 on 2026-12-06 (main 45811d2): 0.931/3/0.942/0.910, the loss
	// from a PRIV-16 retrain. At 09:50, PRIV-16 retrained on five more
	// sets (dev78-dev82): 0.921/3/0.942/0.910, one privacy post labelled
	// review now passes. The recall floor is the one floor ever lowered,
	// by that one post, because the retrain is chosen on dev sets alone
	// and over blind1-22 it catches one block more (blind13), passes two
	// clean posts more and one less; on the held-out dev83 and dev84 it
	// moves nothing. Rule changes never lower a floor.
	// 2026-12-07 15:55 (session 26's end): PRIV-16 retrained on 160 sets
	// with learn26's care words shipped by the retrain gate adopted before
	// it was measured (blind blocks passed 42 -> 34, mean clean passing
	// 0.9416 -> 0.9410); it flags one more clean post here, so this set's
	// clean floor was set one post under the retrain's figure (0.935; the
	// floor 0.94 -> 0.92), the only way a floor goes down (docs/COMPLIANCE.md,
	// "The learned backstop").
	testBlindSet(t, "testdata/blind4", blindFigures{privacyRecall: 0.92, blockedAsPass: 3, cleanPassing: 0.92, blockPrecision: 0.90})
}

func TestBlind5(t *testing.T) {
	// First measured on main a33efe4, before any rule changed after it was
	// written: 0.866/5/0.882/0.846; at 01:45 on main 5d093b7, after
	// tuning on dev2-dev8 only: 0.866/5/0.889/0.839 (one more clean post
	// passes, one more post not labelled block is blocked); at 04:50 on
	// main c6873a1, after tuning on dev2-dev12 and adding PRIV-16:
	// 0.907/4/0.896/0.848.
	// At 07:50 on 2026-12-05 (main c6a6b74), after tuning on dev2-dev16 and PRIV-16 reading no rule findings: 0.938/3/0.924/0.849 (floors one post under).
	// At 10:30 on 2026-12-05 (main 225ad16), after tuning on dev2-dev18: 0.938/3/0.924/0.868 (floors one post under, never lowered).
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.938/3/0.931/0.868 (floors one post under, never lowered).
	// At 16:12 on 2026-12-05 (main 8666985): 0.948/2/0.924/0.868 (floors one post under, never lowered).
	// At 23:20 on 2026-12-05 (main 06fb091): 0.969/1/0.924/0.878 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.969/1/0.924/0.878 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 0.969/1/0.931/0.878 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.969/1/0.938/0.880 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind5", blindFigures{privacyRecall: 0.95, blockedAsPass: 2, cleanPassing: 0.93, blockPrecision: 0.89})
}

// TestBlind6 is a sixth blind set, written at 03:05 on 2026-12-05 by a
// helper that read no rules, no code and no other set, before that
// session's tuning: an Appalachian family medicine, OB, pulmonary,
// addiction medicine and mobile dental group in eastern Kentucky and
// southern West Virginia, in five voices. Never tuned on.
func TestBlind6(t *testing.T) {
	// First measured on the rules of 841447b, before any rule changed
	// after it was written: 0.916/8/0.877/0.854; at 04:50 on main
	// c6873a1, after tuning on dev2-dev12 and adding PRIV-16:
	// 0.926/7/0.877/0.864.
	// At 07:50 on 2026-12-05 (main c6a6b74), after tuning on dev2-dev16 and PRIV-16 reading no rule findings: 0.958/4/0.890/0.866 (floors one post under).
	// At 10:30 on 2026-12-05 (main 225ad16), after tuning on dev2-dev18: 0.979/2/0.890/0.874 (floors one post under, never lowered).
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.979/2/0.897/0.885 (floors one post under, never lowered).
	// At 16:12 on 2026-12-05 (main 8666985): 0.989/1/0.897/0.889 (floors one post under, never lowered).
	// At 23:20 on 2026-12-05 (main 06fb091): 1.000/0/0.897/0.909 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 1.000/0/0.897/0.909 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 1.000/0/0.897/0.909 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 1.000/0/0.897/0.909 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind6", blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.89, blockPrecision: 0.90})
}

// TestBlind7 is a seventh blind set, written at 06:35-06:41 on 2026-12-05
// by a helper that read no rules, no code and no other set, while that
// session's tuning went on: a California Central Valley and Sierra
// foothills group (Fresno, Visalia, Merced; Punjabi Sikh, Hmong, Mixtec,
// Armenian and ranch families; a farmworker mobile clinic, dialysis,
// pediatrics and OB, cardiology, a foothill urgent care), in five voices.
// Never tuned on.
func TestBlind7(t *testing.T) {
	// On the rules of bc978b8 (the session's start, before any rule
	// changed after it was written): 0.907/7/0.878/0.830; at the end of
	// the session, main c6a6b74: 0.928/6/0.898/0.851 (floors one post under).
	// At 10:30 on 2026-12-05 (main 225ad16), after tuning on dev2-dev18: 0.928/6/0.898/0.862 (floors one post under, never lowered).
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.938/5/0.905/0.882 (floors one post under, never lowered).
	// At 16:12 on 2026-12-05 (main 8666985): 0.979/2/0.898/0.883 (floors one post under, never lowered).
	// At 23:20 on 2026-12-05 (main 06fb091): 1.000/0/0.905/0.903 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 1.000/0/0.905/0.913 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 1.000/0/0.912/0.913 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 1.000/0/0.912/0.913 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind7", blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.92, blockPrecision: 0.91})
}

// TestBlind8 is an eighth blind set, written at 08:37-08:43 on 2026-12-05
// by a helper that read no rules, no code and no other set, before that
// session's tuning: a Dearborn, Hamtramck and southwest Detroit group
// (family medicine and pediatrics, women's health, dental, a pharmacy
// partner; Arab-American, Bangladeshi, Polish, Ukrainian, Albanian,
// Mexican-American and Black Detroit families), in six voices. dev7 is
// from the same region, so this set is blind to its items, not to its
// region. Never tuned on.
func TestBlind8(t *testing.T) {
	// On the rules of 5ec510c (the session's start, before any rule
	// changed after it was written): 0.926/5/0.931/0.886.
	// At 10:30 on 2026-12-05 (main 225ad16), after tuning on dev2-dev18: 0.926/5/0.931/0.889 (floors one post under, never lowered).
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.937/4/0.931/0.880 (floors one post under, never lowered).
	// At 16:12 on 2026-12-05 (main 8666985): 0.958/2/0.931/0.882 (floors one post under, never lowered).
	// At 23:20 on 2026-12-05 (main 06fb091): 0.958/2/0.931/0.882 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.958/2/0.931/0.883 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 0.958/2/0.931/0.883 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.958/2/0.931/0.884 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind8", blindFigures{privacyRecall: 0.95, blockedAsPass: 2, cleanPassing: 0.93, blockPrecision: 0.89})
}

// TestBlind9 is a ninth blind set, written at 08:40-08:46 on 2026-12-05
// by a helper that read no rules, no code and no other set, before that
// session's tuning: a Salt Lake valley, Utah County and eastern Idaho
// group (pediatrics and OB, sports medicine, a refugee clinic, a rural
// clinic; LDS wards, Tongan, Samoan, Bosnian, Congolese, Burmese and
// Latino families), in six voices, from a region no set had. Never tuned
// on.
func TestBlind9(t *testing.T) {
	// On the rules of 5ec510c (the session's start, before any rule
	// changed after it was written): 0.949/5/0.924/0.864.
	// At 10:30 on 2026-12-05 (main 225ad16), after tuning on dev2-dev18: 0.960/4/0.931/0.875 (floors one post under, never lowered).
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.960/3/0.931/0.878 (floors one post under, never lowered).
	// At 16:12 on 2026-12-05 (main 8666985): 0.980/2/0.938/0.889 (floors one post under, never lowered).
	// At 23:20 on 2026-12-05 (main 06fb091): 0.980/2/0.944/0.889 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.980/2/0.944/0.889 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 0.980/2/0.944/0.889 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.980/2/0.944/0.899 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind9", blindFigures{privacyRecall: 0.96, blockedAsPass: 3, cleanPassing: 0.95, blockPrecision: 0.89})
}

// TestBlind10 is a tenth blind set, written at 08:44-08:48 on 2026-12-05
// by a helper that read no rules, no code and no other set, before that
// session's tuning: a southeastern Pennsylvania group (Lancaster County
// Amish and Mennonite families, Reading Puerto Rican and Dominican
// families, Harrisburg Bhutanese-Nepali and Syrian refugees, orthopedics,
// memory care), in six voices, from a region no set had. Never tuned on.
func TestBlind10(t *testing.T) {
	// On the rules of 5ec510c (the session's start, before any rule
	// changed after it was written): 0.916/5/0.892/0.853.
	// At 10:30 on 2026-12-05 (main 225ad16), after tuning on dev2-dev18: 0.937/4/0.912/0.871 (floors one post under, never lowered).
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.947/3/0.912/0.873 (floors one post under, never lowered).
	// At 16:12 on 2026-12-05 (main 8666985): 0.958/2/0.912/0.873 (floors one post under, never lowered).
	// At 23:20 on 2026-12-05 (main 06fb091): 0.968/1/0.905/0.881 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.968/1/0.905/0.881 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 0.968/1/0.905/0.881 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.968/1/0.912/0.883 (floors one post under, never lowered).
	// At 01:48 on 2026-12-07 (session 21's end, PRIV-16 retrained on 128 sets): 0.968/1/0.919/0.903 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind10", blindFigures{privacyRecall: 0.95, blockedAsPass: 2, cleanPassing: 0.91, blockPrecision: 0.89})
}

// testBlindSet scores the blind set in dir, logs its aggregates and checks
// them against floors (none when floors is zero).
func testBlindSet(t *testing.T, dir string, floors blindFigures) {
	prof, cases := loadLabelled(t, dir)
	if len(cases) < 300 {
		t.Errorf("%s has %d posts, want at least 300", dir, len(cases))
	}
	if len(prof.StaffNames) == 0 || len(prof.Phones) == 0 {
		t.Fatalf("%s/practice.json read no staff or phones: %+v", dir, prof)
	}
	// Aggregates only: never pass a per-item callback for a blind set.
	sc := scoreLabelled(t, prof, cases, time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC), nil)
	t.Logf("%s: %d posts", dir, len(cases))
	sc.log(t)
	sc.logFamilies(t)
	if floors == (blindFigures{}) {
		t.Logf("%s: no floors set yet", dir)
		return
	}
	checkBlindFloors(t, sc.fig, floors)
}

// checkBlindFloors fails the test where a blind set's figures fell below
// their floors: a change that loses ground on unseen text.
func checkBlindFloors(t *testing.T, fig, floors blindFigures) {
	t.Helper()
	if fig.privacyRecall < floors.privacyRecall {
		t.Errorf("privacy recall %.3f fell below the floor %.2f", fig.privacyRecall, floors.privacyRecall)
	}
	if fig.blockedAsPass > floors.blockedAsPass {
		t.Errorf("%d privacy/reply posts labelled block got pass, the floor allows %d", fig.blockedAsPass, floors.blockedAsPass)
	}
	if fig.cleanPassing < floors.cleanPassing {
		t.Errorf("clean posts passing %.3f fell below the floor %.2f", fig.cleanPassing, floors.cleanPassing)
	}
	if fig.blockPrecision < floors.blockPrecision {
		t.Errorf("block precision %.3f fell below the floor %.2f", fig.blockPrecision, floors.blockPrecision)
	}
}

// TestBlind11 is an eleventh blind set, written at 11:36-11:39 on
// 2026-12-05 by a helper that read no rules, no code and no other set,
// before that session's tuning: a western and southern Puerto Rico group
// (Mayagüez family practice, Ponce pediatrics and women's health, a
// mountain dialysis and diabetes clinic, sports medicine for baseball and
// volleyball leagues, home visits after hurricanes), mostly in Puerto
// Rican Spanish and Spanglish, from a region no set had. Never tuned on.
func TestBlind11(t *testing.T) {
	// On the rules of 00d7f0a (the session's start, before any rule
	// changed after it was written): 0.939/5/0.859/0.842. Floors one
	// post under, never lowered.
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.929/6/0.880/0.850 (floors one post under, never lowered).
	// 15:45 on 2026-12-05: PRIV-16 may now cost one clean post in a
	// hundred (maxCleanAvg 0.01, chosen by cross-validation over the 46
	// training sets: 32 -> 15 blocks passed for clean 0.957 -> 0.949).
	// This set's clean-passing floor was lowered for that trade, 0.901 -> 0.866 (123/142); no
	// other floor was lowered.
	// At 16:12 on 2026-12-05 (main 8666985): 0.949/5/0.866/0.873 (floors one post under; the clean floor was lowered at 15:45, above, and no other).
	// At 23:20 on 2026-12-05 (main 06fb091): 0.949/5/0.866/0.875 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.959/4/0.894/0.878 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 0.959/4/0.894/0.878 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.959/4/0.894/0.882 (floors one post under, never lowered).
	// 2026-12-07 15:55 (session 26's end): PRIV-16 retrained on 160 sets
	// with learn26's care words shipped by the retrain gate adopted before
	// it was measured (blind blocks passed 42 -> 34, mean clean passing
	// 0.9416 -> 0.9410); it flags one more clean post here, so this set's
	// clean floor was set one post under the retrain's figure (0.894; the
	// floor 0.90 -> 0.88), the only way a floor goes down (docs/COMPLIANCE.md,
	// "The learned backstop").
	testBlindSet(t, "testdata/blind11", blindFigures{privacyRecall: 0.95, blockedAsPass: 4, cleanPassing: 0.89, blockPrecision: 0.89})
}

// TestBlind12 is a twelfth blind set, written at 11:36-11:40 on
// 2026-12-05 by a helper that read no rules, no code and no other set,
// before that session's tuning: a Mississippi Delta rural health network
// (Clarksdale FQHC, Greenville cardiology, a small university's student
// health, a mobile mammography van at churches, a catfish-plant
// occupational clinic; church titles, Chinese- and Lebanese-Mississippian
// families, Mexican and Guatemalan plant workers), from a region no set
// had. Never tuned on.
func TestBlind12(t *testing.T) {
	// On the rules of 00d7f0a (the session's start, before any rule
	// changed after it was written): 0.989/1/0.865/0.859. Floors one
	// post under, never lowered.
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.989/1/0.892/0.880 (floors one post under, never lowered).
	// At 16:12 on 2026-12-05 (main 8666985): 1.000/0/0.885/0.882 (floors one post under, never lowered).
	// At 23:20 on 2026-12-05 (main 06fb091): 1.000/0/0.885/0.882 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 1.000/0/0.892/0.882 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 1.000/0/0.892/0.882 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 1.000/0/0.899/0.884 (floors one post under, never lowered).
	// At 07:30 on 2026-12-07 (session 23's end, PRIV-16 retrained on 140 sets): 1.000/0/0.905/0.897 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind12", blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.89, blockPrecision: 0.88})
}

// TestBlind13 is a thirteenth blind set, written at 11:54-12:03 on
// 2026-12-05 by a helper that read no rules, no code and no other set's
// items, after that session's tuning had begun but measured on its start
// rules: meatpacking and farm towns of Nebraska and Iowa (Somali,
// Sudanese, Guatemalan K'iche', Lao, Micronesian and Mexican families, a
// packing-plant occupational clinic, high-school and college athletes),
// from a region no set had. Never tuned on.
func TestBlind13(t *testing.T) {
	// On the rules of 00d7f0a (the session's start, before any rule
	// changed): 0.939/5/0.923/0.860. Floors one post under, never lowered.
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.959/3/0.923/0.862 (floors one post under, never lowered).
	// At 16:12 on 2026-12-05 (main 8666985): 0.980/1/0.930/0.865 (floors one post under, never lowered).
	// At 23:20 on 2026-12-05 (main 06fb091): 0.980/1/0.930/0.865 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.980/1/0.930/0.883 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 0.980/1/0.930/0.883 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.969/2/0.930/0.884 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind13", blindFigures{privacyRecall: 0.96, blockedAsPass: 2, cleanPassing: 0.92, blockPrecision: 0.88})
}

// TestBlind14 is a fourteenth blind set, written at 11:54-12:03 on
// 2026-12-05 the same way: northwest Arkansas and the Ozarks (a Springdale
// clinic for Marshallese families, corporate wellness for retail
// headquarters staff, university sports medicine, a rural Ozark family
// practice, women's health), from a region no set had. Never tuned on.
func TestBlind14(t *testing.T) {
	// On the rules of 00d7f0a (the session's start, before any rule
	// changed): 0.947/4/0.932/0.881. Floors one post under, never lowered.
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27: 0.968/2/0.939/0.894 (floors one post under, never lowered).
	// 15:45 on 2026-12-05: PRIV-16 may now cost one clean post in a
	// hundred (maxCleanAvg 0.01, chosen by cross-validation over the 46
	// training sets: 32 -> 15 blocks passed for clean 0.957 -> 0.949).
	// This set's clean-passing floor was lowered for that trade, 0.939 -> 0.918 (135/147); no
	// other floor was lowered.
	// At 16:12 on 2026-12-05 (main 8666985): 0.989/0/0.918/0.895 (floors one post under; the clean floor was lowered at 15:45, above, and no other).
	// At 23:20 on 2026-12-05 (main 06fb091): 0.989/0/0.939/0.897 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.979/1/0.932/0.897 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 0.979/1/0.932/0.897 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.979/1/0.932/0.898 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind14", blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.94, blockPrecision: 0.89})
}

// TestBlind15 is a fifteenth blind set, written at 14:14-14:18 on
// 2026-12-05 by a writer who read no rules: Acadiana, Louisiana (offshore
// oil-and-gas workers, Cajun and Creole French speakers, Vietnamese
// shrimping families, Mardi Gras and hurricane season), from a region no
// set had. Never tuned on.
func TestBlind15(t *testing.T) {
	// On the rules of 29c484e (the session's start, before any rule
	// changed): 0.989/1/0.904/0.915. Floors one post under, never lowered.
	// At 16:12 on 2026-12-05 (main 8666985): 1.000/0/0.945/0.926 (floors one post under, never lowered).
	// At 23:20 on 2026-12-05 (main 06fb091): 1.000/0/0.945/0.946 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 1.000/0/0.945/0.947 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 1.000/0/0.945/0.947 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 1.000/0/0.952/0.957 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind15", blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.94, blockPrecision: 0.94})
}

// TestBlind16 is a sixteenth blind set, written at 14:14-14:20 on
// 2026-12-05 the same way: Atlanta's eastern suburbs (a Clarkston,
// Stone Mountain and Decatur refugee-serving practice: Bhutanese-Nepali,
// Congolese, Afghan, Rohingya, Eritrean and Somali families; a school
// clinic), from a region no set had. Never tuned on.
func TestBlind16(t *testing.T) {
	// On the rules of 29c484e (the session's start, before any rule
	// changed): 0.969/3/0.951/0.875. Floors one post under, never lowered.
	// 15:45 on 2026-12-05: PRIV-16 may now cost one clean post in a
	// hundred (maxCleanAvg 0.01, chosen by cross-validation over the 46
	// training sets: 32 -> 15 blocks passed for clean 0.957 -> 0.949).
	// This set's clean-passing floor was lowered for that trade, 0.958 -> 0.938 (135/144); no
	// other floor was lowered.
	// At 16:12 on 2026-12-05 (main 8666985): 1.000/0/0.938/0.878 (floors one post under; the clean floor was lowered at 15:45, above, and no other).
	// At 23:20 on 2026-12-05 (main 06fb091): 1.000/0/0.951/0.879 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 1.000/0/0.958/0.888 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 1.000/0/0.958/0.888 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 1.000/0/0.965/0.890 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind16", blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.92})
}

// TestBlind17 and TestBlind18 were written at 21:25-21:35 on 2026-12-05 by
// helpers that read no rules, no code and no other set, at the start of
// that evening's session: a West Side San Antonio, Seguin and
// Fredericksburg family practice (Tejano families, Hill Country German
// towns, Joint Base San Antonio), and a Yakima Valley community health
// centre (orchard and hop workers, Mixteco-speaking families, Yakama
// Nation neighbours, a labor-camp van). Never tuned on.
func TestBlind17(t *testing.T) {
	// First measured on the rules of 3a0bd0c (the session's start), before
	// any rule changed after it was written: 0.980/0/0.902/0.899.
	// At 23:20 on 2026-12-05 (main 06fb091): 0.980/0/0.919/0.908 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.980/0/0.919/0.918 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 0.980/0/0.919/0.918 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.980/0/0.927/0.920 (floors one post under, never lowered).
	// At 01:48 on 2026-12-07 (session 21's end, PRIV-16 retrained on 128 sets): 0.980/0/0.935/0.931 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind17", blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.92, blockPrecision: 0.92})
}

func TestBlind18(t *testing.T) {
	// First measured on the rules of 3a0bd0c (the session's start), before
	// any rule changed after it was written: 0.971/2/0.913/0.912.
	// At 23:20 on 2026-12-05 (main 06fb091): 0.980/1/0.937/0.922 (floors one post under, never lowered).
	// At 02:20 on 2026-12-06 (main 07d3298): 0.980/1/0.937/0.933 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 0.980/1/0.937/0.933 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.980/1/0.937/0.933 (floors one post under, never lowered).
	// At 07:30 on 2026-12-07 (session 23's end, PRIV-16 retrained on 140 sets): 0.980/1/0.960/0.937 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind18", blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.92})
}

// TestBlind19 was written at 00:24-00:50 on 2026-12-06 by a helper that
// read no rules, no code and no other set: a Fargo, Moorhead and Dilworth
// family practice (Bhutanese-Nepali, Somali, Kurdish and South Sudanese
// families, Lutheran farm families, sugar-beet crews, NDSU students, White
// Earth and Red Lake neighbours). Aggregates only; never read its items.
func TestBlind19(t *testing.T) {
	// First measured on the rules of 9c90b43 (the session's start), before
	// any rule changed after it was written: 0.941/2/0.870/0.807.
	// At 02:20 on 2026-12-06 (main 07d3298): 0.941/2/0.870/0.807 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 0.941/2/0.870/0.807 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 0.941/2/0.870/0.816 (floors one post under, never lowered).
	// At 01:48 on 2026-12-07 (session 21's end, PRIV-16 retrained on 128 sets): 0.971/0/0.894/0.831 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind19", blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.88, blockPrecision: 0.82})
}

// TestBlind20 was written at 01:10-01:35 on 2026-12-06 by a helper that
// read no rules, no code and no other set: a Shreveport, Bossier City and
// Marshall (Texas) family practice (Barksdale airmen, casino and shale
// workers, Black Baptist congregations, Caddo Lake families, Vietnamese
// salon owners, Creole relatives). Aggregates only; never read its items.
func TestBlind20(t *testing.T) {
	// First measured on the rules of 9c90b43 (the session's start), before
	// any rule changed after it was written: 1.000/0/0.935/0.926.
	// At 02:20 on 2026-12-06 (main 07d3298): 1.000/0/0.935/0.926 (floors one post under, never lowered).
	// At 02:45 on 2026-12-06 (main cb64040): 1.000/0/0.935/0.926 (floors one post under, never lowered).
	// At 05:30 on 2026-12-06 (main f15aa40): 1.000/0/0.935/0.938 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind20", blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.93, blockPrecision: 0.94})
}

// TestBlind21 was written at 03:22-03:35 on 2026-12-06 by a helper that
// read no rules, no code and no other set: a Willmar and St. Cloud,
// Minnesota family practice (Somali and Karen families at the turkey and
// poultry plants, Latino dairy workers, Lutheran farm families, SCSU
// students, lake towns). Aggregates only; never read its items.
func TestBlind21(t *testing.T) {
	// First measured on the rules of 73f1a7e (the session's start), before
	// any rule changed after it was written: 0.990/1/0.927/0.904.
	// At 05:30 on 2026-12-06 (main f15aa40): 0.990/1/0.935/0.905 (floors one post under, never lowered).
	// At 07:30 on 2026-12-07 (session 23's end, PRIV-16 retrained on 140 sets): 0.990/1/0.935/0.925 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind21", blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.93, blockPrecision: 0.91})
}

// TestBlind22 is a set written on 2026-12-06 for Garden City and Dodge City,
// Kansas (beef-packing plant workers; Somali, Karen, Chin, Vietnamese,
// Mexican and Guatemalan families; wheat and feedlot families). Aggregates
// only; never read its items.
func TestBlind22(t *testing.T) {
	// First measured on the rules of ed4bf2e (the session's start), before
	// any rule changed after it was written: 0.970/2/0.950/0.840.
	// At 08:25 on 2026-12-06 (main 45811d2, the session's end rules):
	// 0.970/2/0.950/0.865; floors one post under, never lowered.
	// At 01:48 on 2026-12-07 (session 21's end, PRIV-16 retrained on 128 sets): 0.970/2/0.992/0.855 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind22", blindFigures{privacyRecall: 0.96, blockedAsPass: 3, cleanPassing: 0.98, blockPrecision: 0.85})
}

// TestBlind23 is a set written on 2026-12-06 for the Tri-Cities, Washington
// (Kennewick, Pasco and Richland: Hanford engineers and retirees, Mexican
// and Salvadoran orchard and vineyard workers, Ukrainian and Russian
// Pentecostal families). Aggregates only; never read its items.
func TestBlind23(t *testing.T) {
	// First measured on the rules of ca448d1 (the session's start), before
	// any rule changed after it was written: 0.990/1/0.917/0.909. Floors one
	// post under; raised at the session's end, never lowered.
	testBlindSet(t, "testdata/blind23", blindFigures{privacyRecall: 0.98, blockedAsPass: 2, cleanPassing: 0.93, blockPrecision: 0.93})
}

// TestBlind24 is a set written on 2026-12-06 for Worthington and Windom,
// Minnesota (Karen and Karenni refugees from Burma, Oromo and Somali
// families, Guatemalan and Salvadoran meatpacking-plant workers, Lao
// families, corn and hog farmers). Aggregates only; never read its items.
func TestBlind24(t *testing.T) {
	// First measured on the rules of bb80433 (the session's start), before
	// any rule changed after it was written: 0.890/5/0.975/0.873. Floors one
	// post under; raised at the session's end, never lowered.
	testBlindSet(t, "testdata/blind24", blindFigures{privacyRecall: 0.90, blockedAsPass: 4, cleanPassing: 0.96, blockPrecision: 0.86})
}

// TestBlind25 is a set written on 2026-12-06 for Garden Grove, Westminster
// and Anaheim's Little Arabia, California (Vietnamese and Korean families,
// Mexican and Salvadoran families, Arab American families from Syria,
// Lebanon, Yemen and Egypt, nail-salon and restaurant workers, Cal State
// Fullerton students). Aggregates only; never read its items.
func TestBlind25(t *testing.T) {
	// First measured on the rules of 57ae197 (the session's start), before
	// any rule changed after it was written: 0.960/4/0.959/0.942. Floors one
	// post under; raised at the session's end, never lowered.
	// At 01:48 on 2026-12-07 (session 21's end, PRIV-16 retrained on 128 sets): 0.960/4/0.975/0.942 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind25", blindFigures{privacyRecall: 0.97, blockedAsPass: 3, cleanPassing: 0.96, blockPrecision: 0.94})
}

// TestBlind26 is a set written on 2026-12-06 for Grand Island and
// Lexington, Nebraska (Guatemalan K'iche' and Q'anjob'al, Mexican,
// Salvadoran, Somali, South Sudanese and Karen families, meatpacking-plant
// shift workers, ranch and farm families) by a writer who read no rules.
// Aggregates only; never read its items.
func TestBlind26(t *testing.T) {
	// First measured on the rules of def5073 (session 19's start), before
	// any rule changed after it was written: 0.930/4/0.959/0.900. Floors one
	// post under; raised at the session's end, never lowered.
	testBlindSet(t, "testdata/blind26", blindFigures{privacyRecall: 0.95, blockedAsPass: 3, cleanPassing: 0.95, blockPrecision: 0.90})
}

// TestBlind27 is a set written on 2026-12-06 for Wausau, Marathon County
// and Stevens Point, Wisconsin (Hmong and Lao families, German-American
// dairy and ginseng farmers, paper-mill and factory shift workers,
// Lutheran and Catholic parishes) by a writer who read no rules.
// Aggregates only; never read its items.
func TestBlind27(t *testing.T) {
	// First measured on the rules of 35a8e65 (session 20's start), before
	// any rule changed after it was written: 0.970/2/0.967/0.914. Floors one
	// post under; raised at the session's end, never lowered.
	// At 07:30 on 2026-12-07 (session 23's end, PRIV-16 retrained on 140 sets): 0.970/2/0.967/0.923 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind27", blindFigures{privacyRecall: 0.96, blockedAsPass: 3, cleanPassing: 0.95, blockPrecision: 0.91})
}

// TestBlind28 is a twenty-eighth blind set, written at 23:13-23:15 on
// 2026-12-06 by a helper that read no rules, no code and no other set,
// before that session's tuning: a Hartford, East Hartford and New Britain,
// Connecticut practice (Puerto Rican, Jamaican and West Indian, Bosnian,
// Polish, Peruvian and Afghan families, insurance and aerospace workers,
// students), from a region no set had. Aggregates only; never read its
// items. Never tuned on.
func TestBlind28(t *testing.T) {
	// First measured on the rules of c477d49 (session 21's start), before
	// any rule changed after it was written: 0.970/3/0.975/0.952. Floors one
	// post under; raised at the session's end, never lowered.
	// At 01:48 on 2026-12-07 (session 21's end, PRIV-16 retrained on 128 sets): 0.970/3/0.975/0.961 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind28", blindFigures{privacyRecall: 0.97, blockedAsPass: 3, cleanPassing: 0.96, blockPrecision: 0.95})
}

// TestBlind29 is a twenty-ninth blind set, written at 03:00-03:05 on
// 2026-12-07 by a helper that read no rules, no code and no other set,
// before that session's tuning: a Scranton, Wilkes-Barre and West
// Hazleton, Pennsylvania practice (Irish, Italian, Polish and Slovak
// families, Dominican and Puerto Rican newcomers, Bhutanese-Nepali
// families, warehouse workers, students, retired miners), from a region no
// blind set had. Aggregates only; never read its items. Never tuned on.
func TestBlind29(t *testing.T) {
	// First measured on the rules of dddaf9e (session 22's start), before
	// any rule changed after it was written: 1.000/0/0.983/0.978. Floors one
	// post under; raised at the session's end, never lowered.
	testBlindSet(t, "testdata/blind29", blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.96})
}

// TestBlind30 is a thirtieth blind set, written at 05:34-05:37 on
// 2026-12-07 by a helper that read no rules, no code and no other set,
// before that session's tuning: an Allentown and Bethlehem, Pennsylvania
// practice (Puerto Rican and Dominican families, Syrian and Lebanese
// families of the Sixth Ward, Lehigh and Moravian students, retired
// Bethlehem Steel workers, warehouse workers), from a region no blind set
// had. Aggregates only; never read its items. Never tuned on.
func TestBlind30(t *testing.T) {
	// First measured on the rules of 5d45093 (session 23's start), before
	// any rule changed after it was written: 0.990/0/0.942/0.971. Floors one
	// post under; raised at the session's end, never lowered.
	// At 07:30 on 2026-12-07 (session 23's end, PRIV-16 retrained on 140 sets): 0.990/0/0.942/0.981 (floors one post under, never lowered).
	testBlindSet(t, "testdata/blind30", blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.93, blockPrecision: 0.97})
}

// TestBlind31 is a thirty-first blind set, written at 08:22-08:27 on
// 2026-12-07 by a helper that read no rules, no code and no other set,
// before that session's tuning: a Jackson and Ridgeland, Mississippi
// practice (Black church families of west Jackson, Jackson State and
// Millsaps students, state and hospital workers, Vietnamese and Choctaw
// families, poultry and catfish plant workers), from a region no blind
// set had. Aggregates only; never read its items. Never tuned on.
func TestBlind31(t *testing.T) {
	// First measured on the rules of 60676a0 (session 24's start), before
	// any rule changed after it was written: 1.000/0/0.901/0.980. Floors one
	// post under; raised at the session's end, never lowered.
	testBlindSet(t, "testdata/blind31", blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.89, blockPrecision: 0.98})
}

// TestBlind32 is a thirty-second blind set, written at 11:08-11:20 on
// 2026-12-07 by a helper that read no rules, no code and no other set,
// before that session's tuning: a Greenville and Spartanburg, South
// Carolina practice (offices on Augusta Street, Woodruff Road and East
// Main Street; Spanish, Vietnamese, Ukrainian, German, Korean and Hindi
// lines), from a region no blind set had. Aggregates only; never read its
// items. Never tuned on.
func TestBlind32(t *testing.T) {
	// First measured on the rules of 1d652e2 (session 25's start), before
	// any rule changed after it was written: 0.961/3/0.956/0.957. Floors one
	// post under; raised at the session's end, never lowered.
	testBlindSet(t, "testdata/blind32", blindFigures{privacyRecall: 0.97, blockedAsPass: 2, cleanPassing: 0.94, blockPrecision: 0.94})
}

// TestBlind33 is a thirty-third blind set, written at 14:15-14:25 on
// 2026-12-07 by a helper that read no rules, no code and no other set,
// before that session's tuning: a Chattanooga, Tennessee and Dalton,
// Georgia practice (offices in Highland Park, Hixson and Dalton; Spanish
// and Vietnamese lines), from a region no blind set had. Aggregates only;
// never read its items. Never tuned on.
func TestBlind33(t *testing.T) {
	// First measured on the rules of 63bedf3 (session 26's start), before
	// any rule changed after it was written: 0.950/1/0.943/0.936. Floors one
	// post under; raised at the session's end, never lowered.
	testBlindSet(t, "testdata/blind33", blindFigures{privacyRecall: 0.95, blockedAsPass: 1, cleanPassing: 0.93, blockPrecision: 0.92})
}

// TestBlind34 is a thirty-fourth blind set, written at 17:12-17:30 on
// 2026-12-07 by a helper that read no rules, no code and no other set,
// before that session's tuning: a Lafayette, Louisiana practice (offices
// on Kaliste Saloom Road, Johnston Street and North Moss Street), from a
// region no blind set had. Aggregates only; never read its items. Never
// tuned on.
func TestBlind34(t *testing.T) {
	// First measured on the rules of ddec221 (session 27's start), before
	// any rule changed after it was written: 0.980/2/0.964/0.960. Floors one
	// post under; raised at the session's end, never lowered.
	testBlindSet(t, "testdata/blind34", blindFigures{privacyRecall: 0.97, blockedAsPass: 3, cleanPassing: 0.96, blockPrecision: 0.94})
}

// TestBlind35 is a thirty-fifth blind set, written at 20:35-20:42 on
// 2026-12-07 by a helper that read no rules, no code and no other set,
// before that session's tuning: a Springfield, Missouri practice (offices
// on East Battlefield Road, North Glenstone Avenue and West Sunshine
// Street), from a region no blind set had. Aggregates only; never read its
// items. Never tuned on.
func TestBlind35(t *testing.T) {
	// First measured on the rules of a3c061a (session 28's start), before
	// any rule changed after it was written: 0.981/1/0.919/0.938. Floors one
	// post under; raised at the session's end, never lowered.
	testBlindSet(t, "testdata/blind35", blindFigures{privacyRecall: 0.97, blockedAsPass: 2, cleanPassing: 0.91, blockPrecision: 0.92})
}

// TestBlind36 is a thirty-sixth blind set, written at 23:38-23:44 on
// 2026-12-07 by a helper that read no rules, no code and no other set,
// before that session's tuning: a Hattiesburg, Mississippi practice
// (offices on Hardy Street, US Highway 98 and in Petal), from a region no
// blind set had. Aggregates only; never read its items. Never tuned on.
func TestBlind36(t *testing.T) {
	// First measured on the rules of b2d7437 (session 29's start), before
	// any rule changed after it was written: 0.980/0/0.905/0.980. Floors one post under.
	testBlindSet(t, "testdata/blind36", blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.90, blockPrecision: 0.97})
}

// TestBlind37 is a thirty-seventh blind set, written at 23:38-23:44 on
// 2026-12-07 the same way: a Rapid City, South Dakota practice (offices on
// Jackson Boulevard, Haines Avenue and Fifth Street), from a region no
// blind set had. Aggregates only; never read its items. Never tuned on.
func TestBlind37(t *testing.T) {
	// First measured on the rules of b2d7437 (session 29's start), before
	// any rule changed after it was written: 0.990/0/0.957/0.989. Floors one post under.
	testBlindSet(t, "testdata/blind37", blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.97})
}
