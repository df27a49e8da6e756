package report

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// TestCSVParsesBack checks the CSV is valid RFC 4180 that a CSV reader
// splits into the right rows and columns, whatever the post text holds,
// and that no cell starts a formula.
func TestCSVParsesBack(t *testing.T) {
	db := openDB(t)
	seedFixtures(t, db)
	var buf bytes.Buffer
	if err := WriteCSV(context.Background(), &buf, db, marchQuery()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\r\n") {
		t.Error("RFC 4180 wants CRLF line ends")
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+8 {
		t.Fatalf("%d records, want a header and 8 rows", len(recs))
	}
	texts := map[string]bool{}
	for i, rec := range recs {
		if len(rec) != len(CSVColumns) {
			t.Fatalf("record %d has %d columns, want %d", i, len(rec), len(CSVColumns))
		}
		for j, cell := range rec {
			if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
				t.Errorf("record %d column %s starts a formula: %q", i, CSVColumns[j], cell)
			}
		}
		texts[rec[6]] = true
	}
	for _, want := range []string{
		"Flu shots are in, walk in \"any\" weekday.\nNo appointment needed.",
		"'=HYPERLINK(\"http://evil.example\",\"click\") formula test",
		"'+1 for handwashing, -2 for germs, @everyone; commas, too",
		"'-Heat advisory: drink water.",
	} {
		if !texts[want] {
			t.Errorf("no text cell %q", want)
		}
	}
	// Not available is an empty cell, never 0: the X post without impressions.
	for _, rec := range recs[1:] {
		if strings.HasPrefix(rec[6], "'-Heat") && (rec[7] != "" || rec[13] != "" || rec[8] != "20") {
			t.Errorf("heat advisory row = %q, want empty impressions and rate, 20 reactions", rec)
		}
	}
}

func TestSafeCell(t *testing.T) {
	cases := map[string]string{"": "", "=1+1": "'=1+1", "+x": "'+x", "-x": "'-x", "@x": "'@x", "\tx": "'\tx",
		"plain": "plain", "a=b": "a=b"}
	for in, want := range cases {
		if got := safeCell(in); got != want {
			t.Errorf("safeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBuildFigures checks what the report computes from the fixtures.
func TestBuildFigures(t *testing.T) {
	db := openDB(t)
	seedFixtures(t, db)
	r, err := Build(context.Background(), db, marchQuery())
	if err != nil {
		t.Fatal(err)
	}
	s := r.Summary
	if s.Posts != 5 || s.Deliveries != 8 || *s.Figures.Reactions != 143 || *s.Figures.Impressions != 4500 {
		t.Errorf("summary %+v", s)
	}
	if r.ByChan[0].Channel != "facebook" || r.ByChan[0].Figures.Shares != nil {
		t.Errorf("facebook never gave shares: want n/a, got %+v", r.ByChan[0].Figures)
	}
	if r.Previous.Posts != 1 || r.Trend.Reactions == nil || *r.Trend.Reactions != 1330 {
		t.Errorf("previous %+v, trend %v", r.Previous, r.Trend.Reactions)
	}
	if len(r.Top) != 7 || r.Top[0].Engagements < r.Top[1].Engagements || r.Top[0].Channel != "facebook" {
		t.Errorf("top = %+v", r.Top)
	}
	if len(r.Rows) != 8 || !r.Rows[0].PublishedAt.After(r.Rows[7].PublishedAt) {
		t.Errorf("rows are not newest first")
	}
	// 2026-03-02 15:00 UTC is Monday 09:00 in Chicago (CST).
	if c := r.Heat[0][9]; c.Posts != 5 {
		t.Errorf("Monday 09:00 = %+v, want 5 deliveries", c)
	}
	if r.BestDays[0].Label != "Monday" || r.Topics[0].Tag != "flu" {
		t.Errorf("best day %v, top topic %v", r.BestDays[0], r.Topics[0])
	}
	if len(r.Daily) != 31 {
		t.Errorf("%d days in March", len(r.Daily))
	}
	filtered, err := Build(context.Background(), db, Query{From: marchQuery().From, To: marchQuery().To,
		Channels: []string{"x"}, Tags: []string{"office", "safety"}})
	if err != nil {
		t.Fatal(err)
	}
	if filtered.Summary.Deliveries != 2 {
		t.Errorf("x with office or safety: %d deliveries, want 2", filtered.Summary.Deliveries)
	}
}

func TestQueryErrors(t *testing.T) {
	db := openDB(t)
	at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	cases := map[string]Query{
		"no dates":       {},
		"end before":     {From: at, To: at.Add(-time.Hour)},
		"empty period":   {From: at, To: at},
		"over five year": {From: at, To: at.AddDate(6, 0, 0)},
	}
	for name, q := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := Build(context.Background(), db, q); post.ErrorCode(err) != post.EInvalid {
				t.Errorf("Build: %v, want invalid", err)
			}
			if err := WriteCSV(context.Background(), &bytes.Buffer{}, db, q); post.ErrorCode(err) != post.EInvalid {
				t.Errorf("WriteCSV: %v, want invalid", err)
			}
		})
	}
}

func TestRedact(t *testing.T) {
	cases := []struct {
		name string
		c    store.StoredComment
		want string
	}{
		{"nothing to hide", store.StoredComment{Comment: post.Comment{Text: "Great tips!", Author: "Al"}}, "Great tips!"},
		{"handle, link and name", store.StoredComment{Comment: post.Comment{Author: "Pat Doe",
			Text: "@clinic thanks from pat, see https://x.example/a"}}, "[removed] thanks from [removed], see [removed]"},
		{"finding spans, overlapping", store.StoredComment{Comment: post.Comment{Text: "my HIV meds are fine"},
			Findings: []post.Finding{{Start: 3, End: 6}, {Start: 3, End: 11}, {Start: 50, End: 60}}}, "my [removed] are fine"},
		{"name inside a word stays", store.StoredComment{Comment: post.Comment{Author: "Ann", Text: "Annual flu shot done"}}, "Annual flu shot done"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Redact(&tc.c); got != tc.want {
				t.Errorf("Redact = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestHealthFindings(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Great tips, thanks!", false},
		{"My insulin dose was changed, is that normal?", true},
		{"I was diagnosed with depression in March", true},
		{"Diabetes awareness matters. I shared this with friends.", false},
	}
	for _, tc := range cases {
		if got := len(healthFindings(context.Background(), nil, tc.text, time.Now())) > 0; got != tc.want {
			t.Errorf("healthFindings(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestCSVCarriesTheWholePostText: the CSV's text column is the post as it
// went out on that channel, not the calendar's 80-character snippet.
func TestCSVCarriesTheWholePostText(t *testing.T) {
	db := openDB(t)
	at := time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC)
	long := strings.Repeat("Flu season is here and our clinic has shots for the whole family. ", 4) + "Walk in any weekday."
	p := &post.Post{ID: fixedID(at, 99), Body: "short body", Variants: map[string]string{"x": long}, Channels: []string{"x"},
		Status: post.StatusPublished, Author: "fixture", Deliveries: map[string]*post.Delivery{
			"x": {Channel: "x", State: post.DeliveryPublished, RemoteID: "x-long", PublishedAt: at}}}
	if err := db.Update(context.Background(), func(tx store.Tx) error {
		return tx.InsertPost(p, store.Audit{Actor: "fixture", Action: "post.create"})
	}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCSV(context.Background(), &buf, db, marchQuery()); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("%d records (%v), want a header and one row", len(recs), err)
	}
	if got := recs[1][6]; got != long {
		t.Errorf("text cell is %q (%d characters), want the whole %d-character text for x", got, len(got), len(long))
	}
}

// TestHTMLWithNoEngagementSaysSo: a period whose posts have no figures
// yet gets words, not charts with axes from -1 to 1 and "Best days:
// Thursday (0.0)".
func TestHTMLWithNoEngagementSaysSo(t *testing.T) {
	db := openDB(t)
	at := time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC)
	p := &post.Post{ID: fixedID(at, 98), Body: "New hours start Monday.", Channels: []string{"x"}, Status: post.StatusPublished,
		Author: "fixture", Deliveries: map[string]*post.Delivery{"x": {Channel: "x", State: post.DeliveryPublished, RemoteID: "x-1", PublishedAt: at}}}
	if err := db.Update(context.Background(), func(tx store.Tx) error {
		return tx.InsertPost(p, store.Audit{Actor: "fixture", Action: "post.create"})
	}); err != nil {
		t.Fatal(err)
	}
	r, err := Build(context.Background(), db, marchQuery())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if !strings.Contains(page, "No engagement yet") {
		t.Error("the page does not say there is no engagement yet")
	}
	for _, bad := range []string{"<svg", "Best days:", "(0.0)"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page still has %q", bad)
		}
	}
}

// TestCSVTextPerPostAndChannel: posts sent in the same slot to several
// channels each keep their own text on each channel's row (the CSV reuses
// the post it read for the row before; it must never reuse another post's).
func TestCSVTextPerPostAndChannel(t *testing.T) {
	db := openDB(t)
	at := time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC)
	want := map[[2]string]string{}
	for i, id := range []post.ID{fixedID(at, 1), fixedID(at, 2), fixedID(at, 3)} {
		p := &post.Post{ID: id, Body: fmt.Sprintf("Body of post %d, the same on facebook and linkedin.", i),
			Variants: map[string]string{"x": fmt.Sprintf("X text of post %d", i)},
			Channels: []string{"facebook", "linkedin", "x"}, Status: post.StatusPublished, Author: "fixture",
			Deliveries: map[string]*post.Delivery{}}
		for _, ch := range p.Channels {
			p.Deliveries[ch] = &post.Delivery{Channel: ch, State: post.DeliveryPublished, RemoteID: fmt.Sprint(id, ch), PublishedAt: at}
			want[[2]string{string(id), ch}] = p.TextFor(ch)
		}
		if err := db.Update(context.Background(), func(tx store.Tx) error {
			return tx.InsertPost(p, store.Audit{Actor: "fixture", Action: "post.create"})
		}); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := WriteCSV(context.Background(), &buf, db, marchQuery()); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(recs) != 1+len(want) {
		t.Fatalf("%d records (%v), want a header and %d rows", len(recs), err, len(want))
	}
	for _, rec := range recs[1:] {
		if w := want[[2]string{rec[0], rec[1]}]; rec[6] != w {
			t.Errorf("post %s on %s: text %q, want %q", rec[0], rec[1], rec[6], w)
		}
	}
}
