package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// prepareDemo points the app at dir/config.toml, creating the demo install
// on first use.
func (a *App) prepareDemo(ctx context.Context, dir string) error {
	path := filepath.Join(dir, "config.toml")
	a.ConfigPath = path
	if _, err := os.Stat(path); err == nil {
		fmt.Fprintf(a.Stderr, "demo: using %s (admin password in %s)\n", path, filepath.Join(dir, "admin-password"))
		return nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	pw := rand.Text()
	cfg, err := initDir(ctx, dir, "admin", pw)
	if err != nil {
		return err
	}
	// Only here, on a folder just created for the demo, does sample data
	// go in: never into a data folder someone made with init.
	n, err := seedDemoSample(ctx, cfg)
	if err != nil {
		return fmt.Errorf("demo: sample data: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "admin-password"), []byte(pw+"\n"), 0o600); err != nil {
		return err
	}
	fmt.Fprintf(a.Stderr, "demo: created %s with %d posts of sample data (made up, marked as such) so Reports and the Inbox have something to show\ndemo: sign in as admin with password %s (also in %s)\n",
		path, n, pw, filepath.Join(dir, "admin-password"))
	return nil
}
