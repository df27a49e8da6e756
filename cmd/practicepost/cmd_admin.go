package main

import (
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

func (a *App) backupCommand() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "backup FILE [--force]",
		Short: "Write a consistent copy of the database (works while the daemon runs)",
		Long: `Writes a hot backup of the database to FILE (0600) and a copy of the data
folder's secret key to FILE.key (0600). The key opens the platform logins
stored in the database: keep the two together, and as private as the
database (a backup without its key restores everything but the logins,
which then have to be connected again). Restore with
` + "`practicepost restore FILE`" + ` while the daemon is stopped.
FILE's folder must exist; FILE must not be the live database or lie inside the
data folder (but its backups folder); an existing FILE is replaced only with
--force.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path, err := filepath.Abs(args[0])
			if err != nil {
				return err
			}
			res, err := call[BackupRequest, BackupResult](cmd.Context(), a, "Backup", BackupRequest{Path: path, Force: force})
			if err != nil {
				return err
			}
			if a.JSON {
				return printJSON(a.Stdout, res)
			}
			fmt.Fprintf(a.Stdout, "backup written: %s (%d bytes)\n", res.Path, res.Bytes)
			fmt.Fprintf(a.Stdout, "its secret key:  %s%s: keep it with the backup, and private; without it the platform logins in the backup cannot be opened\n", res.Path, store.KeySuffix)
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "replace FILE if it exists")
	return cmd
}

func (a *App) restoreCommand() *cobra.Command {
	var keyFile string
	cmd := &cobra.Command{
		Use:   "restore FILE [--key KEYFILE]",
		Short: "Put a backup back in place of the database (the daemon must be stopped)",
		Long: `Restores FILE (a backup from ` + "`practicepost backup`" + `, the nightly backups folder,
or the copy kept beside the database before an upgrade) as the database.
It refuses while practicepost runs on this data folder, when FILE is damaged,
not a practicepost database or from a newer practicepost, when its audit trail
is broken, and when the key does not open the platform logins stored in it.
The key is KEYFILE, else FILE.key beside the backup, else the data folder's
own secret.key. An older backup is upgraded. The database (and key) it
replaces are kept beside it as *.before-restore-TIME: nothing is deleted.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			path, err := filepath.Abs(args[0])
			if err != nil {
				return err
			}
			if keyFile != "" {
				if keyFile, err = filepath.Abs(keyFile); err != nil {
					return err
				}
			}
			res, err := store.Restore(cmd.Context(), cfg.Store.Dir, path, store.RestoreOptions{
				KeyFile: keyFile, Actor: osActor(), BackupDir: cfg.Store.BackupDir})
			if err != nil {
				return err
			}
			if a.JSON {
				return printJSON(a.Stdout, res)
			}
			fmt.Fprintf(a.Stdout, "restored %s as %s (schema %d", path, res.Database, res.Schema)
			if res.Schema != store.SchemaVersion {
				fmt.Fprintf(a.Stdout, ", upgraded to %d", store.SchemaVersion)
			}
			fmt.Fprintf(a.Stdout, "): audit trail intact, %d entries; %d platform logins open with %s\n", res.Entries, res.Secrets, keyName(res.KeyFrom))
			if res.KeptDB != "" {
				fmt.Fprintf(a.Stdout, "the database it replaced is kept as %s\n", res.KeptDB)
			}
			if res.KeptKey != "" {
				fmt.Fprintf(a.Stdout, "the key it replaced is kept as %s\n", res.KeptKey)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&keyFile, "key", "", "the secret.key saved with this backup (default FILE.key, then the data folder's)")
	return cmd
}

func keyName(path string) string {
	if path == "" {
		return "a new key (the backup holds none)"
	}
	return path
}

func (a *App) auditCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "audit", Short: "Check or export the hash-chained audit trail"}
	cmd.AddCommand(&cobra.Command{
		Use:   "verify",
		Short: "Check every entry's hash; name the first broken one",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := call[struct{}, AuditVerifyResult](cmd.Context(), a, "AuditVerify", struct{}{})
			if err != nil {
				return err
			}
			if a.JSON {
				if err := printJSON(a.Stdout, res); err != nil {
					return err
				}
			} else if res.Break == nil {
				fmt.Fprintf(a.Stdout, "audit trail intact: %d entries\n", res.Entries)
			}
			if res.Break != nil {
				return post.Errorf(post.EConflict, "the audit trail is broken at entry %d: %s", res.Break.Seq, res.Break.Reason)
			}
			return nil
		},
	})
	var format string
	export := &cobra.Command{
		Use:   "export",
		Short: "Write the audit trail as CSV or JSON for a compliance officer",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			entries, err := call[uint64, []post.AuditEntry](cmd.Context(), a, "AuditEntries", 0)
			if err != nil {
				return err
			}
			switch format {
			case "json":
				if entries == nil {
					entries = []post.AuditEntry{}
				}
				return printJSON(a.Stdout, entries)
			case "csv":
				w := csv.NewWriter(a.Stdout)
				w.Write([]string{"seq", "at", "actor", "action", "subject", "hash_before", "hash_after", "detail", "prev", "hash"})
				for _, e := range entries {
					w.Write([]string{strconv.FormatUint(e.Seq, 10), e.At.UTC().Format(time.RFC3339), neutralizeFormula(e.Actor), e.Action,
						e.Subject, e.HashBefore, e.HashAfter, neutralizeFormula(e.Detail), e.Prev, e.Hash})
				}
				w.Flush()
				return w.Error()
			}
			return usagef("--format is csv or json")
		},
	}
	export.Flags().StringVar(&format, "format", "csv", "csv or json")
	cmd.AddCommand(export)
	return cmd
}

func (a *App) configCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "config", Short: "Check the configuration"}
	cmd.AddCommand(&cobra.Command{
		Use:   "check",
		Short: "Load and validate the config; list problems with their line numbers, and warnings",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			if _, err := newChecker(cfg); err != nil {
				return err
			}
			warnings := cfg.Warnings()
			if a.JSON {
				if warnings == nil {
					warnings = []string{}
				}
				return printJSON(a.Stdout, map[string]any{"ok": true, "path": cfg.Path, "warnings": warnings})
			}
			for _, w := range warnings {
				fmt.Fprintln(a.Stdout, "warning:", w)
			}
			fmt.Fprintf(a.Stdout, "%s is valid: %d channel(s), timezone %s\n", cfg.Path, len(cfg.Channels), cfg.Practice.Timezone)
			return nil
		},
	})
	return cmd
}
