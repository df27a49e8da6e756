package calendar

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestTimesOutOfBounds: a time more than two years ahead is refused on
// every path that sets one (add, import, edit), and the zero time, which
// --at 0001-01-01T00:00:00Z parsed to and which then silently made a draft,
// is refused when parsed.
func TestTimesOutOfBounds(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	far := time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)
	_, err := e.svc.AddPost(ctx, AddPost{Actor: staff, Body: clean, Channels: []string{"preview"}, At: far})
	if post.ErrorCode(err) != post.EInvalid || !strings.Contains(err.Error(), "2 years") {
		t.Errorf("add at %v: %v, want refused as more than 2 years ahead", far, err)
	}
	_, err = e.svc.AddPosts(ctx, staff, []AddPost{{Actor: staff, Body: clean, Channels: []string{"preview"}, At: now.AddDate(2, 0, 1)}}, "post.import")
	if post.ErrorCode(err) != post.EInvalid {
		t.Errorf("import 2 years and a day ahead: %v, want refused", err)
	}
	p := e.add(t, clean, nil)
	_, err = e.svc.EditPost(ctx, EditPost{Actor: staff, ID: p.ID, Version: p.Version, At: &far})
	if post.ErrorCode(err) != post.EInvalid {
		t.Errorf("edit to %v: %v, want refused", far, err)
	}
	var zero time.Time
	if _, err := e.svc.EditPost(ctx, EditPost{Actor: staff, ID: p.ID, At: &zero}); post.ErrorCode(err) != post.EInvalid {
		t.Errorf("edit to the zero time: %v, want refused", err)
	}
	if _, err := e.svc.AddPost(ctx, AddPost{Actor: staff, Body: clean, Channels: []string{"preview"}, At: now.AddDate(1, 11, 0)}); err != nil {
		t.Errorf("23 months ahead: %v", err)
	}
	for _, s := range []string{"0001-01-01T00:00:00Z", "0001-01-01 00:00"} {
		if _, err := ParseTime(s, chicago); post.ErrorCode(err) != post.EInvalid {
			t.Errorf("ParseTime(%q): %v, want refused", s, err)
		}
	}
}
