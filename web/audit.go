package web

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/practicepost/practicepost/post"
)

// auditPageSize is how many of the newest entries the audit page shows.
const auditPageSize = 200

// auditPage shows the newest audit entries; the full trail is the export.
func (s *Server) auditPage(w http.ResponseWriter, r *http.Request) {
	head, err := s.auditHead(r.Context())
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	start := uint64(1)
	if head > auditPageSize {
		start = head - auditPageSize + 1
	}
	var list []post.AuditEntry
	if err := s.db.AuditEntries(r.Context(), start, func(e post.AuditEntry) error {
		list = append(list, e)
		return nil
	}); err != nil {
		s.errorPage(w, r, err)
		return
	}
	slices.Reverse(list)
	s.render(w, r, http.StatusOK, "audit", "Audit trail", list, "")
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
