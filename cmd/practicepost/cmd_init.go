package main

import (
	"context"
	"crypto/rand"
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
	"github.com/practicepost/practicepost/store/postgres"
)

func (a *App) initCommand() *cobra.Command {
	var dir, admin, pwFile, newPWFile string
	cmd := &cobra.Command{
		Use:   "init (--dir DIR | --config FILE) --admin-user NAME [--admin-password-file FILE | --new-admin-password-file FILE]",
		Short: "Create a config, the data folder and the first admin user",
		Long: `Writes DIR/config.toml from the documented example (one preview channel, so
nothing is posted anywhere until you add real channels), creates the database
under DIR/data and the first admin user. Without a terminal, give the password
with --admin-password-file.

With --config FILE instead of --dir (an installed package's config), it
creates only the database in that config's [store] dir and the first admin
user; it refuses when the folder already holds a database. With
[store] backend = "postgres" it creates (or upgrades) the schema in the
database at [store] dsn, the secrets key in [store] dir and the first admin;
it refuses a database that already holds a practice or that a daemon serves
from (to add a replica, copy secret.key from the first machine instead).
--new-admin-password-file FILE makes up a strong password and writes it to
FILE (0600, which must not exist yet) instead of asking for one.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if newPWFile != "" && pwFile != "" {
				return usagef("give --admin-password-file or --new-admin-password-file, not both")
			}
			if dir == "" && a.ConfigPath != "" && admin != "" {
				return a.initFromConfig(ctx, admin, pwFile, newPWFile)
			}
			if dir == "" || admin == "" {
				return usagef("give --dir DIR (or --config FILE) and --admin-user NAME")
			}
			path := filepath.Join(dir, "config.toml")
			if _, err := os.Stat(path); err == nil {
				return post.Errorf(post.EConflict, "%s already exists; init will not overwrite it", path)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return err
			}
			pw, err := a.initPassword(pwFile, newPWFile)
			if err != nil {
				return err
			}
			cfg, err := initDir(ctx, dir, admin, pw)
			if err != nil {
				if newPWFile != "" {
					os.Remove(newPWFile) // the password of no user
				}
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
	cmd.Flags().StringVar(&newPWFile, "new-admin-password-file", "", "make up the admin password and write it to this new file (0600)")
	return cmd
}

// initPassword reads the admin password, or makes one up and writes it to
// newFile (which must not exist: an old password file is never replaced).
func (a *App) initPassword(file, newFile string) (string, error) {
	if newFile == "" {
		return a.password(file)
	}
	pw := rand.Text()
	f, err := os.OpenFile(newFile, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return "", post.Errorf(post.EConflict, "%s already exists; init will not replace it", newFile)
	}
	if err != nil {
		return "", err
	}
	if _, err := f.WriteString(pw + "\n"); err != nil {
		f.Close()
		return "", err
	}
	return pw, f.Close()
}

// initFromConfig creates the database and first admin for an existing
// config (the Debian package's): only where there is no database yet.
// With backend = "postgres" that is a database holding no practice.
func (a *App) initFromConfig(ctx context.Context, admin, pwFile, newPWFile string) error {
	cfg, err := a.config()
	if err != nil {
		return err
	}
	var pg daemonStore
	if cfg.Store.Backend == config.BackendPostgres {
		db, release, err := openEmptyPostgres(ctx, cfg)
		if err != nil {
			return err
		}
		defer db.Close()
		defer release()
		pg = db
	} else {
		dbPath := filepath.Join(cfg.Store.Dir, store.DBFileName)
		if _, err := os.Stat(dbPath); err == nil {
			return post.Errorf(post.EConflict, "%s already exists; init does nothing to existing data", dbPath)
		}
	}
	pw, err := a.initPassword(pwFile, newPWFile)
	if err != nil {
		return err
	}
	if pg != nil {
		err = addFirstAdmin(ctx, cfg, pg, admin, pw)
	} else {
		err = initStore(ctx, cfg, admin, pw)
	}
	if err != nil {
		if newPWFile != "" {
			os.Remove(newPWFile) // the password of no user
		}
		return err
	}
	where := "the database in " + cfg.Store.Dir
	if pg != nil {
		where = fmt.Sprintf("the PostgreSQL schema (version %d), the secrets key %s", postgres.SchemaVersion, filepath.Join(cfg.Store.Dir, store.KeyFileName))
	}
	fmt.Fprintf(a.Stdout, "created %s and admin user %s\n", where, admin)
	if pg != nil {
		fmt.Fprintf(a.Stdout, "every other replica needs a copy of %s in its own [store] dir before it starts\n", store.KeyFileName)
	}
	if newPWFile != "" {
		fmt.Fprintf(a.Stdout, "the admin password is in %s: sign in, change it, then delete the file\n", newPWFile)
	}
	return nil
}

// openEmptyPostgres opens the configured PostgreSQL database for init, as
// serve would (creating or upgrading the schema, creating the secrets key
// only for a database that never had one), and holds it against every
// daemon and other init until release: it refuses a database that holds
// a practice already.
func openEmptyPostgres(ctx context.Context, cfg *config.Config) (db pgStore, release func(), err error) {
	s, err := openStore(ctx, cfg, nil)
	if err != nil {
		return pgStore{}, nil, err
	}
	db = s.(pgStore)
	release, err = db.Exclusive(ctx)
	if post.ErrorCode(err) == post.ELocked {
		err = post.Errorf(post.EConflict, "a practicepost daemon serves from this database: it already holds a practice, and init does nothing to existing data. "+
			"To add this machine as a replica, copy %s from another replica into %s and run practicepost serve", store.KeyFileName, cfg.Store.Dir)
	}
	if err != nil {
		db.Close()
		return pgStore{}, nil, err
	}
	held, err := db.HoldsPractice(ctx)
	if err == nil && held {
		err = post.Errorf(post.EConflict, "the PostgreSQL database already holds a practice (users, posts or an audit trail); init does nothing to existing data. "+
			"To add this machine as a replica, keep the same %s in %s and run practicepost serve", store.KeyFileName, cfg.Store.Dir)
	}
	if err != nil {
		release()
		db.Close()
		return pgStore{}, nil, err
	}
	return db, release, nil
}

// initDir writes dir/config.toml from the example, creates the store and the
// first admin user. The config is written last, so a failed init leaves no
// config behind to trip the next try.
func initDir(ctx context.Context, dir, admin, pw string) (*config.Config, error) {
	if err := checkAdminPassword(pw); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "config.toml")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	cfg, err := config.Parse(practicepost.ExampleConfig, path, dir)
	if err != nil {
		return nil, fmt.Errorf("the built-in example config does not load: %w", err)
	}
	if err := initStore(ctx, cfg, admin, pw); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, practicepost.ExampleConfig, 0o600); err != nil {
		return nil, err
	}
	cfg.Path = path
	return cfg, nil
}

// initStore creates the bbolt database in cfg's data folder and its first
// admin.
func initStore(ctx context.Context, cfg *config.Config, admin, pw string) error {
	if err := checkAdminPassword(pw); err != nil {
		return err
	}
	db, err := store.Open(ctx, cfg.Store.Dir, store.Options{Init: true, BackupDir: cfg.Store.BackupDir})
	if err != nil {
		return err
	}
	defer db.Close()
	return addFirstAdmin(ctx, cfg, db, admin, pw)
}

// addFirstAdmin adds the practice's first user, an admin, through the
// calendar (so it is audited like any other).
func addFirstAdmin(ctx context.Context, cfg *config.Config, db calendar.Store, admin, pw string) error {
	if err := checkAdminPassword(pw); err != nil {
		return err
	}
	checker, err := newChecker(cfg)
	if err != nil {
		return err
	}
	svc, err := newService(cfg, db, checker, nil, nil)
	if err != nil {
		return err
	}
	_, err = svc.AddUser(ctx, calendar.AddUser{Actor: calendar.System, Name: admin, Role: post.RoleAdmin, Password: pw})
	return err
}

func checkAdminPassword(pw string) error {
	if len(pw) < calendar.MinPasswordLen {
		return usagef("the admin password must be at least %d characters", calendar.MinPasswordLen)
	}
	return nil
}
