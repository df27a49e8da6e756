package main

import (
	"context"
	"fmt"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/report"
	"github.com/practicepost/practicepost/store"
)

// seedDemoSample fills a demo install prepareDemo has just created with the
// labelled sample history (report.SeedSample) on its preview channel, so
// Reports and the Inbox have something to show on first run. Only the
// demo calls it, and only right after creating the folder: a real data
// folder never gets sample rows.
func seedDemoSample(ctx context.Context, cfg *config.Config) (int, error) {
	channel := ""
	for _, c := range cfg.Channels {
		if c.Kind == "preview" {
			channel = c.ID
			break
		}
	}
	if channel == "" {
		return 0, fmt.Errorf("the demo config has no preview channel for the sample data")
	}
	chk, err := newChecker(cfg)
	if err != nil {
		return 0, err
	}
	db, err := store.Open(ctx, cfg.Store.Dir, store.Options{BackupDir: cfg.Store.BackupDir})
	if err != nil {
		return 0, err
	}
	defer db.Close()
	return report.SeedSample(ctx, db, report.SampleOptions{Channel: channel, Location: cfg.Practice.Location(), Checker: chk})
}
