package compliance

import (
	"context"
	"slices"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestAuthorizeNotShared: the authorization uses a report asks for are the
// report's own. A caller that edits one report's list (the web UI keeps
// reports with its posts) must not change the next report's.
func TestAuthorizeNotShared(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	const text = "Happy 91st birthday to our patient Maria Lopez, DOB 03/14/1935"
	uses := func(rep Report) []post.Use {
		for _, f := range rep.Findings {
			if len(f.Authorize) > 0 {
				return f.Authorize
			}
		}
		t.Fatalf("no finding asks for an authorization: %+v", rep.Findings)
		return nil
	}
	first := uses(c.Check(context.Background(), Draft{Text: text}))
	want := slices.Clone(first)
	first[0] = "edited by a caller"
	if got := uses(c.Check(context.Background(), Draft{Text: text})); !slices.Equal(got, want) {
		t.Errorf("a later report asks for %v, want %v: reports share their Authorize list", got, want)
	}
}
