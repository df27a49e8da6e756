package main

import (
	"context"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

func (a *App) reviewCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "review", Short: "The doctors' review queue: list, approve, reject, request changes"}
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "Posts waiting for a doctor",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			posts, err := call[struct{}, []*post.Post](cmd.Context(), a, "ReviewQueue", struct{}{})
			if err != nil {
				return err
			}
			if a.JSON {
				if posts == nil {
					posts = []*post.Post{}
				}
				return printJSON(a.Stdout, posts)
			}
			var rows [][]string
			for _, p := range posts {
				var rules []string
				if p.Check != nil {
					for _, f := range p.Check.Findings {
						rules = append(rules, f.Rule)
					}
				}
				verdict := ""
				if p.Check != nil {
					verdict = string(p.Check.Verdict)
				}
				rows = append(rows, []string{p.ID, p.Author, verdict, strings.Join(rules, ","), oneLine(p.Body, 50)})
			}
			return table(a.Stdout, "ID\tAUTHOR\tVERDICT\tFINDINGS\tTEXT", rows)
		},
	})
	for _, d := range []struct {
		use   string
		dec   post.Decision
		short string
	}{
		{"approve", post.DecisionApprove, "Approve a post (give --override RULE=reason for each overridable blocking finding)"},
		{"reject", post.DecisionReject, "Reject a post (with --comment saying why)"},
		{"request-changes", post.DecisionRequestChanges, "Send a post back to its author (with --comment)"},
	} {
		cmd.AddCommand(a.reviewDecisionCommand(d.use, d.dec, d.short))
	}
	return cmd
}

func (a *App) reviewDecisionCommand(use string, dec post.Decision, short string) *cobra.Command {
	var comment, pwFile, tokenFile string
	var overrides []string
	var nextSlot, onBehalf bool
	c := &cobra.Command{
		Use:   use + " ID --as USER (--password-file FILE | --token-file FILE | --on-behalf)",
		Short: short,
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if a.As == "" {
				return usagef("say which doctor decides: --as USER (a user with the reviewer role)")
			}
			actor, err := a.actor(cmd.Context())
			if err != nil {
				return err
			}
			if actor.Via, err = a.reviewerProof(cmd.Context(), pwFile, tokenFile, onBehalf); err != nil {
				return err
			}
			req := calendar.ReviewPost{Actor: actor, ID: args[0], Decision: dec, Comment: comment, NextSlot: nextSlot}
			for _, o := range overrides {
				rule, reason, ok := strings.Cut(o, "=")
				if !ok || strings.TrimSpace(reason) == "" {
					return usagef("--override takes RULE=reason, e.g. --override CLAIM-02=\"cited in the linked CDC page\"")
				}
				if req.Overrides == nil {
					req.Overrides = map[string]string{}
				}
				req.Overrides[strings.ToUpper(strings.TrimSpace(rule))] = reason
			}
			p, err := call[calendar.ReviewPost, *post.Post](cmd.Context(), a, "Review", req)
			if err != nil {
				return err
			}
			return a.printPost(p)
		},
	}
	c.Flags().StringVar(&comment, "comment", "", "a comment for the author")
	c.Flags().StringVar(&pwFile, "password-file", "", "the --as user's password, from this file: the decision is theirs in person")
	c.Flags().StringVar(&tokenFile, "token-file", "", "one of the --as user's API tokens, from this file")
	c.Flags().BoolVar(&onBehalf, "on-behalf", false, "you (the operating-system account, an admin) enter the decision for the --as user; the audit trail says so")
	if dec == post.DecisionApprove {
		c.Flags().BoolVar(&nextSlot, "next-slot", false, "for a post whose time passed while it waited: approve it for the next free slot instead of refusing")
		c.Flags().StringArrayVar(&overrides, "override", nil, "RULE=reason for an overridable blocking finding, 15+ characters saying why (repeatable); a finding that identifies a patient also needs the post's linked authorization")
	}
	return c
}

// reviewerProof checks that a review decision entered from a shell is the
// --as user's own (their password or API token), or records that the
// operating-system account enters it on their behalf. It returns the
// actor's Via, so the audit trail reads "cli:root (password) as dr-reyes"
// and never shows the IT person's command as the doctor's own click.
func (a *App) reviewerProof(ctx context.Context, pwFile, tokenFile string, onBehalf bool) (string, error) {
	n := 0
	for _, set := range []bool{pwFile != "", tokenFile != "", onBehalf} {
		if set {
			n++
		}
	}
	if n != 1 {
		return "", usagef("show that %s decides: --password-file FILE (their password), --token-file FILE (their API token), or --on-behalf to record that you, %s, enter it for them", a.As, osActor())
	}
	if onBehalf {
		return osActor() + " (on behalf)", nil
	}
	cred := calendar.Credential{Name: a.As}
	file := pwFile
	if tokenFile != "" {
		file = tokenFile
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", usagef("cannot read %s: %v", file, err)
	}
	secret := strings.TrimRight(string(b), "\r\n")
	if pwFile != "" {
		cred.Password = secret
	} else {
		cred.Token = strings.TrimSpace(secret)
	}
	how, err := call[calendar.Credential, string](ctx, a, "CheckCredential", cred)
	if err != nil {
		return "", err
	}
	return osActor() + " (" + how + ")", nil
}
