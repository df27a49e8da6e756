package web

import (
	"errors"
	"net/http"

	"github.com/practicepost/practicepost/store"
)

// ackedShown bounds the acknowledged alerts listed under the open ones:
// they are history, and the list grows for as long as the practice runs.
const ackedShown = 100

// unreadableShown bounds the ids of unreadable alert records the page
// names; the log has them all.
const unreadableShown = 20

type alertsData struct {
	Open         []store.Alert
	Acknowledged []store.Alert
	MoreAcked    int // acknowledged alerts left off the page
	// Unreadable are the ids of alert records the store could not read
	// (at most unreadableShown; MoreUnreadable counts the rest): named so
	// someone can look into them, never shown by content.
	Unreadable     []string
	MoreUnreadable int
}

// alertsPage lists what needs a person, open first, then the latest
// acknowledged ones with who acknowledged them.
func (s *Server) alertsPage(w http.ResponseWriter, r *http.Request) {
	all, err := s.db.Alerts(r.Context(), false)
	var d alertsData
	// A corrupt record must not hide the readable alerts, which the store
	// returns with the error naming it: list them, and say which record
	// could not be read.
	if bad, ok := errors.AsType[*store.UnreadableError](err); ok {
		s.log.Error("alert records not readable, left off the alerts page", "alert_ids", bad.Keys, "error", bad.Err)
		n := min(len(bad.Keys), unreadableShown)
		d.Unreadable, d.MoreUnreadable = bad.Keys[:n], len(bad.Keys)-n
	} else if err != nil {
		s.errorPage(w, r, err)
		return
	}
	for _, a := range all {
		switch {
		case !a.Acknowledged:
			d.Open = append(d.Open, a)
		case len(d.Acknowledged) < ackedShown:
			d.Acknowledged = append(d.Acknowledged, a)
		default:
			d.MoreAcked++
		}
	}
	s.render(w, r, http.StatusOK, "alerts", "Alerts", d, "")
}

// ackAlert records that a person has seen an alert and is dealing with it.
// The store audits it; the same problem may raise a new alert afterwards.
func (s *Server) ackAlert(w http.ResponseWriter, r *http.Request) {
	a, err := s.db.AckAlert(r.Context(), r.PathValue("id"), who(r).User.Name)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.log.Info("alert acknowledged", "alert_id", a.ID, "kind", a.Kind, "user", who(r).User.Name)
	redirectDone(w, r, "/alerts", "acked")
}
