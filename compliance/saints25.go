package compliance

import "github.com/practicepost/practicepost/compliance/names"

// Saints a place is named for (session 25, t25clean: clean passing). A
// hospital, a church or a parish carries its saint's name with the
// possessive ("St. Mary's Hospital", "St. Luke's Medical Center"); read as
// a staff member of the same name, "born at St. Mary's Hospital" told
// their birth (PRIV-10). The saint's name after "St." or "Saint" and
// before "'s" and a capitalised word of the place is no one; the person
// told at the place ("Kevin is home from St. Mary's Hospital after his
// appendectomy") still is.

// saintTitles25 open a saint's name: "St.", "Saint".
var saintTitles25 = newWordSet([]string{"st", "saint", "ste", "sainte"})

// saintsPlace25 reports whether the word at token i is the saint of a
// place's name: "St. Mary's Hospital", "Saint Luke's Church".
func (s *scan) saintsPlace25(i int) bool {
	j := i - 1
	if j > 0 && s.toks[j].low == "." {
		j-- // "St." with its period
	}
	if i == 0 || i+2 >= len(s.toks) || !saintTitles25.has(s.toks[j].low) || !s.toks[j].capital {
		return false
	}
	return s.toks[i+1].low == "s" && s.toks[i+1].start-s.toks[i].end <= 3 && s.toks[i+2].capital && s.toks[i+2].kind == tokWord &&
		s.toks[i+2].sent == s.toks[i].sent
}

// medicarePart25 reports whether tokens [from,to), found as a name, are a
// part of Medicare ending a sentence: "covered by Medicare Part B. Call
// us" reads as a name with a middle initial ("Part B. Call"). A person in
// the next sentence is found on its own.
func (s *scan) medicarePart25(from, to int) bool {
	return from > 0 && from+1 < to && inSet(s.toks[from].low, "part", "parte") && s.toks[from-1].low == "medicare" &&
		len(s.toks[from+1].low) == 1
}

// afterMedicarePart25 is the person found with a part of Medicare in
// tokens [p.from,to): the words after the part's letter and period when
// they open with a known first name ("Medicare Part B. Carla Diaz had
// ..."), or the zero person when they do not ("Part B. Call us").
func (s *scan) afterMedicarePart25(p person, to int) person {
	k := p.from + 2
	for k < to && s.toks[k].kind == tokPunct {
		k++
	}
	if k >= len(s.toks) || !s.toks[k].capital || s.toks[k].kind != tokWord || names.First(names.UnmarkName(s.toks[k].low)) != names.Strong {
		return person{}
	}
	end := k + 1
	for end < len(s.toks) && end < k+3 && s.toks[end].capital && s.toks[end].kind == tokWord && s.toks[end].sent == s.toks[k].sent {
		end++ // "Carla Diaz"
	}
	return person{span{k, end}, k, names.FirstName}
}
