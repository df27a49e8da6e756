package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost"
	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

func (a *App) initCommand() *cobra.Command {
	var dir, admin, pwFile string
	cmd := &cobra.Command{
		Use:   "init --dir DIR --admin-user NAME [--admin-password-file FILE]",
		Short: "Create a config, the data folder and the first admin user",
		Long: `Writes DIR/config.toml from the documented example (one preview channel, so
nothing is posted anywhere until you add real channels), creates the database
under DIR/data and the first admin user. Without a terminal, give the password
with --admin-password-file.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if dir == "" || admin == "" {
				return usagef("give --dir DIR and --admin-user NAME")
			}
			path := filepath.Join(dir, "config.toml")
			if _, err := os.Stat(path); err == nil {
				return post.Errorf(post.EConflict, "%s already exists; init will not overwrite it", path)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return err
			}
			pw, err := a.password(pwFile)
			if err != nil {
				return err
			}
			cfg, err := initDir(ctx, dir, admin, pw)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "created %s, the database in %s and admin user %s\nnext: edit the [practice] section, then run: practicepost serve --config %s\n",
				path, cfg.Store.Dir, admin, path)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "folder for config.toml and the data folder")
	cmd.Flags().StringVar(&admin, "admin-user", "", "name of the first admin user")
	cmd.Flags().StringVar(&pwFile, "admin-password-file", "", "read the admin password from this file")
	return cmd
}

// initDir writes dir/config.toml from the example, creates the store and the
// first admin user. The config is written last, so a failed init leaves no
// config behind to trip the next try.
func initDir(ctx context.Context, dir, admin, pw string) (*config.Config, error) {
	if len(pw) < calendar.MinPasswordLen {
		return nil, usagef("the admin password must be at least %d characters", calendar.MinPasswordLen)
	}
	path := filepath.Join(dir, "config.toml")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	cfg, err := config.Parse(practicepost.ExampleConfig, path, dir)
	if err != nil {
		return nil, fmt.Errorf("the built-in example config does not load: %w", err)
	}
	db, err := store.Open(ctx, cfg.Store.Dir, store.Options{Init: true, BackupDir: cfg.Store.BackupDir})
	if err != nil {
		return nil, err
	}
	defer db.Close()
	svc, err := newService(cfg, db, nil, nil)
	if err != nil {
		return nil, err
	}
	if _, err := svc.AddUser(ctx, calendar.AddUser{Actor: calendar.System, Name: admin, Role: post.RoleAdmin, Password: pw}); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, practicepost.ExampleConfig, 0o600); err != nil {
		return nil, err
	}
	cfg.Path = path
	return cfg, nil
}
