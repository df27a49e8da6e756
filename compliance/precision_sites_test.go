package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// False alarms of every family on posts that tell no one's health
// (issue 11, tuner C, session of 06:00), each class beside the near
// neighbours that must still be held.

// TestHomePagesAreNoOnesPage: a site's home page, written as its bare
// domain ("read it at southcoasttoday.com", "info at
// nationaleatingdisorders.org"), is a newspaper's, a charity's or a
// shop's, not a patient's page or profile (PRIV-04). A page under a path,
// a site on a blogging or fundraising host's subdomain, and a domain that
// opens with a first name still warn.
func TestHomePagesAreNoOnesPage(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Thanks to the Daily Herald for covering our new hours! Read it at dailyherald.com", rule: "PRIV-04"},
		{text: "Helpline info at nationaleatingdisorders.org", rule: "PRIV-04"},
		{text: "heading to the beach? check surfsafetyhawaii.org first 🏄", rule: "PRIV-04"},
		{text: "Recipes we love: www.eatright.org and www.myplate.net!", rule: "PRIV-04"},
		{text: "Get your tickets at https://countyfair.com before Friday.", rule: "PRIV-04"},
		{text: "Más información en alcoholicosanonimos.org.mx", rule: "PRIV-04"},
		{text: "Read her story at myjourney.blogspot.com", rule: "PRIV-04", want: post.SeverityWarn},
		{text: "Please share the fundraiser: gofundme.com/f/help-tommy", rule: "PRIV-04", want: post.SeverityWarn},
		{text: "Follow along at facebook.com/rosa.delgado.77", rule: "PRIV-04", want: post.SeverityWarn},
		{text: "Updates on his recovery at jennysknee.com", rule: "PRIV-04", want: post.SeverityWarn},
		{text: "follow her journey: marialopezstrong.org", rule: "PRIV-04", want: post.SeverityWarn},
		{text: "Our story was in the paper: https://dailyherald.com/news/2026/12/local-clinic", rule: "PRIV-04", want: post.SeverityWarn},
	})
}
