package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/practicepost/practicepost/post"
)

// MaxClockSkew is how far a replica's clock may be from the database
// server's. Replicas judge time by their own clocks: when a post is due,
// and whether an attempt another replica left publishing is old enough
// (the scheduler's ReconcileSettle, 2 minutes by default) to be taken for
// an interrupted one and, not listed on the network, sent again. A call
// under way lasts up to the scheduler's CallTimeout (60 s); two replicas
// each within 10 s of the server are within 20 s of each other, which
// leaves that margin.
const MaxClockSkew = 10 * time.Second

// CheckClock compares the store's clock with the database server's and
// refuses (EConflict) one off by more than MaxClockSkew, less the
// uncertainty of the round trip.
func (db *DB) CheckClock(ctx context.Context) error {
	skew, uncertainty, err := db.clockSkew(ctx)
	if err != nil {
		return err
	}
	if skew.Abs()-uncertainty <= MaxClockSkew {
		return nil
	}
	way := "ahead of"
	if skew < 0 {
		way = "behind"
	}
	return post.Errorf(post.EConflict, "this machine's clock is %s %s the database server's; replicas sharing a database must agree on the time within %s "+
		"(one ahead publishes early, and can take a publish under way on another replica for an interrupted one and send it again): "+
		"set the time right (NTP, chrony or systemd-timesyncd) and start again", skew.Abs().Round(time.Second), way, MaxClockSkew)
}

// clockSkew is the store's clock minus the server's, measured at the
// middle of one round trip, give or take half of it.
func (db *DB) clockSkew(ctx context.Context) (skew, uncertainty time.Duration, err error) {
	var server time.Time
	before := db.now()
	if err := db.pool.QueryRow(ctx, `SELECT clock_timestamp()`).Scan(&server); err != nil {
		return 0, 0, fmt.Errorf("store: postgres: read the server's clock: %w", err)
	}
	after := db.now()
	half := after.Sub(before) / 2
	return before.Add(half).Sub(server), half.Abs(), nil
}

// WatchClock checks the clock every interval until ctx ends (then it
// returns nil) and calls report when it changes: with CheckClock's error
// when the clock has left the server's by more than MaxClockSkew (a
// replica's clock drifted, or was set, after it started), with nil when it
// is back. A check that cannot reach the server reports nothing: the store
// says so on its own.
func (db *DB) WatchClock(ctx context.Context, interval time.Duration, report func(error)) error {
	tick := time.NewTicker(interval)
	defer tick.Stop()
	skewed := false
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		err := db.CheckClock(ctx)
		switch {
		case post.ErrorCode(err) == post.EConflict && !skewed:
			skewed = true
			report(err)
		case err == nil && skewed:
			skewed = false
			report(nil)
		}
	}
}
