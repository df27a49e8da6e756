package main

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestPlanCreateTwiceAndThisMonth: a second `plan --create` for the same
// month proposes no observance (or evergreen post) already queued, and
// planning the current month skips the slots already past instead of
// failing on the first of them.
func TestPlanCreateTwiceAndThisMonth(t *testing.T) {
	cfg := mustInit(t)
	templatesOf := func(ids []post.ID) map[string]int {
		t.Helper()
		out := map[string]int{}
		for _, id := range ids {
			code, js, errs := cli(t, "", "--config", cfg, "post", "show", id, "--json")
			if code != 0 {
				t.Fatalf("post show: exit %d: %s", code, errs)
			}
			var v struct{ Post post.Post }
			if err := json.Unmarshal([]byte(js), &v); err != nil {
				t.Fatal(err)
			}
			out[v.Post.Template]++
		}
		return out
	}
	create := func(month string) []post.ID {
		t.Helper()
		code, js, errs := cli(t, "", "--config", cfg, "plan", "--month", month, "--create", "--json")
		if code != 0 {
			t.Fatalf("plan %s --create: exit %d: %s", month, code, errs)
		}
		var ids []post.ID
		if err := json.Unmarshal([]byte(js), &ids); err != nil {
			t.Fatalf("%v: %s", err, js)
		}
		return ids
	}
	// Next year's March: within the calendar's two years ahead.
	march := fmt.Sprintf("%d-03", time.Now().Year()+1)
	first := templatesOf(create(march))
	if len(first) == 0 {
		t.Fatal("the first plan created nothing")
	}
	for tmpl, n := range templatesOf(create(march)) {
		if first[tmpl] > 0 || n > 1 {
			t.Errorf("template %s queued again (%d more) by the second plan", tmpl, n)
		}
	}
	create(time.Now().Format("2006-01"))
}
