package web

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// auditScanLimit bounds how far back the post page looks for the post's
// history: the audit trail is ordered by time, not by post.
const auditScanLimit = 20000

type postData struct {
	View     *calendar.PostView
	Channels []calendar.ChannelInfo
	Rows     []deliveryRow
	History  []historyRow
	Alerts   []string
	CanEdit  bool
	// The actions the post's status allows; the page shows only these, so
	// staff are not offered a button that can only be refused.
	CanReschedule, CanHold, CanCancel bool
	// CanRelease: the post is held and the viewer may lift that hold.
	CanRelease bool
}

type deliveryRow struct {
	Channel  string
	Name     string // the channel's configured name
	Delivery post.Delivery
	Text     string
	Label    string // the state in words
}

// deliveryLabel is a delivery's state in words: a post a network is still
// reviewing is "with Google Business Profile for review", not a bare state.
func deliveryLabel(st post.DeliveryState, kind string) string {
	if st == post.DeliveryModeration {
		return "with " + kindTitle(kind) + " for review"
	}
	return deliveryWords(st)
}

// kindTitle is the network's name as people read it, or "the network".
func kindTitle(kind string) string {
	if k, ok := channels.Lookup(kind); ok {
		return k.Title
	}
	return "the network"
}

// postPage shows one post: per-channel status and links, alerts, reviews
// and its audit history.
func (s *Server) postPage(w http.ResponseWriter, r *http.Request) {
	v, err := s.cal.GetPost(r.Context(), calendar.PostRef{ID: r.PathValue("id")})
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	p := v.Post
	d := &postData{View: v, Channels: s.cal.Channels(), CanEdit: p.Editable(),
		CanReschedule: p.Status != post.StatusPublished && p.Status != post.StatusCancelled && p.Status != post.StatusRejected,
		CanHold:       p.Status != post.StatusHeld && post.CanTransition(p.Status, post.StatusHeld) && calendar.MayHold(who(r).actor(), p) == nil,
		CanCancel:     post.CanTransition(p.Status, post.StatusCancelled),
		CanRelease:    p.Status == post.StatusHeld && calendar.MayRelease(who(r).actor(), p) == nil}
	kinds := s.channelKinds()
	for _, c := range p.Channels {
		row := deliveryRow{Channel: c, Name: s.channelName(c), Text: p.TextFor(c)}
		if dl := p.Deliveries[c]; dl != nil {
			row.Delivery = *dl
			row.Label = deliveryLabel(dl.State, kinds[c])
			if rm := dl.Removed; rm != nil {
				title := kindTitle(kinds[c])
				row.Label = "published, then removed by " + title
				d.Alerts = append(d.Alerts, row.Name+": "+title+" took this post down after it was published (noticed "+
					rm.At.In(s.cal.Location()).Format("Mon 2 Jan 15:04")+"): "+rm.Reason)
			}
			if dl.LastError != "" {
				d.Alerts = append(d.Alerts, row.Name+": "+dl.LastError)
			}
			if dl.State == post.DeliveryUnknown {
				d.Alerts = append(d.Alerts, row.Name+": nobody can tell whether this went out; check the account and confirm")
			}
		}
		d.Rows = append(d.Rows, row)
	}
	if p.HoldReason != "" {
		d.Alerts = append(d.Alerts, "Held: "+p.HoldReason)
	}
	entries, err := s.postHistory(r.Context(), p)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d.History = s.historyRows(entries, s.people(r.Context()))
	s.render(w, r, http.StatusOK, "post", "Post", d, "")
}

// postHistory returns the audit entries about one post, newest first. The
// trail is ordered by time, so it starts at the post's creation (found by
// binary search over sequence numbers) and reads at most auditScanLimit
// entries from there.
func (s *Server) postHistory(ctx context.Context, p *post.Post) ([]post.AuditEntry, error) {
	from, err := s.firstAuditAt(ctx, p.CreatedAt.Add(-time.Minute))
	if err != nil {
		return nil, err
	}
	var out []post.AuditEntry
	n := 0
	err = s.db.AuditEntries(ctx, from, func(e post.AuditEntry) error {
		if n++; n > auditScanLimit {
			return errStopScan
		}
		if e.Subject == p.ID {
			out = append(out, e)
		}
		return nil
	})
	if errors.Is(err, errStopScan) {
		err = nil
	}
	slices.Reverse(out)
	return out, err
}

var errStopScan = errors.New("stop scanning")

// farFuture is later than any audit entry, to find the end of the trail.
var farFuture = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)

// auditEntryFrom returns the first audit entry with Seq >= seq.
func (s *Server) auditEntryFrom(ctx context.Context, seq uint64) (post.AuditEntry, bool, error) {
	var got post.AuditEntry
	found := false
	err := s.db.AuditEntries(ctx, seq, func(e post.AuditEntry) error {
		got, found = e, true
		return errStopScan
	})
	if errors.Is(err, errStopScan) {
		err = nil
	}
	return got, found, err
}

// firstAuditAt finds the sequence number of the first entry at or after t.
func (s *Server) firstAuditAt(ctx context.Context, t time.Time) (uint64, error) {
	lo, hi := uint64(1), uint64(1)
	for { // grow hi until it is past t or past the end
		e, ok, err := s.auditEntryFrom(ctx, hi)
		if err != nil {
			return 0, err
		}
		if !ok || !e.At.Before(t) {
			break
		}
		lo, hi = hi, hi*2
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		e, ok, err := s.auditEntryFrom(ctx, mid)
		if err != nil {
			return 0, err
		}
		if !ok || !e.At.Before(t) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}
