package templates

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// requiredTemplates are the templates the issue asks for by name.
var requiredTemplates = []string{
	"flu-shots", "covid-rsv-vaccines", "holiday-hours", "weather-closure", "new-provider",
	"telehealth", "back-to-school", "sports-physicals", "new-patients", "job-opening",
	"patient-portal", "screening-mammogram", "screening-colorectal", "screening-diabetes",
	"sun-safety", "heat-safety",
}

func TestShippedLibrary(t *testing.T) {
	lib := mustLoad(t)
	names := map[string]bool{}
	for _, tp := range lib.List() {
		names[tp.Name] = true
		if tp.Origin != OriginShipped {
			t.Errorf("%s: origin %q, want shipped", tp.Name, tp.Origin)
		}
		if tp.Description == "" || len(tp.Tags) == 0 {
			t.Errorf("%s: needs a description and tags", tp.Name)
		}
		if tp.Evergreen && tp.Observance != "" {
			t.Errorf("%s: an observance template cannot be evergreen", tp.Name)
		}
	}
	for _, n := range requiredTemplates {
		if !names[n] {
			t.Errorf("required template %s is missing", n)
		}
	}
	// Every observance has its template, and the template points back.
	for _, o := range Observances(2026, nil) {
		tp, ok := lib.Get(o.Template)
		if !ok {
			t.Errorf("observance %s: no template %s", o.ID, o.Template)
			continue
		}
		if tp.Observance != o.ID {
			t.Errorf("template %s: observance %q, want %q", tp.Name, tp.Observance, o.ID)
		}
	}
}

func TestRenderEveryShippedTemplate(t *testing.T) {
	lib := mustLoad(t)
	for _, tp := range lib.List() {
		t.Run(tp.Name, func(t *testing.T) {
			r, err := lib.Render(tp.Name, testPractice, varsFor(tp))
			if err != nil {
				t.Fatalf("Render: %v", err)
			}
			for kind, text := range map[string]string{KindShort: r.Short, KindLong: r.Long} {
				if text == "" || strings.Contains(text, "<no value>") || strings.Contains(text, "{{") {
					t.Errorf("%s text is unfinished: %q", kind, text)
				}
			}
			if len(r.Long) <= len(r.Short) {
				t.Errorf("long text (%d bytes) is not longer than short (%d)", len(r.Long), len(r.Short))
			}
			// A template that cites a source must show at least one of its
			// links in the long text, so readers can check the fact.
			if len(tp.Sources) > 0 && tp.Observance != "world-health-day" &&
				!slices.ContainsFunc(tp.Sources, func(s Source) bool { return strings.Contains(r.Long, s.URL) }) {
				t.Errorf("long text shows none of the template's source links")
			}
		})
	}
}

func TestRenderVariableErrors(t *testing.T) {
	lib := mustLoad(t)
	noPhone := testPractice
	noPhone.Phone = ""
	tests := []struct {
		name      string
		template  string
		practice  Practice
		vars      map[string]string
		code      string
		missing   string // the variable a MissingVarError must name
		inMessage string
	}{
		{"user var absent", "new-provider", testPractice, map[string]string{"provider": "Dr. Ana Ruiz", "specialty": "family medicine"}, post.EInvalid, "start_date", "start_date"},
		{"user var blank", "holiday-hours", testPractice, map[string]string{"holiday": " ", "closed": "Monday", "reopen": "Tuesday"}, post.EInvalid, "holiday", "holiday"},
		// Every missing variable is named at once, not one per attempt.
		{"several user vars absent", "holiday-hours", testPractice, map[string]string{"closed": "Monday"}, post.EInvalid, "holiday", "holiday, reopen"},
		{"practice field empty", "flu-shots", noPhone, nil, post.EInvalid, "phone", "[practice]"},
		{"unknown var (typo)", "job-opening", testPractice, map[string]string{"role": "nurse", "rol": "nurse"}, post.EInvalid, "", `"rol"`},
		{"unknown template", "no-such-template", testPractice, nil, post.ENotFound, "", "no-such-template"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := lib.Render(tt.template, tt.practice, tt.vars)
			if err == nil {
				t.Fatalf("Render succeeded: %+v", r)
			}
			if got := post.ErrorCode(err); got != tt.code {
				t.Errorf("code %q, want %q (%v)", got, tt.code, err)
			}
			if !strings.Contains(err.Error(), tt.inMessage) {
				t.Errorf("error %q does not mention %q", err, tt.inMessage)
			}
			m, ok := IsMissingVar(err)
			if tt.missing == "" && ok {
				t.Errorf("unexpected MissingVarError %v", m)
			}
			if tt.missing != "" && (!ok || m.Var != tt.missing) {
				t.Errorf("want a MissingVarError naming %s, got %v", tt.missing, err)
			}
		})
	}
}

// writeFile writes a template file into dir.
func writeFile(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

const goodFile = `+++
title = "Open house"
tags = ["community"]
vars = ["date"]
+++
{{define "short"}}Open house at {{.practice_name}} on {{.date}}.{{end}}
{{define "long"}}
Come to our open house on {{.date}} at {{.address}}.
{{end}}
`

func TestPracticeFolderOverridesAndExtends(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "open-house.tmpl", goodFile)
	writeFile(t, dir, "telehealth.tmpl", strings.Replace(goodFile, "Open house", "Video visits", 1))
	writeFile(t, dir, "README.txt", "not a template, ignored")
	lib, err := Load(dir, []string{"screening-*", "job-opening"})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	tp, ok := lib.Get("open-house")
	if !ok || tp.Origin != filepath.Join(dir, "open-house.tmpl") || tp.Audience != post.AudiencePatients {
		t.Errorf("open-house: %+v, %v", tp, ok)
	}
	if tp, _ := lib.Get("telehealth"); tp.Title != "Video visits" || tp.Evergreen {
		t.Errorf("telehealth was not replaced by the practice file: %+v", tp)
	}
	for _, tp := range lib.List() {
		if strings.HasPrefix(tp.Name, "screening-") || tp.Name == "job-opening" {
			t.Errorf("disabled template %s is still listed", tp.Name)
		}
	}
	if _, ok := lib.Get("screening-diabetes"); ok {
		t.Error("Get found a disabled template")
	}
	if _, err := lib.Render("job-opening", testPractice, map[string]string{"role": "nurse"}); post.ErrorCode(err) != post.ENotFound {
		t.Errorf("rendering a disabled template: %v", err)
	}
	r, err := lib.Render("open-house", testPractice, map[string]string{"date": "May 2"})
	if err != nil || r.Long != "Come to our open house on May 2 at 120 Maple St, Springfield, IL 62704." {
		t.Errorf("Render open-house: %q, %v", r.Long, err)
	}
}

func TestDisableEverythingShipped(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "open-house.tmpl", goodFile)
	lib, err := Load(dir, []string{"*"})
	if err != nil {
		t.Fatal(err)
	}
	if got := lib.List(); len(got) != 1 || got[0].Name != "open-house" {
		t.Errorf("List = %v, want only the practice template", got)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		disabled []string
		want     string // the error must contain this (file and line where there is one)
	}{
		{"no header", "{{define \"short\"}}x{{end}}", nil, "bad.tmpl:1:"},
		{"unclosed header", "+++\ntitle = \"x\"\n", nil, "bad.tmpl:3:"},
		{"toml syntax", "+++\ntitle = \"x\"\ntags = [\"a\"\n+++\n", nil, "bad.tmpl:"},
		{"unknown key", "+++\ntitle = \"x\"\nevergren = true\n+++\n", nil, `bad.tmpl:3: unknown header key "evergren"`},
		{"no title", "+++\ntags = [\"a\"]\n+++\n", nil, "needs a title"},
		{"bad audience", "+++\ntitle = \"x\"\naudience = \"everyone\"\n+++\n", nil, `audience "everyone"`},
		{"unknown observance", "+++\ntitle = \"x\"\nobservance = \"heart-mnth\"\n+++\n", nil, `observance "heart-mnth"`},
		{"practice var in vars", "+++\ntitle = \"x\"\nvars = [\"phone\"]\n+++\n", nil, "comes from the practice config"},
		{"bad source url", "+++\ntitle = \"x\"\n[[sources]]\nname = \"CDC\"\nurl = \"cdc.gov\"\n+++\n", nil, "not an http(s) address"},
		{"template syntax", "+++\ntitle = \"x\"\n+++\n{{define \"short\"}}{{.date{{end}}\n", nil, "bad.tmpl:4"},
		{"missing long", "+++\ntitle = \"x\"\n+++\n{{define \"short\"}}x{{end}}\n", nil, `no {{define "long"}}`},
		{"text outside blocks", "+++\ntitle = \"x\"\n+++\nhello\n{{define \"short\"}}x{{end}}{{define \"long\"}}y{{end}}\n", nil, "bad.tmpl:4:"},
		{"undeclared var", "+++\ntitle = \"x\"\n+++\n{{define \"short\"}}x{{end}}\n{{define \"long\"}}\nOn {{.date}}\n{{end}}\n", nil, `bad.tmpl:6:5: variable "date" is neither`},
		{"declared var unused", "+++\ntitle = \"x\"\nvars = [\"date\"]\n+++\n{{define \"short\"}}x{{end}}{{define \"long\"}}y{{end}}\n", nil, `"date" is listed in vars but never used`},
		{"source out of range", "+++\ntitle = \"x\"\n+++\n{{define \"short\"}}x{{end}}\n{{define \"long\"}}{{source 1}}{{end}}\n", nil, "bad.tmpl:5:"},
		{"extra block", "+++\ntitle = \"x\"\n+++\n{{define \"short\"}}x{{end}}{{define \"long\"}}y{{end}}{{define \"medium\"}}z{{end}}\n", nil, `block "medium"`},
		{"disabled typo", "", []string{"flu-shot"}, `"flu-shot" matches no shipped template`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				writeFile(t, dir, "bad.tmpl", tt.file)
			}
			_, err := Load(dir, tt.disabled)
			if err == nil {
				t.Fatal("Load succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			var pe *post.Error
			if !errors.As(err, &pe) || pe.Code != post.EInvalid {
				t.Errorf("error is not an EInvalid *post.Error: %#v", err)
			}
		})
	}
}

func TestLoadMissingFolder(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope"), nil)
	if err == nil || !strings.Contains(err.Error(), "practice template folder") {
		t.Errorf("Load of a missing folder: %v", err)
	}
}
