package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// seedPublished stores a post published on channel at at, with one
// engagement snapshot (when m is not nil) and the given comments.
func (e *testEnv) seedPublished(at time.Time, text string, tags []string, channel string, m *post.Metrics, comments ...store.StoredComment) *post.Post {
	e.t.Helper()
	p := &post.Post{ID: post.NewID(at), Body: text, Tags: tags, Status: post.StatusPublished, Author: "sam",
		Channels: []string{channel}, Deliveries: map[string]*post.Delivery{
			channel: {Channel: channel, State: post.DeliveryPublished, RemoteID: "r-" + channel, PublishedAt: at}}}
	err := e.db.Update(context.Background(), func(tx store.Tx) error {
		if m != nil {
			if err := tx.PutSnapshot(p.ID, channel, *m); err != nil {
				return err
			}
		}
		if err := tx.InsertPost(p, store.Audit{Actor: "test", Action: "post.create"}); err != nil {
			return err
		}
		for _, c := range comments {
			c.PostID, c.Channel, c.FetchedAt = p.ID, channel, c.Comment.At
			if _, err := tx.PutComment(&c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

func i64(v int64) *int64 { return &v }

func TestReportsPageAndDownloads(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	at := time.Now().Add(-72 * time.Hour).Truncate(time.Second)
	flu := e.seedPublished(at, "Flu shots are in this week.", []string{"flu"}, "x",
		&post.Metrics{At: at.Add(time.Hour), Impressions: i64(1234), Reactions: i64(40), Comments: i64(2), Shares: i64(3), Clicks: i64(5)})
	e.seedPublished(at.Add(time.Hour), "New office hours.", []string{"office"}, "fb", nil)
	token, _ := e.session("sam")
	day := func(d time.Time) string { return d.In(e.cal.Location()).Format(time.DateOnly) }
	period := "from=" + day(at.AddDate(0, 0, -1)) + "&to=" + day(time.Now())

	cases := []struct {
		name, query string
		status      int
		want        []string
		notWant     []string
	}{
		{"default period", "", http.StatusOK, []string{"1234", `id="report-frame"`, "/reports/export/csv?"}, nil},
		{"channel filter", period + "&channel=fb", http.StatusOK, []string{`value="fb" checked`, "n/a"}, []string{"1234"}},
		{"tag filter", period + "&tags=flu,+vaccines", http.StatusOK, []string{"1234", `value="flu, vaccines"`}, nil},
		{"bad date", "from=yesterday", http.StatusBadRequest, []string{"is not a date"}, nil},
		{"unknown channel", period + "&channel=tiktok", http.StatusBadRequest, []string{"does not exist"}, nil},
		{"end before start", "from=2026-03-10&to=2026-03-01", http.StatusBadRequest, []string{"must end after it starts"}, nil},
		// The message names the dates as typed, not the exclusive end (03-02) the report works with.
		{"end before start, dates as typed", "from=2026-03-10&to=2026-03-01", http.StatusBadRequest,
			[]string{"the end date 2026-03-01 is before the start date 2026-03-10", `value="2026-03-10"`, `value="2026-03-01"`}, []string{"2026-03-02"}},
		{"one-day report", "from=2026-03-10&to=2026-03-10", http.StatusOK, []string{`id="report-frame"`}, []string{"must end after it starts"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp := e.do(http.MethodGet, "/reports?"+tc.query, token, nil)
			body := readBody(t, resp)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.status)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(body, w) {
					t.Errorf("page has %q", w)
				}
			}
		})
	}

	downloads := []struct {
		path, ctype, ext string
		check            func(t *testing.T, body string)
	}{
		{"/reports/export/csv?" + period, "text/csv", ".csv", func(t *testing.T, body string) {
			rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
			if err != nil || len(rows) != 3 || rows[0][0] != "post_id" {
				t.Fatalf("csv: %v, %d rows", err, len(rows))
			}
			if !strings.Contains(body, flu.ID) || !strings.Contains(body, "1234") {
				t.Error("csv lacks the flu post's figures")
			}
		}},
		{"/reports/export/json?" + period, "application/json", ".json", func(t *testing.T, body string) {
			var r struct {
				Summary struct{ Posts int } `json:"summary"`
			}
			if err := json.Unmarshal([]byte(body), &r); err != nil || r.Summary.Posts != 2 {
				t.Fatalf("json: %v, %d posts", err, r.Summary.Posts)
			}
		}},
		{"/reports/export/html?" + period, "text/html", ".html", func(t *testing.T, body string) {
			if !strings.Contains(body, "<svg") || strings.Contains(body, "<script") {
				t.Error("the html report has no SVG chart, or a script")
			}
		}},
	}
	for _, d := range downloads {
		resp := e.do(http.MethodGet, d.path, token, nil)
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), d.ctype) {
			t.Fatalf("%s: status %d, type %q", d.path, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		if cd := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") || !strings.Contains(cd, d.ext+`"`) {
			t.Errorf("%s: Content-Disposition %q", d.path, cd)
		}
		d.check(t, readBody(t, resp))
	}

	view := e.do(http.MethodGet, "/reports/view?"+period, token, nil)
	if view.Header.Get("Content-Disposition") != "" || !strings.Contains(view.Header.Get("Content-Security-Policy"), "sandbox") {
		t.Errorf("the chart frame: disposition %q, CSP %q", view.Header.Get("Content-Disposition"), view.Header.Get("Content-Security-Policy"))
	}
	if resp := e.do(http.MethodGet, "/reports/export/pdf?"+period, token, nil); resp.StatusCode != http.StatusNotFound {
		t.Errorf("pdf export: status %d", resp.StatusCode)
	}
	if resp := e.do(http.MethodGet, "/reports/export/csv?from=nope", token, nil); resp.StatusCode != http.StatusBadRequest || resp.Header.Get("Content-Disposition") != "" {
		t.Errorf("bad csv query: status %d, disposition %q", resp.StatusCode, resp.Header.Get("Content-Disposition"))
	}
}
