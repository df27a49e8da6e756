package compliance

import (
	"slices"
	"testing"
)

// isStaffByMembers is isStaff as it was before staffForms: every member's
// words and short forms tried in turn. The index must agree with it.
func isStaffByMembers(a *allowlist, words []string) bool {
	if len(words) == 0 {
		return false
	}
	for _, m := range a.members {
		if !slices.ContainsFunc(words, func(w string) bool { return !isStaffWord(m, w) }) {
			return true
		}
	}
	return false
}

func TestStaffFormsAgreeWithMembers(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Dr. Oluwaseun Adeyemi", "Malakai Fonoti, NP", "Tomasz Nowak", "Beatriz Núñez",
		"Christian Juliana Deshawn", "Grace Jessica Michael")
	a := newAllowlist(p)
	words := []string{"", "a", "an", "ana", "anita", "anit", "ani", "patel", "pat", "tel", "atel", "marcus", "marc", "mar", "greene",
		"green", "sarah", "lopez", "kevin", "kev", "kevie", "kevy", "tran", "olu", "femi", "seun", "wale", "adeyemi", "ade", "kai",
		"lakai", "malakai", "ian", "christ", "tom", "tommy", "tomie", "bea", "beatriz", "núñez", "ñez", "nú", "gracie", "gracy",
		"jessie", "jess", "mike", "mikey", "michael", "shawn", "deshawn", "juliana", "jul", "julie", "maria", "smith", "y", "ie"}
	seen := map[bool]int{}
	for _, w := range words {
		for _, name := range [][]string{{w}, {w, "patel"}, {"anita", w}, {w, "adeyemi"}, {"tom", w}, {w, w}} {
			got, want := a.isStaff(name), isStaffByMembers(&a, name)
			if got != want {
				t.Errorf("isStaff(%q) = %v, want %v", name, got, want)
			}
			seen[want]++
		}
	}
	if seen[true] < 20 || seen[false] < 20 {
		t.Fatalf("the names tried are %d staff and %d not: too few of one to compare", seen[true], seen[false])
	}
	// More members than one word of bits holds: "Zlexe Persond" is the
	// 130th.
	p.StaffNames = nil
	for i := range 150 {
		p.StaffNames = append(p.StaffNames, string(rune('a'+i%26))+"lex"+string(rune('a'+i/26))+" Person"+string(rune('a'+i%7)))
	}
	a = newAllowlist(p)
	for _, tc := range []struct {
		name []string
		want bool
	}{{[]string{"zlexe", "persond"}, true}, {[]string{"zlexe", "personb"}, false}, {[]string{"alexa", "persona"}, true},
		{[]string{"zlexe"}, true}, {[]string{"person"}, true}, {[]string{"zlex", "pers"}, true}, {[]string{"alexa", "personc"}, false}} {
		if got, ref := a.isStaff(tc.name), isStaffByMembers(&a, tc.name); got != tc.want || ref != tc.want {
			t.Errorf("150 members: isStaff(%q) = %v (by members: %v), want %v", tc.name, got, ref, tc.want)
		}
	}
}
