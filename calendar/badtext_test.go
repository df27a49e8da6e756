package calendar

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// badTexts are texts every surface must refuse, with the words the error
// must hold: what is wrong and the byte offset.
var badTexts = []struct {
	name, text, want string
}{
	{"invalid UTF-8", "Flu shots\xff are in", "not valid UTF-8 at byte offset 9"},
	{"NUL", "Flu\x00 shots are in", "NUL) at byte offset 3"},
	{"escape", "Flu shots \x1b[1mare in", "U+001B) at byte offset 10"},
}

func TestBadTextIsRefusedWithItsOffsetAndNothingChanges(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	kept := e.add(t, clean, nil)
	for _, bt := range badTexts {
		t.Run(bt.name, func(t *testing.T) {
			for _, tc := range []struct {
				what string
				mod  func(*AddPost)
			}{
				{"the post text", func(r *AddPost) { r.Body = bt.text }},
				{"the text for preview", func(r *AddPost) { r.Variants = map[string]string{"preview": bt.text} }},
				// A tag is stored beside the text and shown in the calendar;
				// PostgreSQL refuses NUL and bytes that are not UTF-8 in it.
				{"the tag", func(r *AddPost) { r.Tags = []string{"flu", bt.text} }},
			} {
				req := AddPost{Actor: staff, Body: clean, Channels: []string{"preview"}, At: now.Add(time.Hour)}
				tc.mod(&req)
				_, err := e.svc.AddPost(ctx, req)
				if post.ErrorCode(err) != post.EInvalid || !strings.Contains(err.Error(), tc.what) || !strings.Contains(err.Error(), bt.want) {
					t.Errorf("add, %s: %v; want %q naming %s", tc.what, err, bt.want, tc.what)
				}
			}
			body := bt.text
			_, err := e.svc.EditPost(ctx, EditPost{Actor: staff, ID: kept.ID, Version: kept.Version, Body: &body})
			if post.ErrorCode(err) != post.EInvalid || !strings.Contains(err.Error(), bt.want) {
				t.Errorf("edit: %v; want %q", err, bt.want)
			}
			tags := []string{bt.text}
			_, err = e.svc.EditPost(ctx, EditPost{Actor: staff, ID: kept.ID, Version: kept.Version, Tags: &tags})
			if post.ErrorCode(err) != post.EInvalid || !strings.Contains(err.Error(), "the tag") || !strings.Contains(err.Error(), bt.want) {
				t.Errorf("edit the tags: %v; want %q naming the tag", err, bt.want)
			}
		})
	}
	posts, _ := e.svc.ListPosts(ctx, ListQuery{})
	if len(posts) != 1 || posts[0].Body != clean || posts[0].Version != kept.Version {
		t.Fatalf("after bad input: %d posts, first %q v%d", len(posts), posts[0].Body, posts[0].Version)
	}
}
