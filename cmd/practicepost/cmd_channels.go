package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
)

func (a *App) channelsCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "channels", Short: "Social accounts: list, verify, add"}
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the configured channels",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			// A channel is paused in the config, or at run time from the web
			// UI or by an expired login (stored): show both.
			paused := map[string]string{}
			for _, c := range cfg.Channels {
				if c.Paused {
					paused[c.ID] = "in the config"
					continue
				}
				p, err := call[string, calendar.ChannelPause](cmd.Context(), a, "ChannelPause", c.ID)
				if err != nil {
					return err
				}
				if p.Paused {
					paused[c.ID] = nonDash(p.Reason)
				}
			}
			if a.JSON {
				// snake_case keys like every other --json output
				type row struct {
					ID          string   `json:"id"`
					Kind        string   `json:"kind"`
					Name        string   `json:"name"`
					APIBase     string   `json:"api_base,omitempty"`
					Slots       []string `json:"slots"`
					Paused      bool     `json:"paused"`
					PauseReason string   `json:"pause_reason,omitempty"`
				}
				out := []row{}
				for _, c := range cfg.Channels {
					why, p := paused[c.ID]
					out = append(out, row{c.ID, c.Kind, c.Name, c.APIBase, c.Slots, p, why})
				}
				return printJSON(a.Stdout, out)
			}
			var rows [][]string
			for _, c := range cfg.Channels {
				state := "no"
				if why, p := paused[c.ID]; p {
					state = "yes: " + why
				}
				rows = append(rows, []string{c.ID, c.Kind, c.Name, strings.Join(c.Slots, " | "), state})
			}
			return table(a.Stdout, "ID\tKIND\tNAME\tSLOTS\tPAUSED", rows)
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "verify [ID...]",
		Short: "Check each channel's credentials: whose account, which page, when the token expires",
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			if len(args) == 0 {
				for _, c := range cfg.Channels {
					args = append(args, c.ID)
				}
			}
			failed := 0
			var rows [][]string
			results := map[string]any{}
			for _, id := range args {
				acct, err := call[string, post.Account](cmd.Context(), a, "VerifyChannel", id)
				if err != nil {
					failed++
					rows = append(rows, []string{id, "FAILED", post.ErrorMessage(err), "-"})
					results[id] = map[string]string{"error": post.ErrorMessage(err)}
					continue
				}
				exp := "does not say"
				if !acct.TokenExpires.IsZero() {
					exp = acct.TokenExpires.In(cfg.Practice.Location()).Format("2 Jan 2006")
					if d := time.Until(acct.TokenExpires); d < 7*24*time.Hour {
						exp += " (SOON: reconnect)"
					}
				}
				rows = append(rows, []string{id, "ok", acct.Name + " " + acct.URL, exp})
				results[id] = acct
			}
			if a.JSON {
				err = printJSON(a.Stdout, results)
			} else {
				err = table(a.Stdout, "CHANNEL\tRESULT\tACCOUNT\tTOKEN EXPIRES", rows)
			}
			if err == nil && failed > 0 {
				return post.Errorf(post.EConflict, "%d channel(s) failed verification", failed)
			}
			return err
		},
	})
	cmd.AddCommand(a.channelsAddCommand())
	return cmd
}

// isSecretKey says whether key holds a credential on a channel of kind
// (a channels.Secret in the kind's options; for a kind that is not
// registered, in any kind's): `channels add` accepts those only as env:
// or file: references, so no token is written into the config file.
func isSecretKey(kind, key string) bool {
	if k, ok := channels.Lookup(kind); ok {
		return slices.Contains(k.SecretKeys(), key)
	}
	return slices.ContainsFunc(channels.Kinds(), func(k channels.Kind) bool { return slices.Contains(k.SecretKeys(), key) })
}

func (a *App) channelsAddCommand() *cobra.Command {
	var id, kind, name, apiBase string
	var slots, sets []string
	cmd := &cobra.Command{
		Use:   "add --id ID --kind " + strings.Join(channels.KindNames(), "|") + " [--set KEY=VALUE]... [--slot CRON]...",
		Short: "Add a channel to the config file (credentials only as env: or file: references)",
		Example: `  practicepost channels add --id x-main --kind x --slot "0 9 * * 1-5" \
    --set consumer_key=env:X_CONSUMER_KEY --set consumer_secret=env:X_CONSUMER_SECRET \
    --set access_token=file:secrets/x-token --set access_token_secret=file:secrets/x-token-secret
  practicepost channels add --id li --kind linkedin --set organization_id=2414183 \
    --set access_token=env:LINKEDIN_TOKEN --set api_version=202611 --set token_expires=2027-01-20`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := a.configPath()
			old, err := os.ReadFile(path)
			if err != nil {
				return usagef("cannot read the config %s: %v", path, err)
			}
			var b strings.Builder
			fmt.Fprintf(&b, "\n# Added by `practicepost channels add` on %s.\n[[channels]]\nid = %q\nkind = %q\n", time.Now().Format("2006-01-02"), id, kind)
			if name != "" {
				fmt.Fprintf(&b, "name = %q\n", name)
			}
			if apiBase != "" {
				fmt.Fprintf(&b, "api_base = %q\n", apiBase)
			}
			if len(slots) > 0 {
				quoted := make([]string, len(slots))
				for i, s := range slots {
					quoted[i] = strconv.Quote(s)
				}
				fmt.Fprintf(&b, "slots = [%s]\n", strings.Join(quoted, ", "))
			}
			for _, s := range sets {
				k, v, ok := strings.Cut(s, "=")
				if !ok || k == "" || strings.ContainsAny(k, " \t\"'=[]") {
					return usagef("--set takes KEY=VALUE, got %q", s)
				}
				if isSecretKey(kind, k) && !strings.HasPrefix(v, "env:") && !strings.HasPrefix(v, "file:") {
					return usagef("%s is a credential: give it as env:VARIABLE or file:PATH, not the token itself", k)
				}
				fmt.Fprintf(&b, "%s = %q\n", k, v)
			}
			updated := append(append([]byte{}, old...), b.String()...)
			// The whole file must still load, new channel included, before it
			// is written: a typo never lands in the running config.
			if _, err := config.Parse(updated, path, filepath.Dir(path)); err != nil {
				// The lines named are in the file as it would be: say where
				// the new block starts, since nothing was written there.
				msg := fmt.Sprintf("the channel was not added (the lines below count its [[channels]] block as appended to %s at line %d; give each setting with --set KEY=VALUE):\n%s",
					path, bytes.Count(old, []byte("\n"))+1, err.Error())
				return &post.Error{Code: post.EInvalid, Message: msg, Err: err}
			}
			tmp := path + ".new"
			if err := os.WriteFile(tmp, updated, 0o600); err != nil {
				return err
			}
			if err := os.Rename(tmp, path); err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "channel %s added to %s; restart the daemon to use it, then run: practicepost channels verify %s\n", id, path, id)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&id, "id", "", "channel id (lower-case letters, digits, '-')")
	f.StringVar(&kind, "kind", "", "the network: "+strings.Join(channels.KindNames(), ", "))
	f.StringVar(&name, "name", "", "name shown in the UI")
	f.StringVar(&apiBase, "api-base", "", "override the platform's API address (tests, proxies)")
	f.StringArrayVar(&slots, "slot", nil, "posting slot as a cron expression, practice time (repeatable)")
	f.StringArrayVar(&sets, "set", nil, "KEY=VALUE for a channel setting, e.g. page_id=123 (repeatable)")
	return cmd
}
