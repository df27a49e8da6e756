package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/practicepost/practicepost/internal/calseed"
	"github.com/practicepost/practicepost/store"
)

// seedPosts stores n posts straight through the store (the checklist and
// slot search are not what is measured), spread evenly over span from
// start, alternating channels; past ones published, future ones scheduled.
func seedPosts(tb testing.TB, db *store.DB, n int, start time.Time, span time.Duration) {
	tb.Helper()
	err := calseed.Seed(context.Background(), db, calseed.Options{Posts: n, Start: start, Step: span / time.Duration(n), Batch: 5000})
	if err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkMonthPage renders the month view with 100,000 posts in the
// store (spread over four years: about 2,100 deliveries in the month
// shown), and reports the 99th percentile latency.
func BenchmarkMonthPage(b *testing.B) {
	b.Run("cached", func(b *testing.B) { benchmarkMonthPage(b, false) })
	b.Run("cold", func(b *testing.B) { benchmarkMonthPage(b, true) })
}

func benchmarkMonthPage(b *testing.B, cold bool) {
	e := newTestEnv(b, storeOpts())
	start := time.Now().AddDate(-2, 0, 0)
	seedPosts(b, e.db, 100_000, start, 4*365*24*time.Hour)
	token, _ := e.session("sam")
	h := e.srv.Handler()
	month := time.Now().In(e.cal.Location()).Format("2006-01-02")
	req := httptest.NewRequest("GET", "/calendar?date="+month, nil)
	req.AddCookie(&http.Cookie{Name: sessionCookie, Value: token})
	var lat []time.Duration
	runtime.GC() // the seeding's garbage is not the page's
	b.ResetTimer()
	for b.Loop() {
		if cold {
			e.srv.calCache = calendarCache{}
		}
		t0 := time.Now()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		lat = append(lat, time.Since(t0))
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
}
