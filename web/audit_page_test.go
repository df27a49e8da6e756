package web

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/store"
)

// TestAuditPageFiltersPagesAndFoldsSignIns: the audit page filters by who,
// kind, post and day, pages through older entries, and folds a run of one
// person's sign-ins into a single line.
func TestAuditPageFiltersPagesAndFoldsSignIns(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	ctx := context.Background()
	err := e.db.Update(ctx, func(tx store.Tx) error {
		for i := range 150 {
			if _, err := tx.AppendAudit(store.Audit{Actor: "sam", Action: "post.create", Subject: fmt.Sprintf("POST%022d", i)}); err != nil {
				return err
			}
		}
		for range 40 {
			if _, err := tx.AppendAudit(store.Audit{Actor: "kim", Action: "login"}); err != nil {
				return err
			}
		}
		_, err := tx.AppendAudit(store.Audit{Actor: "cli:root as drlee", Action: "review.approve", Subject: fmt.Sprintf("POST%022d", 7)})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	tok, _ := e.session("ada")
	rows := regexp.MustCompile(`<tr><td>\d+</td>`)
	get := func(q string) string {
		t.Helper()
		resp := e.do(http.MethodGet, "/audit?"+q, tok, nil)
		body := readBody(t, resp)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("/audit?%s: status %d", q, resp.StatusCode)
		}
		return body
	}

	page := get("")
	if !strings.Contains(page, "× 40 since") {
		t.Errorf("kim's 40 sign-ins are not folded into one line")
	}
	if n := len(rows.FindAllString(page, -1)); n != 100 {
		t.Errorf("the first page has %d rows, want 100", n)
	}
	older := regexp.MustCompile(`href="(/audit\?[^"]*before=\d+)"`).FindStringSubmatch(page)
	if older == nil {
		t.Fatal("no link to older entries")
	}
	link := strings.ReplaceAll(strings.TrimPrefix(older[1], "/audit?"), "&amp;", "&")
	if page2 := get(link); len(rows.FindAllString(page2, -1)) == 0 || strings.Contains(page2, "review.approve") {
		t.Errorf("the older page is empty or repeats the newest entries")
	}

	cases := []struct {
		name, query string
		wantRows    int
		want        string
	}{
		{"who, by part of the name", "actor=DRLEE", 1, "cli:root as drlee"},
		{"kind", "kind=review", 1, "review.approve"},
		{"post", "post=" + fmt.Sprintf("POST%022d", 7), 2, "review.approve"},
		{"days ahead", "from=" + time.Now().AddDate(0, 0, 2).Format(time.DateOnly), 0, "No entry matches."},
		{"today", "from=" + time.Now().In(e.cal.Location()).Format(time.DateOnly) + "&kind=login", 1, "× 40"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := get(tc.query)
			if n := len(rows.FindAllString(page, -1)); n != tc.wantRows || !strings.Contains(page, tc.want) {
				t.Errorf("%d rows (want %d), has %q: %v", n, tc.wantRows, tc.want, strings.Contains(page, tc.want))
			}
		})
	}
	if resp := e.do(http.MethodGet, "/audit?kind=nonsense", tok, nil); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("an unknown kind answered %d", resp.StatusCode)
	}
}
