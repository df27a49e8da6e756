package names

import "testing"

func TestPersonNoun(t *testing.T) {
	for _, c := range []struct {
		w              string
		person, plural bool
	}{
		{"tourist", true, false}, {"tourists", true, true}, {"grandmas", true, true}, {"loggers", true, true},
		{"sledders", true, true}, {"hipsters", true, true}, {"men", true, true}, {"folks", true, true}, {"nannies", true, true},
		// Things, and surnames WordNet capitalizes.
		{"printer", false, false}, {"printers", false, false}, {"walker", false, false}, {"lincoln", false, false},
		{"weather", false, false}, {"is", false, false}, {"us", false, false},
	} {
		if p, pl := PersonNoun(c.w); p != c.person || pl != c.plural {
			t.Errorf("PersonNoun(%q) = %v, %v; want %v, %v", c.w, p, pl, c.person, c.plural)
		}
	}
}
