package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres"
)

// MigrateResult is what `practicepost migrate` copied.
type MigrateResult struct {
	From string `json:"from"`
	To   string `json:"to"`
	store.CopyResult
}

func (a *App) migrateCommand() *cobra.Command {
	var from, to string
	cmd := &cobra.Command{
		Use:   "migrate --from bbolt --to postgres",
		Short: "Copy the whole store between bbolt and PostgreSQL, the audit trail verified on both sides",
		Long: `Copies everything the store holds (posts, reviews, the audit trail, users,
sessions, tokens, secrets, images, engagement, alerts, settings) from one
backend into the other, which must be empty. The bbolt store is the one in
[store] dir; the PostgreSQL database is [store] dsn, or $PRACTICEPOST_DSN when
the config's backend is bbolt. Both use the data folder's secret.key.

Refused while a practicepost daemon holds either store: stop every replica
first. The source's audit trail must verify before anything is copied; after
the copy the target's must verify with as many entries, and the two stores
must hold the same records byte for byte. Then set [store] backend to the
target and start the daemon.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if from == to || (from != config.BackendBbolt && from != config.BackendPostgres) || (to != config.BackendBbolt && to != config.BackendPostgres) {
				return usagef("--from and --to are bbolt and postgres, one each")
			}
			cfg, err := a.config()
			if err != nil {
				return err
			}
			dsn := cfg.Store.DSN.Reveal()
			if dsn == "" {
				dsn = os.Getenv("PRACTICEPOST_DSN")
			}
			if dsn == "" {
				return post.Errorf(post.EInvalid, "no PostgreSQL database to migrate with: set [store] dsn, or PRACTICEPOST_DSN in the environment")
			}
			ctx := cmd.Context()
			// Open takes the bbolt file's lock: a daemon holding it makes
			// this an ELocked error. A new, empty bbolt store is made only
			// as the target, and only where none is.
			_, statErr := os.Stat(filepath.Join(cfg.Store.Dir, store.DBFileName))
			bolt, err := store.Open(ctx, cfg.Store.Dir, store.Options{BackupDir: cfg.Store.BackupDir,
				Init: to == config.BackendBbolt && errors.Is(statErr, fs.ErrNotExist)})
			if err != nil {
				return err
			}
			defer bolt.Close()
			pg, err := postgres.Open(ctx, dsn, postgres.Options{KeyFile: filepath.Join(cfg.Store.Dir, store.KeyFileName)})
			if err != nil {
				return err
			}
			defer pg.Close()
			release, err := pg.Exclusive(ctx)
			if err != nil {
				return err
			}
			defer release()
			var src, dst store.CopyStore = bolt, pg
			if from == config.BackendPostgres {
				src, dst = pg, bolt
			}
			res, err := store.Copy(ctx, src, dst)
			if err != nil {
				return err
			}
			out := MigrateResult{From: from, To: to, CopyResult: res}
			if a.JSON {
				return printJSON(a.Stdout, out)
			}
			fmt.Fprintf(a.Stdout, "copied %d records from %s to %s, %d audit entries; both audit trails verify and both stores dump the same bytes (sha256 %s)\n",
				res.Records, from, to, res.Audit, res.Digest)
			fmt.Fprintf(a.Stdout, "now set [store] backend = %q in %s and start the daemon\n", to, cfg.Path)
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "the store to copy from: bbolt or postgres")
	cmd.Flags().StringVar(&to, "to", "", "the store to copy into (empty): postgres or bbolt")
	return cmd
}
