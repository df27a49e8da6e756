package calendar

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// ImportCSV queues many posts from a CSV file, all or nothing.
//
// The header names the columns, in any order: text (required), channels
// (ids separated by spaces or ';'), at (RFC 3339, or "2006-01-02 15:04" in
// the practice timezone), next_slot (true/false), tags (separated by ';'),
// audience, evergreen, and text:<channel> for a channel's own text.
type ImportCSV struct {
	Actor Actor  `json:"actor"`
	Name  string `json:"name"` // file name, for messages
	Data  []byte `json:"data"`
	// DefaultChannels is used for rows with no channels column or cell.
	DefaultChannels []string `json:"default_channels,omitempty"`
	// Force imports a file that was imported before.
	Force bool `json:"force,omitempty"`
}

// ImportResult lists what an import queued.
type ImportResult struct {
	// ID names the import: the hex SHA-256 of the file.
	ID    string       `json:"id"`
	Posts []*post.Post `json:"posts"`
}

// ImportID is the id of an import of data: its SHA-256, in hex.
func ImportID(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// MaxImportRows bounds one import file; split larger calendars.
const MaxImportRows = 100000

// ImportCSV parses and validates every row first; if any row is bad it
// reports all bad rows (with their line numbers) and writes nothing.
func (s *Service) ImportCSV(ctx context.Context, req ImportCSV) (*ImportResult, error) {
	if err := require(req.Actor, post.RoleStaff, "importing posts"); err != nil {
		return nil, err
	}
	reqs, err := s.parseCSV(req)
	if err != nil {
		return nil, err
	}
	id := ImportID(req.Data)
	// The check and the record are in the transaction that stores the
	// posts: an import that committed is always recorded, and two runs of
	// the same file at once cannot both pass the check.
	posts, err := s.addPosts(ctx, req.Actor, reqs, "post.import", func(tx store.Tx, posts []*post.Post) error {
		prev, found, err := tx.Import(id)
		if err != nil {
			return err
		}
		if found && !req.Force {
			return post.Errorf(post.EConflict, "%s was already imported %s by %s (%d posts, the first %s; import %s): nothing was imported again; check `post list`, or give --force to import it once more",
				nonEmpty(req.Name, "this file"), prev.At.In(s.loc).Format("Mon 2 Jan 2006 15:04 MST"), prev.Actor, prev.Posts, prev.First, id[:12])
		}
		return tx.PutImport(store.ImportRecord{ID: id, Name: req.Name, Actor: req.Actor.Name, At: tx.Now(), Posts: len(posts), First: posts[0].ID})
	})
	if err != nil {
		return nil, err
	}
	return &ImportResult{ID: id, Posts: posts}, nil
}

func (s *Service) parseCSV(req ImportCSV) ([]AddPost, error) {
	name := nonEmpty(req.Name, "the CSV file")
	data := bytes.TrimPrefix(req.Data, []byte("\xef\xbb\xbf")) // a spreadsheet's byte-order mark
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return nil, post.Errorf(post.EInvalid, "%s is UTF-16 text (Excel's \"Unicode Text\"): save it as \"CSV UTF-8 (comma delimited)\" and import that", name)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if errors.Is(err, io.EOF) {
		return nil, post.Errorf(post.EInvalid, "%s is empty: it needs a header line such as text,channels,at", name)
	}
	if err != nil {
		return nil, post.Errorf(post.EInvalid, "%s: %v", name, err)
	}
	cols := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if _, dup := cols[h]; dup {
			return nil, post.Errorf(post.EInvalid, "%s:1: the column %q appears twice", name, h)
		}
		switch {
		case h == "text", h == "channels", h == "at", h == "next_slot", h == "tags", h == "audience", h == "evergreen":
		case strings.HasPrefix(h, "text:"):
			if _, ok := s.channels[strings.TrimPrefix(h, "text:")]; !ok {
				return nil, post.Errorf(post.EInvalid, "%s:1: column %q names an unknown channel", name, h)
			}
		case len(header) == 1 && strings.ContainsAny(h, ";\t"):
			return nil, post.Errorf(post.EInvalid, "%s:1: the columns are separated by semicolons or tabs; practicepost reads commas: save it as \"CSV UTF-8 (comma delimited)\"", name)
		default:
			return nil, post.Errorf(post.EInvalid, "%s:1: unknown column %q (known: text, channels, at, next_slot, tags, audience, evergreen, text:<channel>)", name, h)
		}
		cols[h] = i
	}
	if _, ok := cols["text"]; !ok {
		return nil, post.Errorf(post.EInvalid, "%s:1: there is no text column", name)
	}
	var rows []AddPost
	var problems []string
	now := s.db.Now()
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				err = pe.Err
				problems = append(problems, fmt.Sprintf("%s:%d: %v", name, pe.Line, err))
			} else {
				problems = append(problems, fmt.Sprintf("%s: %v", name, err))
			}
			break // the reader cannot resync after a quoting error
		}
		line, _ := r.FieldPos(0)
		if len(rows)+len(problems) >= MaxImportRows {
			return nil, post.Errorf(post.EInvalid, "%s has more than %d rows; split it", name, MaxImportRows)
		}
		ap, err := s.parseRow(rec, cols, req, now)
		if err == nil {
			p := &post.Post{Body: ap.Body, Variants: ap.Variants, Channels: dedupe(ap.Channels),
				Schedule: post.Schedule{At: ap.At, NextSlot: ap.NextSlot}, Tags: ap.Tags, Audience: ap.Audience}
			err = s.validate(p, now)
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s:%d: %s", name, line, post.ErrorMessage(err)))
			continue
		}
		rows = append(rows, ap)
	}
	if len(problems) > 0 {
		if len(problems) > 20 {
			problems = append(problems[:20], fmt.Sprintf("… and %d more", len(problems)-20))
		}
		return nil, post.Errorf(post.EInvalid, "nothing was imported; fix these rows and import the file again:\n%s", strings.Join(problems, "\n"))
	}
	if len(rows) == 0 {
		return nil, post.Errorf(post.EInvalid, "%s has a header but no rows", name)
	}
	return rows, nil
}

func (s *Service) parseRow(rec []string, cols map[string]int, req ImportCSV, now time.Time) (AddPost, error) {
	cell := func(c string) string {
		if i, ok := cols[c]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	ap := AddPost{Actor: req.Actor, Body: cell("text"), Audience: post.Audience(cell("audience"))}
	if ch := cell("channels"); ch != "" {
		ap.Channels = strings.FieldsFunc(ch, func(r rune) bool { return r == ';' || r == ' ' || r == ',' })
	} else {
		ap.Channels = req.DefaultChannels
	}
	for c := range cols {
		if id, ok := strings.CutPrefix(c, "text:"); ok && cell(c) != "" {
			if ap.Variants == nil {
				ap.Variants = map[string]string{}
			}
			ap.Variants[id] = cell(c)
		}
	}
	if at := cell("at"); at != "" {
		t, err := ParseTime(at, s.loc)
		if err != nil {
			return ap, err
		}
		ap.At = t
	}
	var err error
	if ap.NextSlot, err = parseBool(cell("next_slot"), "next_slot"); err != nil {
		return ap, err
	}
	if ap.Evergreen, err = parseBool(cell("evergreen"), "evergreen"); err != nil {
		return ap, err
	}
	if tags := cell("tags"); tags != "" {
		ap.Tags = strings.Split(tags, ";")
	}
	return ap, nil
}

func parseBool(s, col string) (bool, error) {
	if s == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(strings.ToLower(s))
	if err != nil {
		if s == "yes" || s == "y" {
			return true, nil
		}
		if s == "no" || s == "n" {
			return false, nil
		}
		return false, post.Errorf(post.EInvalid, "%s is %q; write true or false", col, s)
	}
	return b, nil
}

// ParseTime reads a time as RFC 3339, or as "2006-01-02 15:04" /
// "2006-01-02T15:04" in the practice timezone.
func ParseTime(s string, loc *time.Location) (time.Time, error) {
	// The zero time means "no time" to the calendar: parsed from a typed
	// value it would quietly make a draft.
	zero := post.Errorf(post.EInvalid, "%q is not a time a post can go out at", s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		if t.IsZero() {
			return t, zero
		}
		return t, nil
	}
	for _, layout := range []string{"2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02 15:04:05"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			if t.UTC().Year() <= 1 {
				return t, zero
			}
			return t, SkippedWallClock(t, layout, s)
		}
	}
	return time.Time{}, post.Errorf(post.EInvalid, "%q is not a time; write 2027-02-01 09:00 (practice time) or 2027-02-01T09:00:00-06:00", s)
}

// AddPosts stores many posts in one transaction: the import path and the
// calendar seeding tool. Either every post is stored or none is.
func (s *Service) AddPosts(ctx context.Context, actor Actor, reqs []AddPost, action string) ([]*post.Post, error) {
	return s.addPosts(ctx, actor, reqs, action, nil)
}

// addPosts is AddPosts with also, when not nil, run in the same
// transaction after the posts are stored.
func (s *Service) addPosts(ctx context.Context, actor Actor, reqs []AddPost, action string, also func(store.Tx, []*post.Post) error) ([]*post.Post, error) {
	if err := require(actor, post.RoleStaff, "adding posts"); err != nil {
		return nil, err
	}
	now := s.db.Now()
	posts := make([]*post.Post, 0, len(reqs))
	for _, req := range reqs {
		p := &post.Post{
			ID: post.NewID(now), Body: req.Body, Variants: req.Variants, Topics: normalTopics(req.Topics), Channels: dedupe(req.Channels),
			Schedule: post.Schedule{At: req.At.UTC().Truncate(time.Second), NextSlot: req.NextSlot, Grace: req.Grace},
			Tags:     cleanTags(req.Tags), Audience: req.Audience, Media: req.Media, Evergreen: req.Evergreen,
			Template: req.Template, AuthorizationID: req.AuthorizationID, Reply: req.Reply,
			Author: actor.Name, CreatedAt: now, Status: post.StatusDraft, Deliveries: map[string]*post.Delivery{},
		}
		if req.At.IsZero() {
			p.Schedule.At = time.Time{}
		}
		if err := s.validate(p, now); err != nil {
			return nil, err
		}
		for _, c := range p.Channels {
			p.Deliveries[c] = &post.Delivery{Channel: c, State: post.DeliveryPending}
		}
		posts = append(posts, p)
	}
	err := s.db.Update(ctx, func(tx store.Tx) error {
		taken := map[string]bool{}
		for _, p := range posts {
			if err := s.route(ctx, tx, p, taken); err != nil {
				return err
			}
			if err := tx.InsertPost(p, store.Audit{Actor: actor.Name, Action: action, Detail: routeDetail(p)}); err != nil {
				return err
			}
		}
		if also != nil {
			return also(tx, posts)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.notify(ctx)
	return posts, nil
}
