package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"time"

	"github.com/practicepost/practicepost/calendar"
	_ "github.com/practicepost/practicepost/channels/all" // the checklist counts with the registered networks, as in the daemon
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/internal/calseed"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/web"
)

type env struct {
	db      *store.DB
	handler http.Handler
	token   string
}

// newEnv opens a store in dir, seeds it and builds the web server, with one
// staff user signed in.
func newEnv(ctx context.Context, dir string, n int) (*env, error) {
	db, err := store.Open(ctx, dir, store.Options{NoSync: true, Init: true})
	if err != nil {
		return nil, err
	}
	chs := []calendar.ChannelInfo{
		{ID: "x", Kind: "x", Name: "X", Slots: []string{"0 9 * * *", "0 15 * * 1-5"}},
		{ID: "fb", Kind: "facebook", Name: "Facebook Page", Slots: []string{"30 10 * * *"}},
	}
	chk, err := compliance.New(compliance.Profile{PracticeName: "Maple Family Clinic", State: "NY"})
	if err != nil {
		return nil, err
	}
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		return nil, err
	}
	cal, err := calendar.New(db, calendar.NewChecker(chk, chs), calendar.Options{Location: loc, Channels: chs})
	if err != nil {
		return nil, err
	}
	if _, err := cal.AddUser(ctx, calendar.AddUser{Actor: calendar.System, Name: "sam", Role: post.RoleStaff, Password: "load test password"}); err != nil {
		return nil, err
	}
	if err := seed(ctx, db, n); err != nil {
		return nil, err
	}
	srv, err := web.New(web.Options{Calendar: cal, DB: db, Checker: chk})
	if err != nil {
		return nil, err
	}
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	token := base64.RawURLEncoding.EncodeToString(b)
	now := time.Now()
	if err := db.CreateSession(ctx, token, store.Session{User: "sam", CSRF: "unused", Created: now, Expires: now.Add(24 * time.Hour)}); err != nil {
		return nil, err
	}
	return &env{db: db, handler: srv.Handler(), token: token}, nil
}

// seed stores n posts spread over four years centred on today, alternating
// channels; past ones published, future ones scheduled.
func seed(ctx context.Context, db *store.DB, n int) error {
	span := 4 * 365 * 24 * time.Hour
	return calseed.Seed(ctx, db, calseed.Options{Posts: n, Start: time.Now().AddDate(-2, 0, 0),
		Step: span / time.Duration(max(n, 1)), Now: time.Now(), Batch: 5000})
}
