package storetest

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// clock is the store's clock; tests move it.
type clock struct {
	mu sync.Mutex
	at time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.at
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.at = c.at.Add(d)
	c.mu.Unlock()
}

func testPostLifecycle(t *testing.T, e *env) {
	p := scheduledPost(T0.Add(time.Hour), "x", "fb")
	e.insert(p)
	got := e.get(p.ID)
	if got.Version != 1 || !got.CreatedAt.Equal(T0) || !got.UpdatedAt.Equal(T0) {
		t.Errorf("inserted: version %d, created %v, updated %v; want 1 and the store's time %v", got.Version, got.CreatedAt, got.UpdatedAt, T0)
	}
	if got.Body != p.Body || len(got.Deliveries) != 2 || got.Deliveries["x"].State != post.DeliveryPending {
		t.Errorf("read back %+v, want what was stored", got)
	}
	if got.ContentHash() != p.ContentHash() {
		t.Error("the content hash changed between write and read")
	}

	err := e.s.Update(e.ctx, func(tx store.Tx) error { return tx.InsertPost(scheduledPostWithID(p.ID), store.Audit{Actor: "bob"}) })
	wantCode(t, "inserting a taken id", err, post.EConflict)

	// A change: the version grows and the update time follows the clock.
	e.clock.Add(time.Minute)
	e.change(p.ID, func(p *post.Post) { p.Body = "Flu shots next week." })
	got = e.get(p.ID)
	if got.Version != 2 || got.Body != "Flu shots next week." || !got.UpdatedAt.Equal(T0.Add(time.Minute)) || !got.CreatedAt.Equal(T0) {
		t.Errorf("after a change: version %d body %q updated %v created %v", got.Version, got.Body, got.UpdatedAt, got.CreatedAt)
	}

	// A write based on an old copy is refused and changes nothing.
	stale := e.get(p.ID)
	stale.Version = 1
	stale.Body = "lost update"
	err = e.s.Update(e.ctx, func(tx store.Tx) error { return tx.PutPost(stale, store.Audit{Actor: "bob"}) })
	wantCode(t, "writing a stale version", err, post.EConflict)
	if got := e.get(p.ID); got.Body != "Flu shots next week." || got.Version != 2 {
		t.Errorf("a refused write changed the post: %q v%d", got.Body, got.Version)
	}

	missing := scheduledPost(T0, "x")
	err = e.s.View(e.ctx, func(tx store.Tx) error { _, err := tx.Post(missing.ID); return err })
	wantCode(t, "reading an unknown post", err, post.ENotFound)
	err = e.s.Update(e.ctx, func(tx store.Tx) error { return tx.PutPost(missing, store.Audit{Actor: "bob"}) })
	wantCode(t, "changing an unknown post", err, post.ENotFound)

	// Each write is audited with the content hashes around it.
	var mine []post.AuditEntry
	for _, a := range e.auditEntries() {
		if a.Subject == p.ID {
			mine = append(mine, a)
		}
	}
	if len(mine) != 2 || mine[0].Action != "post.create" || mine[0].HashAfter != p.ContentHash() ||
		mine[1].HashBefore != p.ContentHash() || mine[1].HashAfter != got.ContentHash() {
		t.Errorf("audit of the post's writes: %+v", mine)
	}

	// Creation order: EachPost walks ids in order and resumes after one.
	ids := []post.ID{p.ID}
	for i := range 4 {
		q := scheduledPost(T0.Add(time.Duration(i+2)*time.Hour), "x")
		e.insert(q)
		ids = append(ids, q.ID)
	}
	var walked []post.ID
	e.view(func(tx store.Tx) error {
		return tx.EachPost("", func(p *post.Post) error { walked = append(walked, p.ID); return nil })
	})
	if !slices.Equal(walked, ids) {
		t.Errorf("EachPost: %v, want %v", walked, ids)
	}
	walked = nil
	stop := errors.New("stop")
	err = e.s.View(e.ctx, func(tx store.Tx) error {
		return tx.EachPost(ids[1], func(p *post.Post) error {
			walked = append(walked, p.ID)
			if len(walked) == 2 {
				return stop
			}
			return nil
		})
	})
	if !errors.Is(err, stop) || !slices.Equal(walked, ids[2:4]) {
		t.Errorf("EachPost after %s stopping at 2: %v (%v), want %v and fn's error", ids[1], walked, err, ids[2:4])
	}
}

// scheduledPostWithID is a different post carrying an existing id.
func scheduledPostWithID(id post.ID) *post.Post {
	p := scheduledPost(T0.Add(2*time.Hour), "linkedin")
	p.ID = id
	return p
}

// testRollback: a closure that fails leaves nothing behind, neither the
// record, nor its index entries, nor its audit entry.
func testRollback(t *testing.T, e *env) {
	before := len(e.auditEntries())
	p := scheduledPost(T0, "x")
	err := e.s.Update(e.ctx, func(tx store.Tx) error {
		if err := tx.InsertPost(p, store.Audit{Actor: "ann", Action: "post.create"}); err != nil {
			return err
		}
		if _, err := tx.AppendAudit(store.Audit{Actor: "ann", Action: "note"}); err != nil {
			return err
		}
		return errRollback
	})
	if !errors.Is(err, errRollback) {
		t.Fatalf("Update returned %v, want the closure's error", err)
	}
	e.view(func(tx store.Tx) error {
		if _, err := tx.Post(p.ID); post.ErrorCode(err) != post.ENotFound {
			t.Errorf("a rolled-back insert is readable (%v)", err)
		}
		if due, err := tx.Due(T0.Add(time.Hour), 10); err != nil || len(due) != 0 {
			t.Errorf("a rolled-back insert left due entries: %v %v", due, err)
		}
		if n, err := tx.CountByStatus(post.StatusScheduled); err != nil || n != 0 {
			t.Errorf("a rolled-back insert left a status entry: %d %v", n, err)
		}
		return tx.Between(T0.Add(-time.Hour), T0.Add(time.Hour), func(en store.Entry) error {
			t.Errorf("a rolled-back insert left a timeline entry: %+v", en)
			return nil
		})
	})
	if after := len(e.auditEntries()); after != before {
		t.Errorf("a rolled-back transaction left %d audit entries", after-before)
	}
	if brk, _ := e.verify(); brk != nil {
		t.Errorf("audit chain after a rollback: %+v", brk)
	}
	// Batch rolls back its own closure the same way.
	err = e.s.Batch(e.ctx, func(tx store.Tx) error {
		if err := tx.InsertPost(p, store.Audit{Actor: "ann", Action: "post.create"}); err != nil {
			return err
		}
		return errRollback
	})
	if !errors.Is(err, errRollback) {
		t.Fatalf("Batch returned %v, want the closure's error", err)
	}
	err = e.s.View(e.ctx, func(tx store.Tx) error { _, err := tx.Post(p.ID); return err })
	wantCode(t, "a post from a rolled-back Batch", err, post.ENotFound)
}

// claim is what the scheduler does to take a delivery: read, check it is
// still pending, mark it publishing with its own attempt id, write. It says
// whether this caller took it.
func claim(tx store.Tx, id post.ID, channel, attempt string) (bool, error) {
	p, err := tx.Post(id)
	if err != nil {
		return false, err
	}
	d := p.Deliveries[channel]
	if d.State != post.DeliveryPending {
		return false, nil
	}
	d.State, d.AttemptID, d.AttemptStarted, d.Attempts = post.DeliveryPublishing, attempt, tx.Now(), d.Attempts+1
	return true, tx.PutPost(p, store.Audit{Actor: "practicepost", Action: "delivery.attempt", Detail: channel + " attempt " + attempt})
}

// testClaimExclusivity: of several callers claiming the same delivery at
// once, through Update or Batch, exactly one takes it.
func testClaimExclusivity(t *testing.T, e *env) {
	const claimers = 8
	for round := range 10 {
		p := scheduledPost(T0.Add(time.Duration(round)*time.Minute), "x")
		e.insert(p)
		var (
			wg      sync.WaitGroup
			mu      sync.Mutex
			winners []string
		)
		start := make(chan struct{})
		for i := range claimers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				attempt := fmt.Sprintf("attempt-%d-%d", round, i)
				run := e.s.Update
				if i%2 == 1 {
					run = e.s.Batch
				}
				var took bool
				err := run(e.ctx, func(tx store.Tx) error {
					var err error
					took, err = claim(tx, p.ID, "x", attempt)
					return err
				})
				switch {
				case err == nil && took:
					mu.Lock()
					winners = append(winners, attempt)
					mu.Unlock()
				case err != nil && post.ErrorCode(err) != post.EConflict:
					t.Errorf("claimer %d: %v (only a conflict may refuse a claim)", i, err)
				}
			}()
		}
		close(start)
		wg.Wait()
		if len(winners) != 1 {
			t.Fatalf("round %d: %d claimers took the delivery (%v), want exactly 1", round, len(winners), winners)
		}
		got := e.get(p.ID).Deliveries["x"]
		if got.State != post.DeliveryPublishing || got.AttemptID != winners[0] || got.Attempts != 1 {
			t.Errorf("round %d: stored delivery %+v, want publishing by %s, one attempt", round, got, winners[0])
		}
	}
	e.view(func(tx store.Tx) error {
		due, err := tx.Due(T0.Add(time.Hour), 100)
		if len(due) != 0 {
			t.Errorf("claimed deliveries are still due: %v", due)
		}
		return err
	})
	if brk, _ := e.verify(); brk != nil {
		t.Errorf("audit after concurrent claims: %+v", brk)
	}
}

// testIndexConsistency runs random changes over a set of posts and checks
// after each round that every index says exactly what the posts say.
func testIndexConsistency(t *testing.T, e *env) {
	rng := rand.New(rand.NewPCG(13, 3))
	channels := []string{"x", "fb", "linkedin"}
	auths := []post.ID{post.NewID(T0), post.NewID(T0)}
	for _, id := range auths {
		e.update(func(tx store.Tx) error {
			return tx.PutAuthorization(&post.Authorization{ID: id, PatientRef: "chart 1", Granted: T0, CreatedBy: "ann"}, store.Audit{Actor: "ann", Action: "authorization.create"})
		})
	}
	var ids []post.ID
	for i := range 24 {
		p := scheduledPost(T0.Add(time.Duration(rng.IntN(72))*time.Hour), channels[:1+i%3]...)
		if i%5 == 0 {
			p.Status, p.Schedule = post.StatusDraft, post.Schedule{}
			for _, d := range p.Deliveries {
				d.DueAt = time.Time{}
			}
		}
		p.Tags = []string{"flu", "clinic"}[:i%3%2+1]
		e.insert(p)
		ids = append(ids, p.ID)
	}
	e.checkIndexes(auths)
	longText := ""
	for range 30 {
		longText += "Flu shots ✓ "
	}
	for round := range 12 {
		for range 10 {
			id := ids[rng.IntN(len(ids))]
			e.change(id, func(p *post.Post) { mutate(rng, p, channels, auths, longText) })
		}
		e.checkIndexes(auths)
		if round == 5 {
			e.reopen()
			e.checkIndexes(auths)
		}
	}
}

// mutate makes one random change of the kinds the services make:
// reschedule, publish, retry later, change status, drop or add a channel,
// (un)link an authorization, mark evergreen, change the text.
func mutate(rng *rand.Rand, p *post.Post, channels []string, auths []post.ID, longText string) {
	ch := channels[rng.IntN(len(channels))]
	d := p.Deliveries[ch]
	switch rng.IntN(9) {
	case 0: // reschedule
		at := T0.Add(time.Duration(rng.IntN(96)) * time.Hour)
		p.Schedule.At = at
		for _, d := range p.Deliveries {
			if d.PublishedAt.IsZero() {
				d.DueAt = at
			}
		}
		if p.Status == post.StatusDraft {
			p.Status = post.StatusScheduled
		}
	case 1: // publish one delivery
		if d != nil {
			d.State, d.PublishedAt, d.RemoteID = post.DeliveryPublished, T0.Add(time.Duration(rng.IntN(96))*time.Hour), "r1"
		}
	case 2: // a retry later
		if d != nil && d.State == post.DeliveryPending {
			d.NextAttempt = d.DueAt.Add(time.Duration(1+rng.IntN(5)) * time.Hour)
		}
	case 3:
		p.Status = []post.Status{post.StatusDraft, post.StatusNeedsReview, post.StatusScheduled, post.StatusHeld,
			post.StatusPublishing, post.StatusPublished, post.StatusFailed}[rng.IntN(7)]
	case 4: // drop a channel
		if len(p.Deliveries) > 1 && d != nil {
			delete(p.Deliveries, ch)
			p.Channels = slices.DeleteFunc(p.Channels, func(c string) bool { return c == ch })
		}
	case 5: // add a channel
		if d == nil {
			p.Channels = append(p.Channels, ch)
			p.Deliveries[ch] = &post.Delivery{Channel: ch, State: post.DeliveryPending, DueAt: p.Schedule.At}
		}
	case 6:
		p.AuthorizationID = []post.ID{"", auths[0], auths[1]}[rng.IntN(3)]
	case 7:
		p.Evergreen = !p.Evergreen
		if p.Evergreen {
			p.Status = post.StatusPublished
		}
	case 8:
		if rng.IntN(2) == 0 {
			p.Body = longText
		} else {
			p.Variants = map[string]string{ch: "Only on " + ch}
		}
		p.Tags = append(p.Tags[:0:0], "t"+ch)
	}
}

// entryKey identifies a timeline entry.
type entryKey struct {
	id, channel string
	at          int64
}

// checkIndexes compares every index with what the stored posts say.
func (e *env) checkIndexes(auths []post.ID) {
	t := e.t
	t.Helper()
	e.view(func(tx store.Tx) error {
		var posts []*post.Post
		if err := tx.EachPost("", func(p *post.Post) error { posts = append(posts, p); return nil }); err != nil {
			return err
		}
		wantTimeline := map[entryKey]store.Entry{}
		var wantDue []store.DueItem
		byStatus := map[post.Status][]post.ID{}
		linked := map[post.ID][]post.ID{}
		var evergreen []post.ID
		for _, p := range posts {
			byStatus[p.Status] = append(byStatus[p.Status], p.ID)
			if p.AuthorizationID != "" {
				linked[p.AuthorizationID] = append(linked[p.AuthorizationID], p.ID)
			}
			if p.Evergreen && p.Status == post.StatusPublished {
				evergreen = append(evergreen, p.ID)
			}
			for ch, d := range p.Deliveries {
				at := d.DueAt
				if !d.PublishedAt.IsZero() {
					at = d.PublishedAt
				}
				if !at.IsZero() {
					wantTimeline[entryKey{p.ID, ch, at.Unix()}] = store.Entry{PostID: p.ID, Channel: ch, At: at,
						Status: p.Status, Delivery: d.State, Snippet: snippet(p.TextFor(ch)), Tags: p.Tags}
				}
				if (p.Status == post.StatusScheduled || p.Status == post.StatusPublishing) && d.State == post.DeliveryPending && !d.DueAt.IsZero() {
					due := d.DueAt
					if d.NextAttempt.After(due) {
						due = d.NextAttempt
					}
					wantDue = append(wantDue, store.DueItem{At: due, PostID: p.ID, Channel: ch})
				}
			}
		}

		// The timeline: one entry per dated delivery, in time order.
		var last store.Entry
		n := 0
		err := tx.Between(T0.Add(-24*time.Hour), T0.Add(30*24*time.Hour), func(en store.Entry) error {
			n++
			k := entryKey{en.PostID, en.Channel, en.At.Unix()}
			want, ok := wantTimeline[k]
			switch {
			case !ok:
				t.Errorf("timeline has %s/%s at %v, which no post has (left behind by a change?)", en.PostID, en.Channel, en.At)
			case en.Status != want.Status || en.Delivery != want.Delivery || en.Snippet != want.Snippet || !slices.Equal(en.Tags, want.Tags):
				t.Errorf("timeline entry %s/%s: %+v, want %+v", en.PostID, en.Channel, en, want)
			}
			delete(wantTimeline, k)
			if n > 1 && en.At.Before(last.At) {
				t.Errorf("timeline out of order: %v after %v", en.At, last.At)
			}
			last = en
			return nil
		})
		if err != nil {
			return err
		}
		for k := range wantTimeline {
			t.Errorf("timeline misses %s/%s at %v", k.id, k.channel, time.Unix(k.at, 0).UTC())
		}

		// ScanBetween sees the same entries.
		scanned := 0
		err = tx.ScanBetween(T0.Add(-24*time.Hour), T0.Add(30*24*time.Hour), func(at time.Time, channel []byte, decode func() (store.Entry, error)) error {
			en, err := decode()
			if err != nil {
				return err
			}
			if !en.At.Equal(at) || en.Channel != string(channel) {
				t.Errorf("ScanBetween gave %v %s, its entry says %v %s", at, channel, en.At, en.Channel)
			}
			scanned++
			return nil
		})
		if err != nil {
			return err
		}
		if scanned != n {
			t.Errorf("ScanBetween saw %d entries, Between %d", scanned, n)
		}

		// Due: exactly the pending deliveries of scheduled posts, oldest first.
		slices.SortFunc(wantDue, func(a, b store.DueItem) int { return a.At.Compare(b.At) })
		due, err := tx.Due(T0.Add(60*24*time.Hour), 10000)
		if err != nil {
			return err
		}
		if !sameDue(due, wantDue) {
			t.Errorf("due index:\n got %v\nwant %v", due, wantDue)
		}
		for i := 1; i < len(due); i++ {
			if due[i].At.Before(due[i-1].At) {
				t.Errorf("due out of order at %d", i)
			}
		}
		next, ok, err := tx.NextDue()
		if err != nil {
			return err
		}
		if ok != (len(wantDue) > 0) || (ok && !next.Equal(wantDue[0].At)) {
			t.Errorf("NextDue %v %v, want the first of %v", next, ok, wantDue)
		}

		for _, st := range post.Statuses {
			var got []post.ID
			if err := tx.PostIDsByStatus(st, func(id post.ID) error { got = append(got, id); return nil }); err != nil {
				return err
			}
			if !slices.Equal(got, byStatus[st]) {
				t.Errorf("status %s: %v, want %v", st, got, byStatus[st])
			}
			if c, err := tx.CountByStatus(st); err != nil || c != len(byStatus[st]) {
				t.Errorf("CountByStatus(%s) %d %v, want %d", st, c, err, len(byStatus[st]))
			}
			ps, err := tx.PostsByStatus(st)
			if err != nil {
				return err
			}
			if len(ps) != len(byStatus[st]) {
				t.Errorf("PostsByStatus(%s): %d posts, want %d", st, len(ps), len(byStatus[st]))
			}
		}
		for _, a := range auths {
			got, err := tx.LinkedPostIDs(a)
			if err != nil {
				return err
			}
			if !slices.Equal(got, linked[a]) {
				t.Errorf("posts linking %s: %v, want %v", a, got, linked[a])
			}
		}
		got, err := tx.EvergreenPostIDs()
		if err != nil {
			return err
		}
		if !slices.Equal(got, evergreen) {
			t.Errorf("evergreen: %v, want %v", got, evergreen)
		}
		return nil
	})
}

// sameDue compares due lists, ignoring the order of items due at the same
// second (which the contract leaves to the backend).
func sameDue(got, want []store.DueItem) bool {
	key := func(d store.DueItem) string { return fmt.Sprint(d.At.Unix(), d.PostID, d.Channel) }
	g, w := make([]string, len(got)), make([]string, len(want))
	for i := range got {
		g[i] = key(got[i])
	}
	for i := range want {
		w[i] = key(want[i])
	}
	slices.Sort(g)
	slices.Sort(w)
	return slices.Equal(g, w)
}

// snippet is the timeline's text: the first 80 characters, with an
// ellipsis when there are more.
func snippet(s string) string {
	const max = 80
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max]) + "…"
}

// testDueOrderAndBounds: Due includes what is due at exactly now, stops at
// the limit, and a retry time later than the due time moves the delivery.
func testDueOrderAndBounds(t *testing.T, e *env) {
	a := scheduledPost(T0.Add(2*time.Hour), "x")
	b := scheduledPost(T0.Add(time.Hour), "x", "fb")
	e.insert(a)
	e.insert(b)
	due := func(now time.Time, limit int) []store.DueItem {
		var out []store.DueItem
		e.view(func(tx store.Tx) error {
			var err error
			out, err = tx.Due(now, limit)
			return err
		})
		return out
	}
	if got := due(T0.Add(time.Hour-time.Second), 10); len(got) != 0 {
		t.Errorf("a second early: %v", got)
	}
	if got := due(T0.Add(time.Hour), 10); len(got) != 2 || got[0].PostID != b.ID {
		t.Errorf("at exactly its time: %v, want b's two deliveries", got)
	}
	if got := due(T0.Add(3*time.Hour), 1); len(got) != 1 || got[0].PostID != b.ID {
		t.Errorf("limit 1: %v", got)
	}
	e.change(b.ID, func(p *post.Post) { p.Deliveries["x"].NextAttempt = T0.Add(5 * time.Hour) })
	got := due(T0.Add(3*time.Hour), 10)
	if len(got) != 2 || got[0].Channel != "fb" || got[1].PostID != a.ID {
		t.Errorf("after a retry was set for b/x: %v, want b/fb then a/x", got)
	}
	if got := due(T0.Add(5*time.Hour), 10); len(got) != 3 || got[2].Channel != "x" || got[2].PostID != b.ID || !got[2].At.Equal(T0.Add(5*time.Hour)) {
		t.Errorf("at the retry time: %v, want b/x last at its retry time", got)
	}
}
