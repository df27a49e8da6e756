package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestTeamTrainingNewsGrade (session 19, t19clean): the team's own news
// of a training finished or a certificate earned is written for the
// public, not patient material: its reading grade is noted (READ-01
// info), like a job post or a staff welcome. Dense teaching for patients
// still goes to review.
func TestTeamTrainingNewsGrade(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Proud to report that our entire staff completed comprehensive cultural-humility and accessibility training this quarter. Understanding our neighbors' circumstances, communication preferences and accommodation requirements strengthens every interaction. Gratitude to our facilitators.", want: post.VerdictPass},
		{text: "Our whole team finished advanced cardiopulmonary resuscitation recertification, including pediatric emergency procedures and automated external defibrillator operation, this November. Congratulations, everyone, on demonstrating extraordinary commitment.", want: post.VerdictPass},

		{text: "Hypertension management necessitates consistent pharmacological adherence, dietary sodium restriction and regular physical activity. Uncontrolled elevated blood pressure substantially increases cardiovascular and cerebrovascular complications, including myocardial infarction. Consequently, periodic ambulatory monitoring demonstrates considerable diagnostic utility for individuals experiencing intermittent symptomatology.", want: post.VerdictReview, rule: "READ-01"},
	})
}
