package web

import (
	"context"
	"strings"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// people says who someone is the way the practice knows them: a user's
// display name where they have one, their login otherwise. The daemon's
// own changes are "practicepost (automatic)", and a decision someone made
// for another ("cli:root as dr-reyes") keeps both, the person acted for
// by name.
type people map[string]string

// people reads every user's display name once, for one page.
func (s *Server) people(ctx context.Context) people {
	names := people{}
	err := s.db.View(ctx, func(tx store.Tx) error {
		us, err := tx.Users()
		for _, u := range us {
			if u.DisplayName != "" {
				names[u.Name] = u.DisplayName
			}
		}
		return err
	})
	if err != nil {
		// The page still shows logins; nothing is lost but the nicer name.
		s.log.Warn("read display names", "error", err)
	}
	return names
}

// Name is actor as a person reads it (pages call it as .People.Name).
func (p people) Name(actor string) string {
	if actor == "practicepost" {
		return "practicepost (automatic)"
	}
	if via, as, ok := strings.Cut(actor, " as "); ok {
		return p.Name(as) + " (through " + via + ")"
	}
	if n, ok := p[actor]; ok {
		return n
	}
	return actor
}

// historyRow is one line of a post's history, in words.
type historyRow struct {
	At           time.Time
	Who          string
	What, Detail string
}

// historyRows says a post's audit entries as sentences ("Written.
// Checked: needs a doctor") instead of the trail's codes (post.create,
// needs_review). The audit page keeps the codes, for whoever verifies it.
func (s *Server) historyRows(entries []post.AuditEntry, who people) []historyRow {
	rows := make([]historyRow, 0, len(entries))
	for _, e := range entries {
		what, detail := s.historySentence(e)
		if what != "" {
			what = strings.ToUpper(what[:1]) + what[1:]
		}
		rows = append(rows, historyRow{At: e.At, Who: who.Name(e.Actor), What: what, Detail: detail})
	}
	return rows
}

// historySentence is what one entry says happened, and the detail left to
// add. Entries it has no words for keep their code, so nothing is hidden.
func (s *Server) historySentence(e post.AuditEntry) (what, detail string) {
	action, detail := e.Action, e.Detail
	switch action {
	case "post.create", "post.import", "post.edit":
		what = map[string]string{"post.create": "Written", "post.import": "Imported from a file", "post.edit": "Edited"}[action]
		if st, verdict, ok := routed(detail); ok {
			what += ". Checked: " + verdictWords(verdict)
			return what, "Now " + statusLabel(st)
		}
		return what, detail
	case "post.sample":
		return "Made up by the demo as sample data", ""
	case "post.evergreen":
		return "Copied from an earlier post for a free slot", strings.Replace(detail, "copy of ", "a copy of post ", 1)
	case "post.hold":
		return "Held", detail
	case "post.release":
		return "Hold lifted", detail
	case "post.cancel":
		return "Cancelled", detail
	case "review.approve":
		return "Approved by a doctor", detail
	case "review.reject":
		return "Rejected by a doctor", detail
	case "review.request_changes":
		return "Sent back for changes", detail
	case "delivery.confirm":
		return "Confirmed by hand", detail
	}
	if st, ok := strings.CutPrefix(action, "post."); ok {
		if detail == "after review" {
			detail = ""
		}
		return "Now " + statusLabel(post.Status(st)), detail
	}
	if st, ok := strings.CutPrefix(action, "delivery."); ok {
		// The scheduler's details start with the channel's id.
		if ch, rest, ok := strings.Cut(detail, " "); ok {
			if _, known := s.cal.Channel(ch); known {
				detail = s.channelName(ch) + " " + rest
			}
		} else if ch, rest, ok := strings.Cut(detail, ":"); ok {
			if _, known := s.cal.Channel(ch); known {
				detail = s.channelName(ch) + ":" + rest
			}
		}
		return deliveryWords(post.DeliveryState(st)), detail
	}
	return action, detail
}

// routed reads the calendar's "needs_review (checklist: block)" detail.
func routed(detail string) (post.Status, post.Verdict, bool) {
	st, rest, ok := strings.Cut(detail, " (checklist: ")
	if !ok || !strings.HasSuffix(rest, ")") {
		return "", "", false
	}
	return post.Status(st), post.Verdict(strings.TrimSuffix(rest, ")")), true
}

// deliveryWords says where one channel's delivery stands.
func deliveryWords(st post.DeliveryState) string {
	switch st {
	case post.DeliveryPending:
		return "waiting"
	case post.DeliveryPublishing:
		return "being published"
	case post.DeliveryPublished:
		return "published"
	case post.DeliveryFailed:
		return "failed"
	case post.DeliveryUnknown:
		return "unknown: check the account"
	case post.DeliveryHeld:
		return "held"
	case post.DeliveryCancelled:
		return "cancelled"
	case post.DeliveryTask:
		return "to post by hand"
	case post.DeliveryModeration:
		return "with the network for review"
	case "attempt":
		return "publishing started"
	case "crashed":
		return "stopped while publishing"
	case "interrupted":
		return "interrupted while publishing"
	case "receipt":
		return "receipt recorded"
	case "removed":
		return "removed by the network after it was published"
	}
	return string(st)
}

// decisionWords says a reviewer's decision.
func decisionWords(d post.Decision) string {
	switch d {
	case post.DecisionApprove:
		return "approved"
	case post.DecisionReject:
		return "rejected"
	case post.DecisionRequestChanges:
		return "asked for changes"
	}
	return string(d)
}
