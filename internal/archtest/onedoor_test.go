package archtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// storeWrites are the store methods that change posts, reviews, the
// practice settings (emergency stop, channel pauses, account records) or
// the audit log, or open a write transaction. The calendar is the one door
// for those changes (issue 13): the web layer asks it, so a rule the
// calendar enforces holds in the web UI, the JSON API and the CLI alike.
// Matched by method name, which is enough for the web package: nothing
// else there has methods by these names.
var storeWrites = []string{
	"Update", "InsertPost", "PutPost", "DeletePost", "PutSetting", "PutChannelPause", "PutEmergencyStop",
	"AppendAudit", "AddReview", "LinkReply", "SaveRevision",
}

// storeWriteCalls lists the calls in f to a method named in storeWrites.
func storeWriteCalls(fset *token.FileSet, f *ast.File) []string {
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && slices.Contains(storeWrites, sel.Sel.Name) {
			out = append(out, fset.Position(call.Pos()).String()+": "+sel.Sel.Name)
		}
		return true
	})
	return out
}

// TestWebWritesThroughTheCalendar: package web imports no bbolt and calls
// no store method that writes posts, reviews, settings or the audit log.
func TestWebWritesThroughTheCalendar(t *testing.T) {
	for _, p := range listPackages(t) {
		if p.ImportPath == module+"/web" && slices.Contains(p.Imports, "go.etcd.io/bbolt") {
			t.Error("web imports go.etcd.io/bbolt; it reads and writes through the calendar and the store's methods")
		}
	}
	files, err := filepath.Glob(filepath.Join("..", "..", "web", "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no web sources found: %v", err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range storeWriteCalls(fset, f) {
			t.Errorf("%s: web writes to the store itself; ask the calendar (calendar.Service) instead", c)
		}
	}
}

// TestStoreWriteCallsBites shows the check finds a write transaction and a
// direct setting write, and passes reads.
func TestStoreWriteCallsBites(t *testing.T) {
	src := `package web
func (s *Server) bad(ctx context.Context) {
	s.db.Update(ctx, func(tx store.Tx) error { return tx.PutSetting("k", 1, store.Audit{}) })
	s.db.View(ctx, func(tx store.Tx) error { _, err := tx.Setting("k", nil); return err })
}`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "bad.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	got := storeWriteCalls(fset, f)
	if len(got) != 2 || !strings.HasSuffix(got[0], ": Update") || !strings.HasSuffix(got[1], ": PutSetting") {
		t.Fatalf("found %q; want Update and PutSetting", got)
	}
}
