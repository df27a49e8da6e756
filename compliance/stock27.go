package compliance

// Vaccines as the practice's stock, and care as an on-call duty (session
// 27, t27clean: block precision and clean passing). "The fire chief
// helped us unload the vaccine delivery", "Thanks, Maria! COVID boosters
// are back in stock", "Tomás says the flu shots have arrived", "Dr. Kim
// is on chemo call this weekend": the vaccine is a shipment the office
// got, the chemo a duty a doctor has; neither is anyone's care. Yet the
// health words stood in the sentence or post of a name, and PRIV-10
// blocked the name as a patient's. careReady26 read only care opening its
// sentence ("COVID boosters are back" after nothing); a name before it
// ("Maria says flu shots are back in stock") or an illness naming the
// vaccine ("COVID" of "COVID boosters", a condition word the practice's
// offer did not cover) kept the block. Owned, the shot is someone's
// again ("his flu shots arrived with a fever"), and "on chemo" with no
// duty word after it is a treatment.

// supplyNouns27 after a vaccine make it a shipment: "the vaccine
// delivery", "the flu vaccine shipment".
var supplyNouns27 = newWordSet([]string{"delivery", "deliveries", "shipment", "shipments", "order", "orders", "box", "boxes",
	"cooler", "coolers", "inventory", "pallet", "pallets", "truck", "restock"})

// stockVerbs27 say the vaccine reached the office: "have arrived",
// "were delivered", "ya llegaron".
var stockVerbs27 = newWordSet([]string{"arrived", "restocked", "delivered", "stocked", "llegaron", "llegó"})

// stockBridge27 may stand between the vaccine and its stock state: "are
// back in stock", "have finally arrived", "are all sold out".
var stockBridge27 = newWordSet([]string{"is", "are", "were", "was", "have", "has", "just", "finally", "all", "now", "officially",
	"back", "already", "out", "ya"})

// careOwners27 before a vaccine make it someone's shot.
var careOwners27 = newWordSet([]string{"s", "your", "ur", "su", "sus", "tu", "tus"})

// vaccineStock27 reports whether the health words at tokens [from,to)
// are vaccines told as stock or offered (see above). A condition word
// counts when a vaccine word follows it ("COVID boosters", "flu shots").
func (s *scan) vaccineStock27(from, to int) bool {
	if to > len(s.toks) || !(vaccineWords.has(s.toks[to-1].low) || to < len(s.toks) && vaccineWords.has(s.toks[to].low)) {
		return false // no vaccine word: most hits, one look-up
	}
	si := s.toks[from].sent
	end := to
	for end < len(s.toks) && end < to+2 && s.toks[end].sent == si && vaccineWords.has(s.toks[end].low) {
		end++
	}
	for k := from - 1; k >= 0 && k >= from-3 && s.toks[k].sent == si; k-- {
		if w := s.toks[k].low; possessiveWords.has(w) || careOwners27.has(w) {
			return false // "his flu shot", "Maria's booster", "your COVID shot"
		}
	}
	if end >= len(s.toks) || s.toks[end].sent != si {
		return false
	}
	if s.stockRecipient27(end) {
		return false // "the booster was delivered to Mr. Jones", "is ready for Mrs. Ortiz" (attack27.go)
	}
	if supplyNouns27.has(s.toks[end].low) {
		return true // "the vaccine delivery"
	}
	if s.careReady26(from, end-from) {
		return true // "COVID boosters are available" (careready26.go), the condition word with them
	}
	for j, m := end, 0; j < len(s.toks) && s.toks[j].sent == si && m < 4; j, m = j+1, m+1 {
		w := s.toks[j].low
		switch {
		case stockVerbs27.has(w):
			return m > 0 || w == "llegaron" || w == "llegó"
		case readyStates.has(w) && w != "here" && w != "back" && w != "aquí":
			// "Denise! 🎂 COVID boosters are available again": ready for
			// whoever comes, whatever stands before (careReady26 wants
			// nothing before the care).
			return m > 0
		case (w == "in" || w == "of") && j+1 < len(s.toks) && s.toks[j+1].low == "stock":
			return true // "are back in stock", "are out of stock"
		case w == "sold" && j+1 < len(s.toks) && s.toks[j+1].low == "out":
			return true
		case !stockBridge27.has(w):
			return false
		}
	}
	return false
}

// careDuty27 reports whether the health words at tokens [from,to) name
// an on-call duty: "on chemo call", "on dialysis duty".
func (s *scan) careDuty27(from, to int) bool {
	return from >= 1 && to < len(s.toks) && s.toks[from-1].low == "on" && inSet(s.toks[to].low, "call", "duty") &&
		s.toks[to].sent == s.toks[from].sent
}
