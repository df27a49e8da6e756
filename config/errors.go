package config

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// Error is one problem in a configuration file. Load and Parse return one
// *Error, or several joined with errors.Join (one per line of output).
type Error struct {
	File    string // as given to Load or Parse
	Line    int    // 1-based; 0 when the problem has no single line
	Key     string // TOML key path such as "channels[1].slots[0]"; may be empty
	Message string
}

// Error formats the problem as "file:line: key: message".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key + ": ")
	}
	b.WriteString(e.Message)
	return b.String()
}

// keyError is a problem found after decoding, before it is given a line.
type keyError struct {
	key, msg string
}

// located turns keyErrors into *Errors sorted by line, joined.
func located(name string, lines map[string]int, kerrs []keyError) error {
	errs := make([]*Error, 0, len(kerrs))
	for _, k := range kerrs {
		errs = append(errs, &Error{File: name, Line: lineOf(lines, k.key), Key: k.key, Message: k.msg})
	}
	slices.SortStableFunc(errs, func(a, b *Error) int { return cmp.Compare(a.Line, b.Line) })
	return joinErrors(errs)
}

// joinErrors returns nil, the single error, or all of them joined.
func joinErrors(errs []*Error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	all := make([]error, len(errs))
	for i, e := range errs {
		all[i] = e
	}
	return errors.Join(all...)
}

// decodeError turns go-toml's errors into *Errors with the indexed key path
// (go-toml reports "channels.foo"; we say which channel: "channels[1].foo").
func decodeError(name string, data []byte, err error) error {
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		byLine := keysByLine(keyLines(data))
		errs := make([]*Error, 0, len(strict.Errors))
		for i := range strict.Errors {
			de := &strict.Errors[i]
			line, _ := de.Position()
			key := indexedKey(byLine[line], de.Key())
			errs = append(errs, &Error{File: name, Line: line, Key: key, Message: unknownKeyMessage(key)})
		}
		return joinErrors(errs)
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		line, _ := de.Position()
		msg := typeMessage(strings.TrimPrefix(de.Error(), "toml: "))
		return &Error{File: name, Line: line, Key: indexedKey(keysByLine(keyLines(data))[line], de.Key()), Message: msg}
	}
	// go-toml gives no position when UnmarshalText fails on a non-string
	// value (grace = 5); the only such fields are Durations, so look for one.
	scan := scanKeys(data)
	for _, key := range slices.Sorted(maps.Keys(scan.kinds)) {
		if kind := scan.kinds[key]; durationKeys[stripIndexes(key)] && kind != unstable.String {
			return &Error{File: name, Line: lineOf(scan.lines, key), Key: key,
				Message: fmt.Sprintf("wrong type: found a TOML %s, want %s", strings.ToLower(kind.String()), goTypeWords["config.Duration"])}
		}
	}
	return &Error{File: name, Message: err.Error()}
}

// durationKeys are the key paths of Duration fields.
var durationKeys = map[string]bool{"alerts.review_warn_before": true, "scheduler.grace": true, "scheduler.reconcile_settle": true, "scheduler.call_timeout": true, "scheduler.moderation_every": true, "templates.evergreen_interval": true}

var typeMismatch = regexp.MustCompile(`^cannot decode TOML (.+) into (?:struct field .* of type )?(.+)$`)

// goTypeWords names the Go types of the config fields in words an admin
// knows.
var goTypeWords = map[string]string{
	"string":          "a quoted string",
	"int":             "a whole number",
	"float64":         "a number",
	"bool":            "true or false",
	"[]string":        `a list of strings like ["a", "b"]`,
	"config.Duration": `a duration string like "30m"`,
	"config.Secret":   "a quoted string",
	"channels.Secret": "a quoted string",
}

// typeMessage rewrites go-toml's type mismatch message ("cannot decode TOML
// string into struct field config.Web.SessionHours of type int") without the
// Go internals.
func typeMessage(msg string) string {
	m := typeMismatch.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	want, ok := goTypeWords[m[2]]
	switch {
	case ok:
	case strings.HasPrefix(m[2], "[]config."), strings.HasPrefix(m[2], "[]map["):
		want = "an array of tables ([[...]] blocks)"
	case strings.HasPrefix(m[2], "config."), strings.HasPrefix(m[2], "map["):
		want = "a table ([...] section)"
	default:
		want = m[2]
	}
	return fmt.Sprintf("wrong type: found a TOML %s, want %s", m[1], want)
}

// unknownKeyMessage names the unknown key's last part, the part most
// likely misspelt.
func unknownKeyMessage(key string) string {
	return fmt.Sprintf("unknown key %q (see config.example.toml for the keys and where they go)", key[strings.LastIndexByte(key, '.')+1:])
}

// keysByLine inverts keyLines.
func keysByLine(lines map[string]int) map[int][]string {
	m := map[int][]string{}
	for k, l := range lines {
		m[l] = append(m[l], k)
	}
	return m
}

// indexedKey picks, among the key paths on the error's line, the shortest
// one that equals key once array indexes are removed. It falls back to the
// dotted key.
func indexedKey(onLine []string, key toml.Key) string {
	plain := strings.Join(key, ".")
	best := ""
	for _, k := range onLine {
		if stripIndexes(k) == plain && (best == "" || len(k) < len(best) || len(k) == len(best) && k < best) {
			best = k
		}
	}
	if best == "" {
		return plain
	}
	return best
}

// stripIndexes turns "channels[1].slots[0]" into "channels.slots".
func stripIndexes(k string) string {
	var b strings.Builder
	depth := 0
	for _, r := range k {
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
