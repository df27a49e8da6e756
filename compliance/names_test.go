package compliance

import "testing"

// TestEveryRuleHasAName: the web pages and the CLI show a rule by its name
// first, so a rule added to the registry without one fails here.
func TestEveryRuleHasAName(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range rules {
		if _, ok := ruleNames[r.id]; !ok {
			t.Errorf("rule %s has no name in ruleNames", r.id)
		}
		seen[r.id] = true
	}
	for id := range ruleNames {
		if !seen[id] {
			t.Errorf("ruleNames names %s, which is not a rule", id)
		}
	}
	if got := RuleName("PRIV-06"); got != "Patient's age over 89" {
		t.Errorf("RuleName(PRIV-06) = %q", got)
	}
	if got := RuleName("NEW-99"); got != "NEW-99" {
		t.Errorf("an unknown rule should come back as its id, got %q", got)
	}
}
