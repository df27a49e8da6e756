package twittertext

// twitter-text rejects a URL whose host has a label longer than 63 characters
// once punycode-encoded (the DNS limit), so a host of 52 kana is a link but one
// of 53 is not. This is the Punycode encoder of RFC 3492 section 6.3, reduced
// to what that check needs: the encoded length.

const (
	pcBase        = 36
	pcTMin        = 1
	pcTMax        = 26
	pcSkew        = 38
	pcDamp        = 700
	pcInitialBias = 72
	pcInitialN    = 128
	// maxLabelLen is the longest DNS label, in ASCII characters.
	maxLabelLen = 63
)

// asciiLabelLen returns the length of label as punycode.toASCII would write
// it: unchanged if all ASCII, else "xn--" plus its Punycode encoding. It gives
// up (returning a value > maxLabelLen) as soon as the label is too long.
func asciiLabelLen(label []rune) int {
	basic := 0
	for _, r := range label {
		if r < 0x80 {
			basic++
		}
	}
	if basic == len(label) {
		return len(label)
	}
	out := len("xn--") + basic
	if basic > 0 {
		out++ // the '-' delimiter after the basic code points
	}
	n, delta, bias := rune(pcInitialN), 0, pcInitialBias
	handled := basic
	for handled < len(label) {
		m := rune(0x7FFFFFFF)
		for _, r := range label {
			if r >= n && r < m {
				m = r
			}
		}
		delta += int(m-n) * (handled + 1)
		n = m
		for _, r := range label {
			if r < n {
				delta++
			}
			if r != n {
				continue
			}
			// Emit delta as a generalized variable-length integer.
			q := delta
			for k := pcBase; ; k += pcBase {
				t := k - bias
				if t < pcTMin {
					t = pcTMin
				} else if t > pcTMax {
					t = pcTMax
				}
				if q < t {
					break
				}
				out++
				q = (q - t) / (pcBase - t)
			}
			out++
			bias = adaptBias(delta, handled+1, handled == basic)
			delta = 0
			handled++
		}
		if out > maxLabelLen {
			return out
		}
		delta++
		n++
	}
	return out
}

// adaptBias is RFC 3492's bias adaptation function.
func adaptBias(delta, numPoints int, first bool) int {
	if first {
		delta /= pcDamp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := 0
	for delta > ((pcBase-pcTMin)*pcTMax)/2 {
		delta /= pcBase - pcTMin
		k += pcBase
	}
	return k + (pcBase-pcTMin+1)*delta/(delta+pcSkew)
}
