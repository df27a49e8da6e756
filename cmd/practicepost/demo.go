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
	if _, err := initDir(ctx, dir, "admin", pw); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "admin-password"), []byte(pw+"\n"), 0o600); err != nil {
		return err
	}
	fmt.Fprintf(a.Stderr, "demo: created %s\ndemo: sign in as admin with password %s (also in %s)\n",
		path, pw, filepath.Join(dir, "admin-password"))
	return nil
}
