package twittertext

// The weighting rules of twitter-text configuration v3
// (testdata/twitter-text-config-v3.json, the configuration X uses today).
// They are constants rather than a parsed file so that counting needs no I/O
// and no error path; TestConfigMatchesV3JSON keeps them equal to the file.
const (
	// MaxWeightedLength is the longest post X accepts, in weighted characters.
	MaxWeightedLength = 280

	// scale is the factor all weights are multiplied by, so that a weight of
	// 100 is one character.
	scale = 100
	// defaultWeight applies to code points outside every range below, and to
	// every emoji sequence as a whole.
	defaultWeight = 200
	// transformedURLLength is what any URL counts, whatever its length,
	// because X rewrites every link to a t.co link of this length.
	transformedURLLength = 23

	maxScaledLength = MaxWeightedLength * scale
	urlWeight       = transformedURLLength * scale
)

// weightRange is one "ranges" entry of the configuration: code points from
// Start to End inclusive weigh Weight.
type weightRange struct {
	Start, End rune
	Weight     int
}

// lightRanges are the configuration's ranges, all of weight 100: Latin to
// Georgian, the typographic spaces and ZWJ/ZWNJ, dashes and quotes, primes.
var lightRanges = [...]weightRange{
	{Start: 0x0000, End: 0x10FF, Weight: 100},
	{Start: 0x2000, End: 0x200D, Weight: 100},
	{Start: 0x2010, End: 0x201F, Weight: 100},
	{Start: 0x2032, End: 0x2037, Weight: 100},
}

// charWeight returns the scaled weight of one code point outside any URL or
// emoji sequence.
func charWeight(r rune) int {
	if r <= 0x10FF { // fast path for the common case, same as the first range
		return lightRanges[0].Weight
	}
	for _, wr := range lightRanges[1:] {
		if r >= wr.Start && r <= wr.End {
			return wr.Weight
		}
	}
	return defaultWeight
}

// isInvalidChar reports the code points twitter-text refuses in a post:
// the non-characters U+FFFE and U+FFFF and the byte-order mark U+FEFF.
func isInvalidChar(r rune) bool {
	return r == 0xFFFE || r == 0xFEFF || r == 0xFFFF
}
