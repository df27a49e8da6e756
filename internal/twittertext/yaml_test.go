package twittertext

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A reader for exactly the shape of twitter-text's conformance/validate.yml:
//
//	tests:
//	  section:
//	    - description: "..."
//	      text: "..."
//	      expected: true            (or a map on the following lines)
//	        weightedLength: 26
//
// It avoids a YAML dependency for one test file. Anything it does not
// recognise is an error, so a changed file fails loudly instead of silently
// losing cases.

// conformanceCase is one test of validate.yml.
type conformanceCase struct {
	Section     string
	Description string
	Text        string
	// Bool is set for cases whose expected value is true/false.
	Bool *bool
	// Fields holds expected maps (weightedLength, valid, permillage, ...).
	Fields map[string]string
	Line   int
}

func loadConformance(path string) ([]conformanceCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	var (
		cases   []conformanceCase
		section string
		cur     *conformanceCase
		inMap   bool
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \t")
		trimmed := strings.TrimLeft(line, " ")
		indent := len(line) - len(trimmed)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
			continue
		case indent == 0 && trimmed == "tests:":
			continue
		case indent == 2 && strings.HasSuffix(trimmed, ":"):
			section, cur, inMap = strings.TrimSuffix(trimmed, ":"), nil, false
		case indent == 4 && strings.HasPrefix(trimmed, "- description:"):
			desc, err := yamlScalar(strings.TrimPrefix(trimmed, "- description:"))
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			cases = append(cases, conformanceCase{Section: section, Description: desc, Line: n})
			cur, inMap = &cases[len(cases)-1], false
		case cur != nil && indent == 6 && strings.HasPrefix(trimmed, "text:"):
			text, err := yamlScalar(strings.TrimPrefix(trimmed, "text:"))
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			cur.Text = text
		case cur != nil && indent == 6 && strings.HasPrefix(trimmed, "expected:"):
			rest := strings.TrimSpace(strings.TrimPrefix(trimmed, "expected:"))
			if rest == "" {
				inMap, cur.Fields = true, map[string]string{}
				continue
			}
			b, err := strconv.ParseBool(rest)
			if err != nil {
				return nil, fmt.Errorf("line %d: expected: %w", n, err)
			}
			cur.Bool = &b
		case cur != nil && inMap && indent == 8:
			key, value, ok := strings.Cut(trimmed, ":")
			if !ok {
				return nil, fmt.Errorf("line %d: not key: value: %q", n, trimmed)
			}
			cur.Fields[key] = strings.TrimSpace(value)
		default:
			return nil, fmt.Errorf("line %d: unexpected %q", n, line)
		}
	}
	return cases, sc.Err()
}

// yamlScalar decodes a plain or double-quoted YAML scalar, including the
// \uXXXX and \UXXXXXXXX escapes the file uses.
func yamlScalar(s string) (string, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, `"`) {
		return s, nil
	}
	if len(s) < 2 || !strings.HasSuffix(s, `"`) {
		return "", fmt.Errorf("unterminated string %q", s)
	}
	body := s[1 : len(s)-1]
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(body) {
			return "", fmt.Errorf("trailing backslash in %q", s)
		}
		hex := 0
		switch body[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '0':
			b.WriteByte(0)
		case '"', '\\', '/':
			b.WriteByte(body[i])
		case 'x':
			hex = 2
		case 'u':
			hex = 4
		case 'U':
			hex = 8
		default:
			return "", fmt.Errorf("unknown escape \\%c in %q", body[i], s)
		}
		if hex > 0 {
			if i+1+hex > len(body) {
				return "", fmt.Errorf("short escape in %q", s)
			}
			v, err := strconv.ParseUint(body[i+1:i+1+hex], 16, 32)
			if err != nil {
				return "", fmt.Errorf("bad escape in %q: %w", s, err)
			}
			// Code points U+FFFE/U+FFFF are what some cases are about, so
			// write them even though they are non-characters.
			b.Write(utf8.AppendRune(nil, rune(v)))
			i += hex
		}
	}
	return b.String(), nil
}
