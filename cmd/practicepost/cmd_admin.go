package main

import (
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/post"
)

func (a *App) backupCommand() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "backup FILE [--force]",
		Short: "Write a consistent copy of the database (works while the daemon runs)",
		Long: `Writes a hot backup of the database to FILE (0600). Restore by stopping the
daemon and putting the file back as <store.dir>/practicepost.db. Keep the data
folder's secret.key with your backups: it decrypts the stored platform tokens.
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
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "replace FILE if it exists")
	return cmd
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
