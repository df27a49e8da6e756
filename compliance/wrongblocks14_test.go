package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner C's session 14 (issue 11): wrong blocks outside names,
// read by kind from dev50-dev69 and written in our own words. Rules alone
// (PRIV-16 disabled), through checkSevCases (fa13_test.go).

// TestDatesThatAreNoOnesVisit14: PRIV-05 guards a patient's dates. A
// month something is done every year or all month long ("brings us
// tamales every December", "shoveled our walk all January"), a season
// when an illness rises in everyone ("loneliness spikes in December"), a
// span of days or weeks written short ("f/u in 2-3 wk", "3-5 biz days")
// and office hours after "from" ("portal down frm 1-3 sun") date no one's
// care. A month beside one person's care, a procedure date and a date
// followed by nothing but a comma still block.
func TestDatesThatAreNoOnesVisit14(t *testing.T) {
	checkSevCases(t, []sevCase{
		// A month of something done every year or all month, by a named
		// friend of the practice.
		{text: "Shout out to Mrs. Patel, who walked her dog past our clinic every morning in March. Mrs. P, you're a legend!", rule: "PRIV-05"},
		{text: "Thanks to Mr. Ray Dunbar, who shoveled our walk all January without being asked.", rule: "PRIV-05"},
		{text: "Mrs. Alvarez brings us tamales every December and we fight over them.", rule: "PRIV-05"},
		{text: "Our volunteer Mr. Obi drove folks to the vaccine clinic each November.", rule: "PRIV-05"},
		{text: "Big thanks to Mrs. Kay, who answered our phones at the flu clinic all October.", rule: "PRIV-05"},
		{text: "Coach Wells biked to work every single day in June. Mr. W, we're tired just watching.", rule: "PRIV-05"},
		{text: "Mrs. Patel came in every day in March for her wound dressing.", rule: "PRIV-05", want: post.SeverityBlock},
		{text: "Mrs. Alvarez had chemo with us every July.", rule: "PRIV-05", want: post.SeverityBlock},
		{text: "Mr. Ray Dunbar had his hip replaced in January.", rule: "PRIV-05", want: post.SeverityBlock},
		{text: "Mr. Obi was admitted in October.", rule: "PRIV-05", want: post.SeverityBlock},
		{text: "Mr. Obi was in the hospital all October with pneumonia.", rule: "PRIV-05", want: post.SeverityBlock},
		// A season when an illness rises in everyone.
		{text: "Seasonal depression and loneliness spike in December. Reach out.", rule: "PRIV-05"},
		{text: "Falls on ice climb every January, so salt those steps.", rule: "PRIV-05"},
		{text: "Her migraines spike in January.", rule: "PRIV-05", want: post.SeverityBlock},
		// A span written short, in clinic shorthand.
		{text: "pt f/u in 2-3 wk w/ labs", rule: "PRIV-05"},
		{text: "recheck BP 1-2 wk after starting meds, pt ed given", rule: "PRIV-05"},
		{text: "pt msgs answered in 2-3 biz days, thx", rule: "PRIV-05"},
		{text: "Pt seen 4-6, f/u 2 wks.", rule: "PRIV-05", want: post.SeverityBlock},
		{text: "Pt admitted 4-6 for 3 days with chest pain.", rule: "PRIV-05", want: post.SeverityBlock},
		// Office hours after "from", then a day of the week.
		{text: "pt portal down for upgrades frm 1-3 sun, sorry", rule: "PRIV-05"},
		{text: "patient portal offline from 2-4 Sat for maintenance", rule: "PRIV-05"},
		{text: "Our patient came in 2-4 with a fever.", rule: "PRIV-05", want: post.SeverityBlock},
	})
}
