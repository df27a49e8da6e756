package templates

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"text/template"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2"

	"github.com/practicepost/practicepost/post"
)

// fence opens and closes a template file's TOML header.
const fence = "+++"

// varName is what a user variable may be called: a text/template field
// name that reads well in a config or a form.
var varName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// header is the TOML metadata at the top of a template file.
type header struct {
	Title       string   `toml:"title"`
	Description string   `toml:"description"`
	Tags        []string `toml:"tags"`
	Audience    string   `toml:"audience"`
	Evergreen   bool     `toml:"evergreen"`
	Observance  string   `toml:"observance"`
	Vars        []string `toml:"vars"`
	Sources     []Source `toml:"sources"`
}

// entry is a parsed template: its metadata and its executable text.
type entry struct {
	meta Template
	text *template.Template
}

// fileError is a bad template file, reported as "file:line: what".
func fileError(file string, line int, format string, args ...any) error {
	return post.Errorf(post.EInvalid, "templates: %s:%d: %s", file, line, fmt.Sprintf(format, args...))
}

// parseFile parses one template file. file is the name used in errors (the
// path for a practice file); name is the template's name; origin goes into
// Template.Origin.
func parseFile(file, name, origin string, data []byte) (*entry, error) {
	if !utf8.Valid(data) {
		return nil, fileError(file, 1, "not UTF-8 text; save the file as UTF-8")
	}
	src := strings.ReplaceAll(string(bytes.TrimPrefix(data, []byte("\ufeff"))), "\r\n", "\n")
	lines := strings.Split(src, "\n")
	if strings.TrimSpace(lines[0]) != fence {
		return nil, fileError(file, 1, "the file must start with a %q line opening the TOML header", fence)
	}
	end := slices.IndexFunc(lines[1:], func(l string) bool { return strings.TrimSpace(l) == fence })
	if end < 0 {
		return nil, fileError(file, len(lines), "no %q line closes the TOML header", fence)
	}
	end++ // index of the closing fence in lines

	h, err := decodeHeader(file, strings.Join(lines[1:end], "\n"))
	if err != nil {
		return nil, err
	}
	meta, err := h.template(file, name, origin)
	if err != nil {
		return nil, err
	}

	// Blank lines in place of the header keep text/template's line numbers
	// equal to the file's.
	body := strings.Repeat("\n", end+1) + strings.Join(lines[end+1:], "\n")
	funcs := template.FuncMap{"source": sourceFunc(meta.Sources)}
	t, err := template.New(file).Funcs(funcs).Option("missingkey=error").Parse(body)
	if err != nil {
		return nil, post.Errorf(post.EInvalid, "templates: %w", err)
	}
	if err := checkTree(file, body, t, meta); err != nil {
		return nil, err
	}
	return &entry{meta: meta, text: t}, nil
}

// decodeHeader decodes the TOML header strictly, so a misspelt key is an
// error rather than a silently ignored setting. Header line n is file line n+1.
func decodeHeader(file, text string) (header, error) {
	var h header
	err := toml.NewDecoder(strings.NewReader(text)).DisallowUnknownFields().Decode(&h)
	if err == nil {
		return h, nil
	}
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) && len(strict.Errors) > 0 {
		row, _ := strict.Errors[0].Position()
		return h, fileError(file, row+1, "unknown header key %q", strings.Join(strict.Errors[0].Key(), "."))
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		row, _ := de.Position()
		return h, fileError(file, row+1, "header: %v", err)
	}
	return h, fileError(file, 2, "header: %v", err)
}

// template validates the header and turns it into a Template.
func (h header) template(file, name, origin string) (Template, error) {
	t := Template{
		Name: name, Title: strings.TrimSpace(h.Title), Description: strings.TrimSpace(h.Description),
		Tags: h.Tags, Audience: post.Audience(h.Audience), Evergreen: h.Evergreen,
		Observance: h.Observance, Sources: h.Sources, Vars: h.Vars, Origin: origin,
	}
	if t.Tags == nil {
		t.Tags = []string{}
	}
	if t.Vars == nil {
		t.Vars = []string{}
	}
	if t.Sources == nil {
		t.Sources = []Source{}
	}
	if !varName.MatchString(strings.ReplaceAll(name, "-", "_")) {
		return t, fileError(file, 1, "template name %q: use lower-case letters, digits, - and _", name)
	}
	if t.Title == "" {
		return t, fileError(file, 2, "the header needs a title")
	}
	switch t.Audience {
	case "":
		t.Audience = post.AudiencePatients
	case post.AudiencePatients, post.AudiencePeers, post.AudienceCommunity:
	default:
		return t, fileError(file, 2, "audience %q: use patients, peers or community", h.Audience)
	}
	if t.Observance != "" && !knownObservance(t.Observance) {
		return t, fileError(file, 2, "observance %q is not in the calendar", t.Observance)
	}
	for _, tag := range t.Tags {
		if strings.TrimSpace(tag) == "" {
			return t, fileError(file, 2, "a tag is empty")
		}
	}
	for i, v := range t.Vars {
		switch {
		case !varName.MatchString(v):
			return t, fileError(file, 2, "variable %q: use lower-case letters, digits and _", v)
		case slices.Contains(practiceVars, v):
			return t, fileError(file, 2, "variable %q comes from the practice config; do not list it in vars", v)
		case slices.Contains(t.Vars[:i], v):
			return t, fileError(file, 2, "variable %q is listed twice", v)
		}
	}
	for i, s := range t.Sources {
		u, err := url.Parse(s.URL)
		switch {
		case strings.TrimSpace(s.Name) == "":
			return t, fileError(file, 2, "source %d has no name", i+1)
		case err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "":
			return t, fileError(file, 2, "source %d (%s): url %q is not an http(s) address", i+1, s.Name, s.URL)
		}
	}
	return t, nil
}

// sourceFunc backs {{source N}}: the URL of the Nth source, counting from 1.
func sourceFunc(sources []Source) func(int) (string, error) {
	return func(n int) (string, error) {
		if n < 1 || n > len(sources) {
			return "", fmt.Errorf("source %d: the template lists %d sources", n, len(sources))
		}
		return sources[n-1].URL, nil
	}
}
