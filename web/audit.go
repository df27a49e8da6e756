package web

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/practicepost/practicepost/post"
)

// auditPageSize is how many entries one page of the audit trail shows.
const auditPageSize = 100

// auditChunk is how many entries one backward step reads: the trail is
// stored oldest first, and a page wants the newest matches.
const auditChunk = 1000

// auditKinds are the families of actions the audit page filters by.
var auditKinds = []string{"post", "review", "login", "user", "apitoken", "authorization", "emergency", "channel", "alert", "audit"}

// auditFilter is the audit page's filter as typed.
type auditFilter struct {
	Actor, Kind, Post, From, To string
	Before                      uint64 // paging: entries older than this sequence number
}

// auditRow is one line of the page: an entry, or a run of sign-ins folded
// into one (Count of them, the oldest at First, numbered FirstSeq).
type auditRow struct {
	post.AuditEntry
	Count    int
	First    time.Time
	FirstSeq uint64
}

type auditData struct {
	Filter auditFilter
	Kinds  []string
	Rows   []auditRow
	// Older is the Before of the next page (0: no older entries match);
	// Query is the filter without Before, for the paging links.
	Older uint64
	Query template.URL
}

// auditPage shows the trail newest first, a page at a time, filtered by
// who, what kind, which post and which days; runs of sign-ins by one
// person are folded into one line so they do not bury the decisions. The
// whole trail, unfolded, is the export.
func (s *Server) auditPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := auditFilter{Actor: strings.TrimSpace(q.Get("actor")), Kind: q.Get("kind"), Post: strings.TrimSpace(q.Get("post")),
		From: strings.TrimSpace(q.Get("from")), To: strings.TrimSpace(q.Get("to"))}
	d := &auditData{Filter: f, Kinds: auditKinds}
	fail := func(err error) { s.render(w, r, httpStatus(err), "audit", "Audit trail", d, s.userMessage(r, err)) }
	// Fixed messages: a link can carry any text (see reportQuery).
	if b := q.Get("before"); b != "" {
		n, err := strconv.ParseUint(b, 10, 64)
		if err != nil {
			fail(post.Errorf(post.EInvalid, "the page to show is not an entry number"))
			return
		}
		f.Before, d.Filter.Before = n, n
	}
	if f.Kind != "" && !slices.Contains(auditKinds, f.Kind) {
		fail(post.Errorf(post.EInvalid, "there is no such kind of entry: pick one from the list"))
		return
	}
	loc := s.cal.Location()
	var from, to time.Time
	for _, x := range []struct {
		in  string
		out *time.Time
	}{{f.From, &from}, {f.To, &to}} {
		if x.in == "" {
			continue
		}
		t, err := time.ParseInLocation(time.DateOnly, x.in, loc)
		if err != nil {
			fail(post.Errorf(post.EInvalid, "a date in the filter is not a date like 2026-03-01"))
			return
		}
		*x.out = t
	}
	if !to.IsZero() {
		to = to.AddDate(0, 0, 1) // the end date is included
	}
	match := func(e post.AuditEntry) bool {
		return (f.Actor == "" || strings.Contains(strings.ToLower(e.Actor), strings.ToLower(f.Actor))) &&
			(f.Kind == "" || e.Action == f.Kind || strings.HasPrefix(e.Action, f.Kind+".")) &&
			(f.Post == "" || e.Subject == f.Post) &&
			!e.At.Before(from) && (to.IsZero() || e.At.Before(to))
	}
	head, err := s.auditHead(r.Context())
	if err != nil {
		fail(err)
		return
	}
	hi := head + 1
	if f.Before > 0 && f.Before < hi {
		hi = f.Before
	}
	var found []post.AuditEntry // newest first, until one row more than a page (to know of an older one)
	for hi > 1 && len(foldSignIns(found)) <= auditPageSize {
		lo := uint64(1)
		if hi > auditChunk {
			lo = hi - auditChunk
		}
		var chunk []post.AuditEntry
		var oldest time.Time
		err := s.db.AuditEntries(r.Context(), lo, func(e post.AuditEntry) error {
			if e.Seq >= hi {
				return errAuditStop
			}
			if oldest.IsZero() {
				oldest = e.At
			}
			if match(e) {
				chunk = append(chunk, e)
			}
			return nil
		})
		if err != nil && !errors.Is(err, errAuditStop) {
			fail(err)
			return
		}
		slices.Reverse(chunk)
		found = append(found, chunk...)
		hi = lo
		if oldest.Before(from) {
			break // entries are in time order: nothing older can match
		}
	}
	d.Rows = foldSignIns(found)
	if len(d.Rows) > auditPageSize {
		d.Rows = d.Rows[:auditPageSize]
		d.Older = d.Rows[len(d.Rows)-1].FirstSeq
	}
	v := url.Values{}
	for k, val := range map[string]string{"actor": f.Actor, "kind": f.Kind, "post": f.Post, "from": f.From, "to": f.To} {
		if val != "" {
			v.Set(k, val)
		}
	}
	d.Query = template.URL(v.Encode()) // encoded here, so the link keeps its & and =
	s.render(w, r, http.StatusOK, "audit", "Audit trail", d, "")
}

var errAuditStop = errors.New("stop")

// foldSignIns folds each run of sign-ins (or failed sign-ins) by one
// person, newest first, into one row with a count.
func foldSignIns(es []post.AuditEntry) []auditRow {
	var out []auditRow
	for _, e := range es {
		if n := len(out); n > 0 && strings.HasPrefix(e.Action, "login") {
			last := &out[n-1]
			if last.Action == e.Action && last.Actor == e.Actor {
				last.Count++
				last.First, last.FirstSeq = e.At, e.Seq
				continue
			}
		}
		out = append(out, auditRow{AuditEntry: e, Count: 1, First: e.At, FirstSeq: e.Seq})
	}
	return out
}

// auditExport streams the whole trail as CSV (?format=csv) or JSON lines
// of one array (?format=json), with the chain hashes so it can be checked.
func (s *Server) auditExport(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	stamp := s.db.Now().UTC().Format("20060102-150405")
	switch format {
	case "csv":
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="practicepost-audit-`+stamp+`.csv"`)
		cw := csv.NewWriter(w)
		_ = cw.Write([]string{"seq", "at", "actor", "action", "subject", "hash_before", "hash_after", "detail", "prev", "hash"})
		err := s.db.AuditEntries(r.Context(), 0, func(e post.AuditEntry) error {
			return cw.Write([]string{strconv.FormatUint(e.Seq, 10), e.At.UTC().Format(time.RFC3339), csvSafe(e.Actor),
				e.Action, csvSafe(e.Subject), e.HashBefore, e.HashAfter, csvSafe(e.Detail), e.Prev, e.Hash})
		})
		cw.Flush()
		if err == nil {
			err = cw.Error()
		}
		if err != nil {
			s.log.Error("audit export", "error", err)
		}
	case "json":
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="practicepost-audit-`+stamp+`.json"`)
		_, _ = w.Write([]byte("[\n"))
		first := true
		err := s.db.AuditEntries(r.Context(), 0, func(e post.AuditEntry) error {
			b, err := json.Marshal(e)
			if err != nil {
				return err
			}
			if !first {
				_, _ = w.Write([]byte(",\n"))
			}
			first = false
			_, err = w.Write(b)
			return err
		})
		_, _ = w.Write([]byte("\n]\n"))
		if err != nil {
			s.log.Error("audit export", "error", err)
		}
	default:
		s.errorPage(w, r, post.Errorf(post.EInvalid, "format must be csv or json"))
	}
}

// csvSafe defuses spreadsheet formulas: a cell starting with = + - @ is
// prefixed with a quote so opening the export cannot run anything.
func csvSafe(v string) string {
	if v != "" && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r') {
		return "'" + v
	}
	return v
}
