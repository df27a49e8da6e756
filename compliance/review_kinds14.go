package compliance

// sickSlots after "sick" make it a kind of visit the practice keeps for
// everyone: "same-day sick slots", "sick visits", "the sick line".
var sickSlots = newWordSet([]string{"slot", "slots", "visit", "visits", "appointment", "appointments", "appt", "appts", "line",
	"hours", "clinic", "room", "rooms", "calls"})

// sickAsKind reports whether "sick" at token t names a kind of visit
// ("keeping same-day sick slots open") or being sick in general ("how
// miserable being sick is"): no one's illness.
func (s *scan) sickAsKind(t int) bool {
	if s.toks[t].low != "sick" {
		return false
	}
	return t+1 < len(s.toks) && sickSlots.has(s.toks[t+1].low) || t > 0 && s.toks[t-1].low == "being" && !(t > 1 && inSet(s.toks[t-2].low, "you", "u", "your", "ur", "re"))
}
