package compliance

// Figures of a post that marks history (issue 11, session 20, t20clean).
// "Claudette Colvin didn't give up her seat either ... Black history is
// Alabama history. #BHM", "A. Philip Randolph organized the sleeping car
// porters. Happy Labor Day", "Our lobby history exhibit: Molly Molasses":
// a post that names a history, a heritage month, a day of remembrance or
// a hero tells of public people, and WordNet (famous.txt) knows few of
// the local and modern ones. The post's words say what the name is; the
// name's own sentence must still hold no health detail and no patient
// cue, greet or thank no one, and tell no one of the practice's people
// (publicFrame's checks), so "Black History Month spotlight: Maria Lopez,
// our patient of 40 years" and "History made today: Jamal rang the bell
// after his last chemo" keep their verdicts.

// historyMarks are the words of a post that marks history: history and
// heritage in English and Spanish, a hero or a pioneer, the hashtags of
// the months.
var historyMarks = newWordSet([]string{"history", "historic", "historical", "historian", "historia", "histórico", "histórica",
	"heritage", "herencia", "legacy", "legado", "pioneer", "pioneers", "pionera", "pionero", "trailblazer", "trailblazers",
	"hero", "heroes", "heroine", "héroe", "heroína", "suffrage", "suffragist", "juneteenth", "bhm", "blackhistorymonth",
	"womenshistorymonth", "hispanicheritagemonth", "aapiheritagemonth", "mlkday"})

// historyThanks in a name's sentence speak to a neighbour of today ("thank
// you Rosa Martinez for the tamales"), not of history.
var historyThanks = newWordSet([]string{"thank", "thanks", "thx", "gracias", "congrats", "congratulations", "felicidades",
	"welcome", "bienvenida", "bienvenido", "shoutout", "kudos", "birthday", "cumpleaños"})

// historyMarked reports whether the post marks history (historyMarks, or
// "Labor Day"), asked once a post.
func (s *scan) historyMarked() bool {
	if s.hasAny(historyMarks) {
		return true
	}
	if !s.words.has("labor") || !s.words.has("day") {
		return false
	}
	for t := 0; t+1 < len(s.toks); t++ {
		if s.toks[t].low == "labor" && s.toks[t].capital && s.toks[t+1].low == "day" {
			return true // "Happy Labor Day", not a day of labor and delivery
		}
	}
	return false
}

// historyEventWords tell an event of the practice's own days, where the
// names are neighbours: "Heritage Month potluck recap: Rosa Martinez
// brought the tamales".
var historyEventWords = newWordSet([]string{"potluck", "recap", "party", "raffle", "cookout", "bbq", "brought", "today",
	"tonight", "yesterday", "tomorrow", "hoy", "ayer", "anoche"})

// historyFigure reports whether p, a whole name, is told in a post that
// marks history (historyMarked), with the mark in its sentence or the one
// before or after it, in a post that tells no event of its own days
// (historyEventWords) and a sentence that thanks, congratulates or
// welcomes no one.
func (s *scan) historyFigure(p person) bool {
	if !s.wholeName(p) || !s.historyMarked() || s.hasAny(historyEventWords) {
		return false
	}
	si := s.toks[p.from].sent
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		// "Keisha Brown painted the mural on our east wall", "has lived
		// on Elm Street for 60 years": a neighbour of the practice's.
		if w := s.toks[t].low; historyThanks.has(w) || inSet(w, "our", "us", "we", "my") && !s.weRemember26(t, si) || roadWords.has(w) {
			return false
		}
	}
	// "Rosa Martinez opened the first clinic in 1962. She is in our care
	// now after her stroke": the figure's present care (staffpassing22.go).
	return s.markNear(si) && !s.presentCareAfter22(si)
}

// markNear reports whether sentence si, or the one before or after it,
// holds a history mark ("Black history is Alabama history", "Happy Labor
// Day").
func (s *scan) markNear(si int) bool {
	for _, k := range [...]int{si - 1, si, si + 1} {
		if k < 0 || k >= len(s.sents) {
			continue
		}
		for t := s.sents[k].tokStart; t < s.sents[k].tokEnd; t++ {
			w := s.toks[t].low
			if historyMarks.has(w) || w == "labor" && t+1 < len(s.toks) && s.toks[t+1].low == "day" {
				return true
			}
		}
	}
	return false
}
