package licenses

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Files are the generated files, relative to the repository root.
const (
	NoticeFile     = "NOTICE"
	ThirdPartyFile = "THIRD_PARTY.md"
)

// Write regenerates NOTICE and THIRD_PARTY.md under root. It refuses, and
// writes nothing, when the inventory has problems a rewrite cannot fix.
func Write(ctx context.Context, root string, opt Options) error {
	inv, err := Collect(ctx, root, opt)
	if err != nil {
		return err
	}
	if len(inv.Problems) > 0 {
		return problemsError(inv.Problems)
	}
	notice, third, err := Render(root, inv)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(root, NoticeFile), notice, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(root, ThirdPartyFile), third, 0o644)
}

// Check returns an error naming every problem: a module or embedded file with
// no recorded licence, copyleft data, and NOTICE or THIRD_PARTY.md differing
// from what Write would produce.
func Check(ctx context.Context, root string, opt Options) error {
	inv, err := Collect(ctx, root, opt)
	if err != nil {
		return err
	}
	problems := inv.Problems
	notice, third, err := Render(root, inv)
	if err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		want []byte
	}{{NoticeFile, notice}, {ThirdPartyFile, third}} {
		have, err := os.ReadFile(filepath.Join(root, f.name))
		if err != nil {
			problems = append(problems, fmt.Sprintf("%v; run go run ./internal/tools/licenses", err))
			continue
		}
		if !bytes.Equal(have, f.want) {
			problems = append(problems, fmt.Sprintf("%s is out of date (%s); run go run ./internal/tools/licenses and commit it",
				f.name, firstDifference(string(have), string(f.want))))
		}
	}
	if len(problems) > 0 {
		return problemsError(problems)
	}
	return nil
}

func problemsError(problems []string) error {
	return errors.New("licence record: " + strings.Join(problems, "\n\t"))
}

// firstDifference names the first line where the files part, so a reviewer
// sees which module or file changed without a diff tool.
func firstDifference(have, want string) string {
	h, w := strings.Split(have, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(h) || i < len(w); i++ {
		var a, b string
		if i < len(h) {
			a = h[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d: have %q, want %q", i+1, clip(a), clip(b))
		}
	}
	return "line endings"
}

func clip(s string) string {
	if len(s) > 120 {
		return s[:120] + "..."
	}
	return s
}
