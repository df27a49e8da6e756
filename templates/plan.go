package templates

import (
	"slices"
	"time"
)

// VarDate is the user variable Plan fills with an observance's dates.
const VarDate = "date"

// headsUp is how far before a day or week observance Plan may place its post
// when the practice has no free slot during it.
const headsUp = 3 * 24 * time.Hour

// Proposal is one post Plan suggests: a draft for staff to edit and send
// through the checklist, never a scheduled post.
type Proposal struct {
	At       time.Time `json:"at"`
	Template string    `json:"template"`
	// Observance is the observance id, or "" for an evergreen re-queue.
	Observance string `json:"observance,omitempty"`
	// Reason says in plain words why this post is proposed.
	Reason   string   `json:"reason"`
	Rendered Rendered `json:"rendered"` // empty when Missing is not
	// Missing lists the variables staff must supply before the draft can
	// be rendered; Problem says the same in words.
	Missing []string `json:"missing,omitempty"`
	Problem string   `json:"problem,omitempty"`
}

// PlanOptions are the optional inputs of Plan.
type PlanOptions struct {
	// Vars are user variables offered to every template; each template
	// takes only the ones it declares.
	Vars map[string]string
	// History is the past (and already planned) evergreen uses.
	History []Use
	// EvergreenInterval is the least time between two uses of one evergreen
	// template; zero leaves free slots empty instead of re-queuing.
	EvergreenInterval time.Duration
}

// Plan proposes posts for the calendar month containing month (its location
// is the practice's), using only the free slots given that fall in it.
// Day observances are placed first, on their day or up to three days
// before; then weeks, within the week or just before it; then months, in
// the earliest slots left. With opt.EvergreenInterval set, every slot still
// free gets an evergreen template picked by PickEvergreen. Observances whose
// templates are all switched off are skipped. Proposals come sorted by time.
func Plan(month time.Time, slots []time.Time, lib *Library, p Practice, opt PlanOptions) []Proposal {
	loc := month.Location()
	first := day(month.Year(), month.Month(), 1, loc)
	next := day(month.Year(), month.Month()+1, 1, loc)
	var free []time.Time
	for _, s := range slots {
		if !s.Before(first) && s.Before(next) {
			free = append(free, s.In(loc))
		}
	}
	slices.SortFunc(free, time.Time.Compare)
	free = slices.CompactFunc(free, time.Time.Equal)
	taken := make([]bool, len(free))

	obs := ObservancesIn(first)
	rank := map[string]int{KindDay: 0, KindWeek: 1, KindMonth: 2}
	slices.SortStableFunc(obs, func(a, b Observance) int { return rank[a.Kind] - rank[b.Kind] })

	var out []Proposal
	for _, o := range obs {
		ts := lib.ForObservance(o.ID)
		if t, ok := lib.Get(o.Template); len(ts) == 0 && ok {
			// A practice file that replaced the shipped one but left out
			// its observance line still serves the observance.
			ts = []Template{t}
		}
		if len(ts) == 0 {
			continue
		}
		i := pickSlot(free, taken, o)
		if i < 0 {
			continue
		}
		taken[i] = true
		vars := map[string]string{}
		if slices.Contains(ts[0].Vars, VarDate) {
			vars[VarDate] = o.When()
		}
		out = append(out, propose(lib, p, ts[0], free[i], vars, opt.Vars, o.ID, o.Name+" ("+o.When()+")"))
	}

	if opt.EvergreenInterval > 0 {
		var names []string
		for _, t := range lib.List() {
			if t.Evergreen {
				names = append(names, t.Name)
			}
		}
		history := slices.Clone(opt.History)
		for i, at := range free {
			if taken[i] {
				continue
			}
			name, ok := PickEvergreen(names, history, at, opt.EvergreenInterval)
			if !ok {
				continue
			}
			history = append(history, Use{Key: name, At: at})
			t, _ := lib.Get(name)
			out = append(out, propose(lib, p, t, at, nil, opt.Vars, "", "evergreen: a free slot"))
		}
	}
	slices.SortStableFunc(out, func(a, b Proposal) int { return a.At.Compare(b.At) })
	return out
}

// pickSlot returns the index of the free slot for o, or -1.
func pickSlot(free []time.Time, taken []bool, o Observance) int {
	end := o.End.AddDate(0, 0, 1) // the day after the last day
	if o.Kind == KindMonth {
		end = o.Start.AddDate(0, 1, 0)
	}
	for i, s := range free {
		if !taken[i] && !s.Before(o.Start) && s.Before(end) {
			return i
		}
	}
	if o.Kind == KindMonth {
		return -1
	}
	// No slot during it: the latest one shortly before, as a heads-up.
	for i := len(free) - 1; i >= 0; i-- {
		if !taken[i] && free[i].Before(o.Start) && o.Start.Sub(free[i]) <= headsUp {
			return i
		}
	}
	return -1
}

// propose renders t for one slot. fixed are variables Plan computed; offered
// are the caller's, used only where t declares them. A variable nobody
// supplied is listed in Missing rather than guessed.
func propose(lib *Library, p Practice, t Template, at time.Time, fixed, offered map[string]string, obs, reason string) Proposal {
	pr := Proposal{At: at, Template: t.Name, Observance: obs, Reason: reason}
	vars := map[string]string{}
	for _, v := range t.Vars {
		switch {
		case fixed[v] != "":
			vars[v] = fixed[v]
		case offered[v] != "":
			vars[v] = offered[v]
		default:
			pr.Missing = append(pr.Missing, v)
		}
	}
	if len(pr.Missing) > 0 {
		pr.Problem = "fill in " + joinAnd(pr.Missing) + " before this draft can be made"
		return pr
	}
	r, err := lib.Render(t.Name, p, vars)
	if err != nil {
		if m, ok := IsMissingVar(err); ok {
			pr.Missing = []string{m.Var}
			if len(m.Vars) > 0 {
				pr.Missing = m.Vars
			}
		}
		pr.Problem = err.Error()
		return pr
	}
	pr.Rendered = r
	return pr
}

// joinAnd joins words as "a, b and c".
func joinAnd(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	out := words[0]
	for _, w := range words[1 : len(words)-1] {
		out += ", " + w
	}
	return out + " and " + words[len(words)-1]
}
