package main

import (
	"context"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/templates"
)

// planLead is how far ahead a proposed slot must be. `plan --create` adds a
// post and then holds it in a second call; a slot minutes away could be
// published in between, and a slot already past is refused by AddPost (which
// made planning the current month fail outright).
const planLead = time.Hour

// planned is what the calendar already holds that a plan must respect.
type planned struct {
	// history is each template's use, for the evergreen interval.
	history []templates.Use
	// inMonth is the templates already on the month's calendar: an
	// observance proposed (or created) once is not proposed again.
	inMonth map[string]bool
}

// live reports whether an entry still stands on the calendar: a cancelled or
// rejected post neither takes a slot nor uses up its template.
func live(e store.Entry) bool {
	return e.Status != post.StatusCancelled && e.Status != post.StatusRejected
}

// plannedBetween reads the posts on the calendar from since to next (the
// month's end) and the templates they were made from.
func (a *App) plannedBetween(ctx context.Context, since, first, next time.Time) (planned, error) {
	out := planned{inMonth: map[string]bool{}}
	entries, err := call[calendar.CalendarQuery, []store.Entry](ctx, a, "Calendar", calendar.CalendarQuery{From: since, To: next})
	if err != nil {
		return out, err
	}
	seen := map[post.ID]bool{}
	for _, e := range entries {
		if seen[e.PostID] || !live(e) {
			continue
		}
		seen[e.PostID] = true
		v, err := call[calendar.PostRef, *calendar.PostView](ctx, a, "GetPost", calendar.PostRef{ID: e.PostID})
		if err != nil {
			return out, err
		}
		if v.Post.Template == "" {
			continue
		}
		out.history = append(out.history, templates.Use{Key: v.Post.Template, At: e.At})
		if !e.At.Before(first) {
			out.inMonth[v.Post.Template] = true
		}
	}
	return out, nil
}

// dropPlanned removes observance proposals whose template is already on the
// month's calendar, so running `plan --create` twice does not queue World
// Kidney Day twice.
func dropPlanned(props []templates.Proposal, done planned) []templates.Proposal {
	out := props[:0]
	for _, p := range props {
		if p.Observance != "" && done.inMonth[p.Template] {
			continue
		}
		out = append(out, p)
	}
	return out
}
