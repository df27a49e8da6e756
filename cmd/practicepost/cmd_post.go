package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

func (a *App) postCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "post", Short: "Add, edit, list, show, cancel, hold and release posts"}
	cmd.AddCommand(a.postAddCommand(), a.postEditCommand(), a.postListCommand(), a.postShowCommand(),
		a.postActionCommand("cancel", "Cancel a post that has not gone out", "CancelPost"),
		a.postActionCommand("hold", "Stop a post from going out until it is released", "HoldPost"),
		a.postActionCommand("release", "Lift a hold", "ReleasePost"),
		a.postConfirmCommand())
	return cmd
}

// postText reads --text or --file (- for stdin) and checks it here: the
// request to the daemon is JSON, whose encoder turns a bad byte into U+FFFD
// without a word, so a Latin-1 file would be stored rewritten.
func (a *App) postText(text, file string) (string, error) {
	text, err := a.readPostText(text, file)
	if err != nil {
		return "", err
	}
	return text, post.ValidateText("the post text", text)
}

func (a *App) readPostText(text, file string) (string, error) {
	switch {
	case text != "" && file != "":
		return "", usagef("give --text or --file, not both")
	case file == "-":
		b, err := io.ReadAll(io.LimitReader(a.Stdin, post.MaxBodyBytes+1))
		return string(b), err
	case file != "":
		fi, err := os.Stat(file)
		if err != nil {
			return "", usagef("cannot read %s: %v", file, err)
		}
		if fi.Size() > post.MaxBodyBytes {
			return "", usagef("%s is %d bytes; the most a post may hold is %d bytes", file, fi.Size(), post.MaxBodyBytes)
		}
		b, err := os.ReadFile(file)
		return string(b), err
	}
	return text, nil
}

func (a *App) postAddCommand() *cobra.Command {
	var (
		text, file, at, audience, auth string
		channels, tags, variants       []string
		nextSlot, evergreen            bool
		grace                          time.Duration
		topic                          topicFlags
	)
	cmd := &cobra.Command{
		Use:   "add",
		Short: "Queue a new post (it is checked at once; flagged posts wait for a doctor)",
		Example: `  practicepost post add --text "Flu shots are in. Walk in Mon-Fri 8-5." --channel preview --next-slot
  practicepost post add --file post.txt --channel x-main --channel fb --at 2027-02-01T09:00:00-06:00 --json
  practicepost post add --text "Walk in for your flu shot." --channel gbp --next-slot \
    --post-type EVENT --event-title "Flu shot clinic" --start "2027-01-14 09:00" --end "2027-01-14 17:00" \
    --button SIGN_UP --button-url https://clinic.example/flu`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			body, err := a.postText(text, file)
			if err != nil {
				return err
			}
			cfg, err := a.config()
			if err != nil {
				return err
			}
			req := calendar.AddPost{Body: body, Channels: channels, NextSlot: nextSlot, Tags: tags,
				Audience: post.Audience(audience), AuthorizationID: auth, Evergreen: evergreen, Grace: grace}
			if at != "" {
				if req.At, err = calendar.ParseTime(at, cfg.Practice.Location()); err != nil {
					return err
				}
			}
			if req.Variants, err = parseVariants(variants); err != nil {
				return err
			}
			if req.Topics, err = topic.topics(cfg, channels); err != nil {
				return err
			}
			if req.Actor, err = a.actor(ctx); err != nil {
				return err
			}
			p, err := call[calendar.AddPost, *post.Post](ctx, a, "AddPost", req)
			if err != nil {
				return err
			}
			return a.printPost(p)
		},
	}
	f := cmd.Flags()
	f.StringVar(&text, "text", "", "the post text")
	f.StringVar(&file, "file", "", "read the post text from a file (- for standard input)")
	f.StringArrayVar(&channels, "channel", nil, "channel id to post to (repeat for several)")
	f.StringVar(&at, "at", "", "exact time: RFC 3339, or \"2006-01-02 15:04\" in the practice timezone")
	f.BoolVar(&nextSlot, "next-slot", false, "put the post in each channel's next free posting slot")
	f.StringArrayVar(&tags, "tag", nil, "a tag (topic:flu, audience:patients, ...); repeat for several")
	f.StringVar(&audience, "audience", "", "patients, peers or community")
	f.StringArrayVar(&variants, "variant", nil, "CHANNEL=TEXT: a channel's own text (repeatable)")
	f.StringVar(&auth, "authorization", "", "id of the patient authorization this post relies on")
	f.BoolVar(&evergreen, "evergreen", false, "may be re-queued later into free slots")
	f.DurationVar(&grace, "grace", 0, "how late the post may still go out (default: the practice's setting)")
	topic.register(cmd)
	return cmd
}

func parseVariants(vs []string) (map[string]string, error) {
	if len(vs) == 0 {
		return nil, nil
	}
	out := map[string]string{}
	for _, v := range vs {
		ch, text, ok := strings.Cut(v, "=")
		if !ok || ch == "" {
			return nil, usagef("--variant takes CHANNEL=TEXT, got %q", oneLine(v, 30))
		}
		if err := post.ValidateText("the text for "+ch, text); err != nil {
			return nil, err // checked before the JSON request could rewrite it
		}
		out[ch] = text
	}
	return out, nil
}

func (a *App) postEditCommand() *cobra.Command {
	var (
		text, file, at, audience, auth string
		channels, tags, variants       []string
		nextSlot, unschedule           bool
		version                        int
	)
	cmd := &cobra.Command{
		Use:   "edit ID",
		Short: "Change a post; a changed post is checked again and may need a new approval",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cfg, err := a.config()
			if err != nil {
				return err
			}
			req := calendar.EditPost{ID: args[0], Version: version, Unschedule: unschedule}
			f := cmd.Flags()
			if f.Changed("text") || f.Changed("file") {
				body, err := a.postText(text, file)
				if err != nil {
					return err
				}
				req.Body = &body
			}
			if f.Changed("channel") {
				req.Channels = &channels
			}
			if f.Changed("tag") {
				req.Tags = &tags
			}
			if f.Changed("audience") {
				au := post.Audience(audience)
				req.Audience = &au
			}
			if f.Changed("authorization") {
				req.AuthorizationID = &auth
			}
			if f.Changed("variant") {
				vs, err := parseVariants(variants)
				if err != nil {
					return err
				}
				req.Variants = &vs
			}
			if at != "" {
				t, err := calendar.ParseTime(at, cfg.Practice.Location())
				if err != nil {
					return err
				}
				req.At = &t
			}
			if nextSlot {
				req.NextSlot = &nextSlot
			}
			if req.Actor, err = a.actor(ctx); err != nil {
				return err
			}
			p, err := call[calendar.EditPost, *post.Post](ctx, a, "EditPost", req)
			if err != nil {
				return err
			}
			return a.printPost(p)
		},
	}
	f := cmd.Flags()
	f.StringVar(&text, "text", "", "new text")
	f.StringVar(&file, "file", "", "read the new text from a file (- for standard input)")
	f.StringArrayVar(&channels, "channel", nil, "replace the channels (repeat for several)")
	f.StringVar(&at, "at", "", "new exact time")
	f.BoolVar(&nextSlot, "next-slot", false, "move to each channel's next free slot")
	f.BoolVar(&unschedule, "unschedule", false, "take the post off the calendar (keeps it as approved or draft)")
	f.StringArrayVar(&tags, "tag", nil, "replace the tags")
	f.StringVar(&audience, "audience", "", "patients, peers or community")
	f.StringArrayVar(&variants, "variant", nil, "CHANNEL=TEXT (replaces all variants)")
	f.StringVar(&auth, "authorization", "", "link a patient authorization (empty to unlink)")
	f.IntVar(&version, "version", 0, "refuse the edit unless the post is at this version")
	return cmd
}

func (a *App) postListCommand() *cobra.Command {
	var status string
	var limit int
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List posts, optionally by status",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			posts, err := call[calendar.ListQuery, []*post.Post](cmd.Context(), a, "ListPosts", calendar.ListQuery{Status: post.Status(status), Limit: limit})
			if err != nil {
				return err
			}
			if a.JSON {
				if posts == nil {
					posts = []*post.Post{}
				}
				return printJSON(a.Stdout, posts)
			}
			loc := a.cfg.Practice.Location()
			var rows [][]string
			for _, p := range posts {
				rows = append(rows, []string{p.ID, string(p.Status), fmtTime(firstDue(p), loc), strings.Join(p.Channels, ","), oneLine(p.Body, 50)})
			}
			return table(a.Stdout, "ID\tSTATUS\tDUE\tCHANNELS\tTEXT", rows)
		},
	}
	cmd.Flags().StringVar(&status, "status", "", "only posts in this status (draft, needs_review, scheduled, ...)")
	cmd.Flags().IntVar(&limit, "limit", 100, "at most this many posts")
	return cmd
}

// postShow is what `post show --json` prints: the status, the checklist
// verdict and, per channel, state and remote id.
type postShow struct {
	*post.Post
	Verdict post.Verdict  `json:"verdict,omitempty"`
	Reviews []post.Review `json:"reviews"`
}

func (a *App) postShowCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Short: "Show a post: status, checklist findings, reviews and each channel's delivery",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := call[calendar.PostRef, *calendar.PostView](cmd.Context(), a, "GetPost", calendar.PostRef{ID: args[0]})
			if err != nil {
				return err
			}
			if a.JSON {
				s := postShow{Post: v.Post, Reviews: v.Reviews}
				if v.Post.Check != nil {
					s.Verdict = v.Post.Check.Verdict
				}
				if s.Reviews == nil {
					s.Reviews = []post.Review{}
				}
				return printJSON(a.Stdout, s)
			}
			return a.describePost(v)
		},
	}
}

func (a *App) printPost(p *post.Post) error {
	if a.JSON {
		return printJSON(a.Stdout, p)
	}
	return a.describePost(&calendar.PostView{Post: p})
}

func (a *App) describePost(v *calendar.PostView) error {
	p, w := v.Post, a.Stdout
	loc := time.UTC
	if a.cfg != nil {
		loc = a.cfg.Practice.Location()
	}
	fmt.Fprintf(w, "Post %s  (%s, version %d, by %s)\n", p.ID, p.Status, p.Version, p.Author)
	if p.HoldReason != "" {
		fmt.Fprintf(w, "Held: %s\n", p.HoldReason)
	}
	fmt.Fprintf(w, "\n%s\n\n", p.Body)
	if p.Check != nil {
		fmt.Fprintf(w, "Checklist: %s (rules %s)\n", p.Check.Verdict, p.Check.Ruleset)
		for _, f := range p.Check.Findings {
			fmt.Fprintf(w, "  %-5s %-10s %s", f.Severity, f.Rule, f.Message)
			if f.Match != "" {
				fmt.Fprintf(w, " [%q]", oneLine(f.Match, 40))
			}
			fmt.Fprintln(w)
		}
	}
	if p.Approval != nil {
		fmt.Fprintf(w, "Approved by %s at %s\n", p.Approval.By, fmtTime(p.Approval.At, loc))
	}
	chs := make([]string, 0, len(p.Deliveries))
	for c := range p.Deliveries {
		chs = append(chs, c)
	}
	sort.Strings(chs)
	var rows [][]string
	for _, c := range chs {
		d := p.Deliveries[c]
		rows = append(rows, []string{c, string(d.State), fmtTime(d.DueAt, loc), nonDash(d.RemoteID), nonDash(d.URL), nonDash(d.LastError)})
	}
	fmt.Fprintln(w)
	return table(w, "CHANNEL\tSTATE\tDUE\tREMOTE ID\tURL\tLAST ERROR", rows)
}

func nonDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func (a *App) postActionCommand(name, short, method string) *cobra.Command {
	var reason string
	cmd := &cobra.Command{
		Use:   name + " ID",
		Short: short,
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			actor, err := a.actor(cmd.Context())
			if err != nil {
				return err
			}
			p, err := call[calendar.PostRef, *post.Post](cmd.Context(), a, method, calendar.PostRef{Actor: actor, ID: args[0], Reason: reason})
			if err != nil {
				return err
			}
			return a.printPost(p)
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why (kept in the audit trail)")
	return cmd
}

func (a *App) postConfirmCommand() *cobra.Command {
	var channel, url string
	var notPosted bool
	cmd := &cobra.Command{
		Use:   "confirm ID",
		Short: "Record what you found by hand: a manual channel's post posted (with its URL), or an unknown outcome checked on the account",
		Example: `  practicepost post confirm ID --channel nextdoor --url https://nextdoor.com/p/123
  practicepost post confirm ID --channel x-main --url https://x.com/clinic/status/456   # unknown, but it is there
  practicepost post confirm ID --channel x-main --not-posted                            # unknown, and it is not there`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if channel == "" {
				return usagef("say which channel: --channel ID")
			}
			actor, err := a.actor(cmd.Context())
			if err != nil {
				return err
			}
			p, err := call[calendar.ConfirmManual, *post.Post](cmd.Context(), a, "ConfirmManual",
				calendar.ConfirmManual{Actor: actor, ID: args[0], Channel: channel, URL: url, NotPosted: notPosted})
			if err != nil {
				return err
			}
			return a.printPost(p)
		},
	}
	cmd.Flags().StringVar(&channel, "channel", "", "the channel's id")
	cmd.Flags().StringVar(&url, "url", "", "where the post can be seen")
	cmd.Flags().BoolVar(&notPosted, "not-posted", false, "the outcome was unknown and the post is not on the account: mark it failed (then give it a new time to send it again)")
	return cmd
}
