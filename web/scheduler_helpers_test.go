package web

import (
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/preview"
	"github.com/practicepost/practicepost/scheduler"
	"github.com/practicepost/practicepost/store"
)

// testClock is the scheduler's clock in tests: it stands still until the
// test moves it, so "the post is due" is a decision of the test.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// rebuild replaces the env's server with one built from its options as
// changed by mod.
func (e *testEnv) rebuild(mod func(*Options)) {
	e.t.Helper()
	opt := e.srv.opt
	mod(&opt)
	srv, err := New(opt)
	if err != nil {
		e.t.Fatal(err)
	}
	e.ts.Close()
	e.srv, e.ts = srv, httptest.NewServer(srv.Handler())
	e.t.Cleanup(e.ts.Close)
}

// newSchedulerEnv is a test env whose store runs on a test clock, with a
// real scheduler publishing to a preview channel in a temp folder wired
// into the server. Moving the clock makes posts due for the store's gate
// and the scheduler alike.
func newSchedulerEnv(t testing.TB) (*testEnv, *scheduler.Scheduler, *testClock, string) {
	t.Helper()
	clk := &testClock{t: time.Now()}
	e := newTestEnv(t, store.Options{NoSync: true, Now: clk.Now})
	dir := t.TempDir()
	pv, err := preview.New(preview.Config{ID: "preview", Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	sch, err := scheduler.New(scheduler.Options{DB: e.db, Location: e.cal.Location(), Grace: e.cal.Grace(), Now: clk.Now, ChannelInterval: -1,
		Channels: map[string]channels.Channel{"preview": pv}, Pauser: e.cal})
	if err != nil {
		t.Fatal(err)
	}
	e.rebuild(func(o *Options) {
		o.Channels = map[string]channels.Channel{"preview": pv}
	})
	return e, sch, clk, dir
}
