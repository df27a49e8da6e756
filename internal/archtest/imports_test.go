package archtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/practicepost/practicepost"

// allowed says, for each package of ours, which of our packages it may
// import (non-test files). A pattern is a path relative to the module: "x"
// is x itself, "x/*" a package one level below x, "x/..." x and everything
// below it. The most specific pattern naming a package is its rule. A
// package no pattern names fails the test: give it a rule here and a line
// in ARCHITECTURE.md.
var allowed = []struct {
	pkg string
	may []string
	why string // why, when it is not plain from DESIGN.md
}{
	{pkg: "", may: nil, why: "the root package only embeds files"},
	{pkg: "post", may: nil},
	{pkg: "media/...", may: []string{"post"}},
	{pkg: "config", may: []string{"post", "channels"}, why: "a channel's own keys are decoded by its registered channels.Kind"},
	{pkg: "store", may: []string{"post", "media"}, why: "media strips metadata before the hash is stored"},
	{pkg: "store/storetest", may: []string{"post", "store"}, why: "the storage contract suite every backend passes"},
	{pkg: "store/postgres", may: []string{"post", "store"}, why: "the second backend of the storage contract (issue 18)"},
	{pkg: "store/postgres/pgtest", may: nil, why: "starts a throwaway PostgreSQL for tests"},
	{pkg: "compliance/...", may: []string{"post", "compliance/...", "internal/..."}},
	{pkg: "templates", may: []string{"post"}},
	{pkg: "channels", may: []string{"post"}},
	{pkg: "channels/channeltest", may: []string{"channels", "post"}},
	// The one list of networks: blank imports of every adapter.
	{pkg: "channels/all", may: []string{"channels/*"}},
	// An adapter imports nothing of ours but channels, post and internal/...
	{pkg: "channels/*", may: []string{"channels", "post", "internal/..."}},
	// An adapter's fake may use the conformance kit too.
	{pkg: "channels/*/*", may: []string{"channels", "channels/channeltest", "post", "internal/..."}},
	{pkg: "alert", may: []string{"post", "config", "store"}},
	{pkg: "medialink", may: []string{"post", "store", "channels"}, why: "signs links for channels.PublicMedia and opens them against the post in the store; web only serves what it opens"},
	{pkg: "calendar", may: []string{"post", "config", "store", "media", "compliance", "templates", "channels"}},
	{pkg: "scheduler", may: []string{"post", "store", "channels", "compliance", "alert"}},
	{pkg: "scheduler/crashtest", may: nil, why: "a test harness: its code is in _test files"},
	{pkg: "packaging", may: nil, why: "the Debian package's files; its code is in _test files"},
	{pkg: "report", may: []string{"post", "store", "channels", "compliance"}, why: "compliance: the checklist marks health details in comments"},
	{pkg: "localapi", may: []string{"post"}},
	{pkg: "web", may: []string{"post", "config", "store", "media", "compliance", "templates", "channels", "calendar", "scheduler", "report", "alert", "internal/..."}},
	{pkg: "web/loadtest", may: []string{"web", "post", "store", "compliance", "calendar", "channels/all", "internal/..."}},
	{pkg: "internal/...", may: []string{"post", "store", "internal/..."}},
	{pkg: "cmd/ppseed", may: []string{"store", "internal/..."}},
	{pkg: "cmd/practicepost", may: []string{"..."}, why: "wires everything; see webUses for what it may take from web"},
}

// exceptions are today's arrows against the rules, each to be removed by
// the issue named. The test fails when one is no longer needed, so whoever
// removes the arrow also removes the exception and the rule holds from then.
var exceptions = []struct{ from, to, issue string }{}

// never are arrows no package may have, directly or through others
// (DESIGN.md: post, compliance and channels never reach the store, the
// scheduler or the web layer; nothing but the commands imports web or cmd).
var never = []struct{ from, to string }{
	{"post", "store"}, {"post", "scheduler/..."}, {"post", "web/..."}, {"post", "calendar"},
	{"compliance/...", "store"}, {"compliance/...", "scheduler/..."}, {"compliance/...", "web/..."}, {"compliance/...", "calendar"},
	{"channels/...", "store"}, {"channels/...", "scheduler/..."}, {"channels/...", "web/..."}, {"channels/...", "calendar"},
	{"...", "cmd/..."},
}

// webUses is all cmd/practicepost may take from package web: what it needs
// to construct it. Anything else is a web internal the command should get
// from where it lives.
var webUses = map[string]string{"New": "", "Options": ""}

type pkg struct {
	ImportPath string
	Dir        string
	GoFiles    []string
	Imports    []string
	Deps       []string
}

func listPackages(t *testing.T) []pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-json", module+"/...")
	cmd.Dir = "../.."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v: %s", err, stderr.String())
	}
	var pkgs []pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return pkgs
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
}

// ours returns a path relative to the module and whether it is ours.
func ours(path string) (string, bool) {
	if path == module {
		return "", true
	}
	rel, ok := strings.CutPrefix(path, module+"/")
	return rel, ok
}

// match reports whether rel is named by pattern, and how specifically:
// 3 for the exact path, 2 for "x/*", 1 for "x/...", 0 for no match.
func match(pattern, rel string) int {
	switch {
	case pattern == rel:
		return 3
	case pattern == "...":
		return 1
	case strings.HasSuffix(pattern, "/..."):
		base := strings.TrimSuffix(pattern, "/...")
		if rel == base || strings.HasPrefix(rel, base+"/") {
			return 1
		}
	case strings.HasSuffix(pattern, "/*"):
		base := strings.TrimSuffix(pattern, "*")
		if rest, ok := strings.CutPrefix(rel, base); ok && rest != "" && !strings.Contains(rest, "/") {
			return 2
		}
		// "x/*/*": two levels below x.
		if strings.HasSuffix(pattern, "/*/*") {
			base := strings.TrimSuffix(pattern, "*/*")
			if rest, ok := strings.CutPrefix(rel, base); ok && strings.Count(rest, "/") == 1 && !strings.HasPrefix(rest, "/") && !strings.HasSuffix(rest, "/") {
				return 2
			}
		}
	}
	return 0
}

// rule returns the index of the most specific rule for rel, or -1.
func rule(rel string) int {
	best, score := -1, 0
	for i, r := range allowed {
		if s := match(r.pkg, rel); s > score || (s == score && s > 0 && len(r.pkg) > len(allowed[best].pkg)) {
			best, score = i, s
		}
	}
	return best
}

func anyMatch(patterns []string, rel string) bool {
	return slices.ContainsFunc(patterns, func(p string) bool { return match(p, rel) > 0 })
}

// arrows checks each package's direct imports against its rule; it returns
// what is wrong and which exceptions were used.
func arrows(pkgs []pkg) (problems []string, used map[int]bool) {
	used = map[int]bool{}
	for _, p := range pkgs {
		from, _ := ours(p.ImportPath)
		r := rule(from)
		if r < 0 {
			problems = append(problems, fmt.Sprintf("package %q has no import rule: add it to allowed in internal/archtest and to ARCHITECTURE.md", from))
			continue
		}
		for _, imp := range p.Imports {
			to, ok := ours(imp)
			if !ok || anyMatch(allowed[r].may, to) {
				continue
			}
			if i := slices.IndexFunc(exceptions, func(e struct{ from, to, issue string }) bool { return e.from == from && e.to == to }); i >= 0 {
				used[i] = true
				continue
			}
			problems = append(problems, fmt.Sprintf("%s imports %s, which its rule (%q may import %v) does not allow", show(from), show(to), allowed[r].pkg, allowed[r].may))
		}
		for _, n := range never {
			if match(n.from, from) == 0 {
				continue
			}
			for _, d := range p.Deps {
				if to, ok := ours(d); ok && match(n.to, to) > 0 && !(n.to == "cmd/..." && strings.HasPrefix(from, "cmd/")) {
					problems = append(problems, fmt.Sprintf("%s depends on %s (directly or through another package); %s must never reach %s", show(from), show(to), n.from, n.to))
				}
			}
		}
	}
	return problems, used
}

func show(rel string) string {
	if rel == "" {
		return "the root package"
	}
	return rel
}

func TestImportRules(t *testing.T) {
	problems, used := arrows(listPackages(t))
	for i, e := range exceptions {
		if !used[i] {
			problems = append(problems, fmt.Sprintf("the exception %s -> %s (%s) is no longer needed: remove it from internal/archtest so the rule holds", e.from, e.to, e.issue))
		}
	}
	for _, p := range problems {
		t.Error(p)
	}
}

// TestCmdUsesOnlyWebConstructor: cmd/practicepost may import web only to
// build it; every other name it takes from web is a web internal.
func TestCmdUsesOnlyWebConstructor(t *testing.T) {
	dir := filepath.Join("..", "..", "cmd", "practicepost")
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for name, pos := range webNames(af) {
			seen[name] = true
			if _, ok := webUses[name]; !ok {
				t.Errorf("%s: cmd/practicepost uses web.%s; it may take from web only what builds it (New, Options)", fset.Position(pos), name)
			}
		}
	}
	for name, issue := range webUses {
		if issue != "" && !seen[name] {
			t.Errorf("cmd/practicepost no longer uses web.%s: remove it from webUses (%s)", name, issue)
		}
	}
}

// webNames returns the names a file selects from package web, with a position each.
func webNames(f *ast.File) map[string]token.Pos {
	local := ""
	for _, imp := range f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == module+"/web" {
			local = "web"
			if imp.Name != nil {
				local = imp.Name.Name
			}
		}
	}
	names := map[string]token.Pos{}
	if local == "" {
		return names
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == local {
				if _, dup := names[sel.Sel.Name]; !dup {
					names[sel.Sel.Name] = sel.Pos()
				}
			}
		}
		return true
	})
	return names
}

// TestRulesCatchNewArrows feeds the checker made-up packages with wrong
// arrows, so the rules are shown to bite and not only to pass.
func TestRulesCatchNewArrows(t *testing.T) {
	p := func(path string, imports ...string) pkg {
		full := func(r string) string { return module + "/" + r }
		q := pkg{ImportPath: full(path)}
		for _, i := range imports {
			q.Imports = append(q.Imports, full(i))
			q.Deps = append(q.Deps, full(i))
		}
		return q
	}
	tests := []struct {
		name string
		pkg  pkg
		want string
	}{
		{"adapter imports the store", p("channels/facebook", "store"), "channels/facebook imports store"},
		{"new adapter imports compliance", p("channels/mastodon", "compliance"), "channels/mastodon imports compliance"},
		{"scheduler imports web", p("scheduler", "web"), "scheduler imports web"},
		{"post imports anything", p("post", "config"), "post imports config"},
		{"compliance reaches the store", p("compliance/names", "store"), "compliance/names depends on store"},
		{"anything imports cmd", p("report", "cmd/practicepost"), "report depends on cmd/practicepost"},
		{"a package with no rule", p("newthing"), `package "newthing" has no import rule`},
		{"report imports scheduler", p("report", "scheduler"), "report imports scheduler"},
		{"scheduler imports calendar", p("scheduler", "calendar"), "scheduler imports calendar"},
		{"report imports calendar", p("report", "calendar"), "report imports calendar"},
		{"an adapter imports another", p("channels/preview", "channels", "channels/x"), "channels/preview imports channels/x"},
		{"web imports an adapter", p("web", "channels", "channels/x"), "web imports channels/x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			problems, _ := arrows([]pkg{tc.pkg})
			if !slices.ContainsFunc(problems, func(s string) bool { return strings.Contains(s, tc.want) }) {
				t.Fatalf("problems %q; want one containing %q", problems, tc.want)
			}
		})
	}
	// Allowed arrows pass: an adapter to the registry, the list of
	// networks to the adapters.
	if problems, _ := arrows([]pkg{p("channels/preview", "channels", "post"), p("channels/all", "channels/x", "channels/google")}); len(problems) > 0 {
		t.Fatalf("allowed arrows refused: %q", problems)
	}
}
