// Package calendar applies what people do to the content calendar: add and
// edit posts, run the checklist on them, review, hold, cancel, link and
// revoke patient authorizations, import and export. Both the web UI and the
// CLI call it, so a rule enforced here is enforced everywhere.
//
// Every method takes a request struct and returns a result, all in one store
// transaction with its audit entry: a failed call leaves the store as it was.
package calendar

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// Actor is who is acting, with the role the caller has verified.
type Actor struct {
	Name string    `json:"name"`
	Role post.Role `json:"role"`
	// Via is who really acted when it is not Name in person: the CLI's
	// "cli:root" running a command --as a doctor, with how the doctor's
	// say-so was shown ("cli:root (password)", "cli:root (on behalf)").
	// Empty for Name acting in person (the web UI, the API).
	Via string `json:"via,omitempty"`
}

// auditName is how the audit trail names the actor: "cli:root as
// dr-reyes" when someone acted for Name, so the IT person's command is
// never recorded as the doctor's own decision.
func (a Actor) auditName() string {
	if a.Via == "" {
		return a.Name
	}
	return a.Via + " as " + a.Name
}

// System is the actor for the daemon's own changes.
var System = Actor{Name: "practicepost", Role: post.RoleAdmin}

// ChannelInfo is what the calendar needs to know about a configured channel.
type ChannelInfo struct {
	ID     string   `json:"id"`
	Kind   string   `json:"kind"`
	Name   string   `json:"name"`
	Slots  []string `json:"slots,omitempty"` // cron expressions in the practice timezone
	Paused bool     `json:"paused,omitempty"`
}

// Checker runs the checklist on a post. The compliance package provides the
// real one (see NewChecker); the calendar only needs this much of it.
type Checker interface {
	CheckPost(ctx context.Context, p *post.Post, auth *post.Authorization, now time.Time) post.CheckResult
}

// Options configure a Service.
type Options struct {
	Location  *time.Location // the practice timezone
	Channels  []ChannelInfo
	Grace     time.Duration             // default lateness allowed; default 30 minutes
	Blackout  func(day time.Time) bool  // true on a blackout day; may be nil
	Logger    *slog.Logger              // may be nil
	OnChanged func(ctx context.Context) // called after a change that may affect what is due
	Now       func() time.Time          // default the store's clock
	// PublicMedia says the practice has a public address for images
	// ([web] public_base_url): without it a post with images cannot be
	// scheduled on a channel whose network fetches images itself
	// (channels.Kind.NeedsPublicMedia), since it could never go out.
	PublicMedia bool
	// PasswordCost is the bcrypt cost of new password hashes; 0 means
	// bcrypt.DefaultCost. Only tests lower it (to bcrypt.MinCost): a
	// hash at the default cost is most of the web tests' time under the
	// race detector. A stored hash carries its own cost, so signing in
	// checks each hash at the cost it was made with.
	PasswordCost int
}

// Store is what the calendar needs of the store: transactions, the
// store's clock, API tokens to check a credential, the token a connected
// channel's account gives, and the text a reviewer decided on. *store.DB
// implements it.
type Store interface {
	View(ctx context.Context, fn func(store.Tx) error) error
	Update(ctx context.Context, fn func(store.Tx) error) error
	Now() time.Time
	APITokenFor(ctx context.Context, token string) (*store.APIToken, error)
	SaveSecret(ctx context.Context, name string, value []byte) error
	SaveRevision(ctx context.Context, r store.Revision) error
}

// Service is the calendar's application layer.
type Service struct {
	db       Store
	check    Checker
	loc      *time.Location
	channels map[string]ChannelInfo
	order    []string
	grace    time.Duration
	blackout func(time.Time) bool
	log      *slog.Logger
	changed  func(context.Context)
	slots    *slotter
	// publicMedia: see Options.PublicMedia.
	publicMedia bool
	// passwordCost: see Options.PasswordCost.
	passwordCost int
}

// New returns a Service over db.
func New(db Store, check Checker, opt Options) (*Service, error) {
	if opt.Location == nil {
		opt.Location = time.UTC
	}
	if opt.Grace == 0 {
		opt.Grace = 30 * time.Minute
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	switch {
	case opt.PasswordCost == 0:
		opt.PasswordCost = bcrypt.DefaultCost
	case opt.PasswordCost < bcrypt.MinCost || opt.PasswordCost > bcrypt.MaxCost:
		return nil, fmt.Errorf("calendar: password cost %d is outside bcrypt's %d to %d", opt.PasswordCost, bcrypt.MinCost, bcrypt.MaxCost)
	}
	s := &Service{passwordCost: opt.PasswordCost, db: db, check: check, loc: opt.Location, channels: map[string]ChannelInfo{},
		grace: opt.Grace, blackout: opt.Blackout, log: opt.Logger, changed: opt.OnChanged, publicMedia: opt.PublicMedia}
	for _, c := range opt.Channels {
		s.channels[c.ID] = c
		s.order = append(s.order, c.ID)
	}
	sl, err := newSlotter(opt.Channels, opt.Location, opt.Blackout)
	if err != nil {
		return nil, err
	}
	s.slots = sl
	return s, nil
}

// Store is the underlying store, for read-only views.
func (s *Service) Store() Store { return s.db }

// Location is the practice timezone.
func (s *Service) Location() *time.Location { return s.loc }

// Grace is the default lateness a post may still go out with.
func (s *Service) Grace() time.Duration { return s.grace }

// Channels lists the configured channels in config order.
func (s *Service) Channels() []ChannelInfo {
	out := make([]ChannelInfo, 0, len(s.order))
	for _, id := range s.order {
		out = append(out, s.channels[id])
	}
	return out
}

// Channel returns a configured channel.
func (s *Service) Channel(id string) (ChannelInfo, bool) {
	c, ok := s.channels[id]
	return c, ok
}

func (s *Service) notify(ctx context.Context) {
	if s.changed != nil {
		s.changed(ctx)
	}
}

func require(a Actor, min post.Role, what string) error {
	if a.Name == "" {
		return post.Errorf(post.EForbidden, "sign in to %s", what)
	}
	if !a.Role.AtLeast(min) {
		return post.Errorf(post.EForbidden, "%s needs the %s role; %s is %s", what, min, a.Name, a.Role)
	}
	return nil
}
