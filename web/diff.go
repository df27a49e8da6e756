package web

import (
	"strings"
	"unicode"
)

// diffPart is one run of a word diff: kept, added or removed text.
type diffPart struct {
	Op   string // "same", "add", "del"
	Text string
}

// maxDiffTokens bounds the quadratic LCS table; past it the diff shows the
// old text removed and the new one added, which is still true.
const maxDiffTokens = 3000

// wordDiff compares two texts word by word (whitespace kept with the word
// before it), so a reviewer sees exactly which words changed since they last
// looked.
func wordDiff(old, cur string) []diffPart {
	a, b := splitWords(old), splitWords(cur)
	if len(a)*len(b) > maxDiffTokens*maxDiffTokens/4 || len(a) > maxDiffTokens || len(b) > maxDiffTokens {
		return compact([]diffPart{{"del", old}, {"add", cur}})
	}
	// lcs[i][j] is the longest common subsequence of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []diffPart
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, diffPart{"same", a[i]})
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			out = append(out, diffPart{"del", a[i]})
			i++
		default:
			out = append(out, diffPart{"add", b[j]})
			j++
		}
	}
	for ; i < len(a); i++ {
		out = append(out, diffPart{"del", a[i]})
	}
	for ; j < len(b); j++ {
		out = append(out, diffPart{"add", b[j]})
	}
	return compact(out)
}

// compact joins neighbouring parts of the same kind and drops empty ones.
func compact(in []diffPart) []diffPart {
	var out []diffPart
	for _, p := range in {
		if p.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Op == p.Op {
			out[n-1].Text += p.Text
			continue
		}
		out = append(out, p)
	}
	return out
}

// splitWords cuts s into words, each with the whitespace that follows it.
func splitWords(s string) []string {
	var out []string
	start, inSpace := 0, false
	for i, r := range s {
		sp := unicode.IsSpace(r)
		if inSpace && !sp {
			out = append(out, s[start:i])
			start = i
		}
		inSpace = sp
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// changed reports whether a diff has any added or removed text.
func changed(parts []diffPart) bool {
	return !(len(parts) == 1 && parts[0].Op == "same") && len(parts) > 0 && strings.TrimSpace(joinOps(parts, "add")+joinOps(parts, "del")) != ""
}

func joinOps(parts []diffPart, op string) string {
	var b strings.Builder
	for _, p := range parts {
		if p.Op == op {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}
