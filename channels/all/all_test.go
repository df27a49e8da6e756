package all

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels"
)

// root is the module root, from this package's folder.
const root = "../.."

func TestEveryNetworkIsRegistered(t *testing.T) {
	got := channels.KindNames()
	for _, want := range []string{"bluesky", "facebook", "google", "instagram", "linkedin", "manual", "mastodon", "preview", "x"} {
		if !slices.Contains(got, want) {
			t.Errorf("kind %q is not registered (registered: %v)", want, got)
		}
	}
}

// TestKindsRunTheConformanceSuite: every registered kind names the package
// whose tests run channeltest.Run, and they do.
func TestKindsRunTheConformanceSuite(t *testing.T) {
	for _, k := range channels.Kinds() {
		t.Run(k.Name, func(t *testing.T) {
			if k.Conformance == "" {
				t.Fatal("Kind.Conformance is empty: name the package whose tests run channeltest.Run")
			}
			dir := filepath.Join(root, filepath.FromSlash(k.Conformance))
			files, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
			if err != nil || len(files) == 0 {
				t.Fatalf("Kind.Conformance %q: no test files in %s (%v)", k.Conformance, dir, err)
			}
			for _, f := range files {
				if runsSuite(t, f) {
					return
				}
			}
			t.Errorf("no test in %s calls channeltest.Run", k.Conformance)
		})
	}
}

func runsSuite(t *testing.T, file string) bool {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), file, src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Run" {
				if id, ok := sel.X.(*ast.Ident); ok && id.Name == "channeltest" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// common are the keys config decodes itself for every channel.
var common = []string{"id", "kind", "name", "api_base", "slots", "paused"}

// TestKindOptionsDecodeStrictly: Options returns a fresh pointer to a
// struct whose every exported field has its own toml key, none of them a
// key config keeps for itself, and Check works on the empty value.
func TestKindOptionsDecodeStrictly(t *testing.T) {
	for _, k := range channels.Kinds() {
		t.Run(k.Name, func(t *testing.T) {
			a, b := k.Options(), k.Options()
			v := reflect.ValueOf(a)
			if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
				t.Fatalf("Options returns %T; want a pointer to a struct", a)
			}
			if reflect.ValueOf(b).Pointer() == v.Pointer() {
				t.Fatal("Options returns the same value twice; each channel needs its own")
			}
			seen := map[string]bool{}
			typ := v.Elem().Type()
			for i := range typ.NumField() {
				f := typ.Field(i)
				if !f.IsExported() {
					continue
				}
				key, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
				switch {
				case key == "" || key == "-":
					t.Errorf("field %s has no toml key", f.Name)
				case slices.Contains(common, key):
					t.Errorf("field %s takes the key %q, which config decodes for every channel", f.Name, key)
				case seen[key]:
					t.Errorf("key %q is taken twice", key)
				}
				seen[key] = true
			}
			_ = a.Check() // must not panic on an empty value
		})
	}
}

func TestMeasureCountsNothingInNothing(t *testing.T) {
	for _, k := range channels.Kinds() {
		if n, over := k.Measure("", k.Limits.MaxChars); n != 0 || over != 0 {
			t.Errorf("%s: Measure(\"\") = %d, %d; want 0, 0", k.Name, n, over)
		}
	}
}
