package templates

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/practicepost/practicepost/post"
)

// MissingVarError says which variable a render lacked. Practice is true for a
// practice variable (fix the [practice] config), false for one staff supply.
// Vars lists every missing staff variable (Var is the first), so a person
// fills them all in one go rather than learning of them one at a time.
type MissingVarError struct {
	Template string
	Var      string
	Vars     []string
	Practice bool
}

func (e *MissingVarError) Error() string {
	if e.Practice {
		return fmt.Sprintf("template %s needs %s: set %s in the [practice] section of the config", e.Template, e.Var, e.Var)
	}
	if len(e.Vars) > 1 {
		return fmt.Sprintf("template %s needs the variables %s", e.Template, strings.Join(e.Vars, ", "))
	}
	return fmt.Sprintf("template %s needs the variable %s", e.Template, e.Var)
}

// Render fills the named template for practice p with the user variables
// vars. It fails, naming the variable, when the template uses a practice
// field that is empty, when a variable the template declares is missing or
// blank, and when vars holds a name the template does not declare (most
// often a typo). The result is trimmed of leading and trailing blank space.
// Errors are *post.Error: ENotFound for an unknown template, EInvalid for
// variable problems (wrapping a *MissingVarError when one is missing).
func (l *Library) Render(name string, p Practice, vars map[string]string) (Rendered, error) {
	e, ok := l.byName[name]
	if !ok {
		return Rendered{}, post.Errorf(post.ENotFound, "templates: no template named %q", name)
	}
	data := p.vars()
	for _, k := range slices.Sorted(maps.Keys(vars)) {
		if !slices.Contains(e.meta.Vars, k) {
			return Rendered{}, post.Errorf(post.EInvalid,
				"templates: render %s: unknown variable %q; this template takes %s", name, k, describeVars(e.meta.Vars))
		}
		if strings.TrimSpace(vars[k]) != "" {
			data[k] = vars[k]
		}
	}
	var missing []string
	for _, v := range e.meta.Vars {
		if _, ok := data[v]; !ok {
			missing = append(missing, v)
		}
	}
	if len(missing) > 0 {
		return Rendered{}, post.Errorf(post.EInvalid, "templates: render: %w", &MissingVarError{Template: name, Var: missing[0], Vars: missing})
	}
	r := Rendered{
		Template: name, Title: e.meta.Title, Tags: slices.Clone(e.meta.Tags),
		Audience: e.meta.Audience, Sources: slices.Clone(e.meta.Sources),
	}
	var err error
	if r.Short, err = execute(e, KindShort, data); err != nil {
		return Rendered{}, err
	}
	if r.Long, err = execute(e, KindLong, data); err != nil {
		return Rendered{}, err
	}
	return r, nil
}

// execute runs one block. With missingkey=error, text/template stops at an
// absent key; since only non-empty values are in data, that is exactly an
// empty practice field, and it becomes a MissingVarError naming it.
func execute(e *entry, kind string, data map[string]string) (string, error) {
	var b strings.Builder
	if err := e.text.ExecuteTemplate(&b, kind, data); err != nil {
		for _, v := range practiceVars {
			if _, ok := data[v]; !ok && strings.Contains(err.Error(), fmt.Sprintf("no entry for key %q", v)) {
				return "", post.Errorf(post.EInvalid, "templates: render: %w",
					&MissingVarError{Template: e.meta.Name, Var: v, Practice: true})
			}
		}
		return "", post.Errorf(post.EInvalid, "templates: render %s: %w", e.meta.Name, err)
	}
	out := strings.TrimSpace(b.String())
	if out == "" {
		return "", post.Errorf(post.EInvalid, "templates: render %s: the %s text came out empty", e.meta.Name, kind)
	}
	if strings.Contains(out, "<no value>") {
		// Cannot happen with missingkey=error and string values; kept as a
		// last guard because a post with a hole in it must never go out.
		return "", post.Errorf(post.EInvalid, "templates: render %s: the %s text has an empty slot", e.meta.Name, kind)
	}
	return out, nil
}

// describeVars lists a template's variables for an error message.
func describeVars(vars []string) string {
	if len(vars) == 0 {
		return "no variables of its own"
	}
	return strings.Join(vars, ", ")
}

// IsMissingVar reports whether err is a missing-variable error and returns it.
func IsMissingVar(err error) (*MissingVarError, bool) {
	var m *MissingVarError
	ok := errors.As(err, &m)
	return m, ok
}
