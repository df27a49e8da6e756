package main

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/templates"
)

func loadTemplates(cfg *config.Config) (*templates.Library, error) {
	lib, err := templates.Load(cfg.Templates.Dir, cfg.Templates.Disabled)
	if err != nil {
		return nil, &post.Error{Code: post.EInvalid, Message: err.Error(), Err: err}
	}
	return lib, nil
}

// templates loads the config and the practice's template library.
func (a *App) templates() (*config.Config, *templates.Library, error) {
	cfg, err := a.config()
	if err != nil {
		return nil, nil, err
	}
	lib, err := loadTemplates(cfg)
	return cfg, lib, err
}

func practiceVars(cfg *config.Config) templates.Practice {
	p := templates.Practice{Name: cfg.Practice.Name, BookingURL: cfg.Practice.BookingURL, Hours: cfg.Practice.Hours, Website: cfg.Practice.Website}
	if len(cfg.Practice.Phones) > 0 {
		p.Phone = cfg.Practice.Phones[0]
	}
	if len(cfg.Practice.Addresses) > 0 {
		p.Address = cfg.Practice.Addresses[0]
	}
	return p
}

func parseVars(vs []string) (map[string]string, error) {
	out := map[string]string{}
	for _, v := range vs {
		k, val, ok := strings.Cut(v, "=")
		if !ok || k == "" {
			return nil, usagef("--var takes NAME=VALUE, got %q", v)
		}
		out[k] = val
	}
	return out, nil
}

func (a *App) templatesCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "templates", Short: "Ready-made posts: list, show, render"}
	cmd.AddCommand(&cobra.Command{
		Use:  "list",
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, lib, err := a.templates()
			if err != nil {
				return err
			}
			ts := lib.List()
			if a.JSON {
				return printJSON(a.Stdout, ts)
			}
			var rows [][]string
			for _, t := range ts {
				rows = append(rows, []string{t.Name, t.Title, strings.Join(t.Tags, ","), strings.Join(t.Vars, ",")})
			}
			return table(a.Stdout, "NAME\tTITLE\tTAGS\tNEEDS", rows)
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:  "show NAME",
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, lib, err := a.templates()
			if err != nil {
				return err
			}
			t, ok := lib.Get(args[0])
			if !ok {
				return post.Errorf(post.ENotFound, "no template called %q (see practicepost templates list)", args[0])
			}
			if a.JSON {
				return printJSON(a.Stdout, t)
			}
			fmt.Fprintf(a.Stdout, "%s — %s\n%s\ntags: %s\nneeds: %s\n", t.Name, t.Title, t.Description, strings.Join(t.Tags, ", "), strings.Join(t.Vars, ", "))
			for _, s := range t.Sources {
				fmt.Fprintf(a.Stdout, "source: %s <%s>\n", s.Name, s.URL)
			}
			return nil
		},
	})
	var vars []string
	render := &cobra.Command{
		Use:     "render NAME",
		Short:   "Render a template with the practice's details and --var NAME=VALUE",
		Example: `  practicepost templates render flu-shots --var date="October 1"`,
		Args:    exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, lib, err := a.templates()
			if err != nil {
				return err
			}
			vm, err := parseVars(vars)
			if err != nil {
				return err
			}
			r, err := lib.Render(args[0], practiceVars(cfg), vm)
			if err != nil {
				return err
			}
			if a.JSON {
				return printJSON(a.Stdout, r)
			}
			fmt.Fprintf(a.Stdout, "--- short (X)\n%s\n\n--- long (Facebook, LinkedIn)\n%s\n", r.Short, r.Long)
			return nil
		},
	}
	render.Flags().StringArrayVar(&vars, "var", nil, "NAME=VALUE for a variable the template needs (repeatable)")
	cmd.AddCommand(render)
	return cmd
}

func (a *App) planCommand() *cobra.Command {
	var month string
	var vars []string
	var create bool
	cmd := &cobra.Command{
		Use:   "plan --month YYYY-MM",
		Short: "Propose a month's posts from the health observances and the free posting slots",
		Long: `Proposes posts for the month's health observances (and evergreen posts for the
slots left) in the channels' free posting slots. With --create each proposal is
added as a held post at its slot: nothing goes out until staff edit or release it.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			cfg, err := a.config()
			if err != nil {
				return err
			}
			loc := cfg.Practice.Location()
			first, err := time.ParseInLocation("2006-01", month, loc)
			if err != nil {
				return usagef("--month takes YYYY-MM, got %q", month)
			}
			// A month already over has no slots left to fill: say so rather
			// than print an empty plan that looks like a quiet month.
			if now := time.Now().In(loc); !first.AddDate(0, 1, 0).After(now) {
				return usagef("%s is over (it is now %s): plan this month or a later one, e.g. --month %s", month, now.Format("2006-01-02"), now.Format("2006-01"))
			}
			lib, err := loadTemplates(cfg)
			if err != nil {
				return err
			}
			vm, err := parseVars(vars)
			if err != nil {
				return err
			}
			q := calendar.CalendarQuery{From: first, To: first.AddDate(0, 1, 0)}
			slotMap, err := call[calendar.CalendarQuery, map[string][]string](ctx, a, "Slots", q)
			if err != nil {
				return err
			}
			entries, err := call[calendar.CalendarQuery, []store.Entry](ctx, a, "Calendar", q)
			if err != nil {
				return err
			}
			next := first.AddDate(0, 1, 0)
			interval := cfg.Templates.EvergreenInterval.Duration
			done, err := a.plannedBetween(ctx, first.Add(-interval), first, next)
			if err != nil {
				return err
			}
			free, channelsAt := freeSlots(cfg, slotMap, entries, time.Now().Add(planLead))
			props := templates.Plan(first, free, lib, practiceVars(cfg), templates.PlanOptions{Vars: vm, EvergreenInterval: interval, History: done.history})
			props = dropPlanned(props, done)
			if !create {
				if a.JSON {
					return printJSON(a.Stdout, props)
				}
				var rows [][]string
				for _, p := range props {
					note := p.Reason
					if len(p.Missing) > 0 {
						note = "needs --var " + strings.Join(p.Missing, ", --var ")
					}
					rows = append(rows, []string{p.At.In(loc).Format("Mon 2 Jan 15:04"), p.Template, note})
				}
				return table(a.Stdout, "SLOT\tTEMPLATE\tWHY", rows)
			}
			actor, err := a.actor(ctx)
			if err != nil {
				return err
			}
			var made []post.ID
			for _, p := range props {
				if len(p.Missing) > 0 || p.Problem != "" {
					fmt.Fprintf(a.Stderr, "skipped %s on %s: %s%s\n", p.Template, p.At.In(loc).Format("2 Jan"), p.Problem, strings.Join(p.Missing, ", "))
					continue
				}
				req := calendar.AddPost{Actor: actor, Body: p.Rendered.Long, At: p.At, Channels: channelsAt[p.At.Unix()],
					Tags: p.Rendered.Tags, Audience: p.Rendered.Audience, Template: p.Template}
				for _, id := range req.Channels {
					c, _ := cfg.Channel(id)
					if text := p.Rendered.TextFor(calendar.Target(id, c.Kind).Limit); text != req.Body {
						if req.Variants == nil {
							req.Variants = map[string]string{}
						}
						req.Variants[id] = text
					}
				}
				np, err := call[calendar.AddPost, *post.Post](ctx, a, "AddPost", req)
				if err != nil {
					return fmt.Errorf("%s on %s: %w", p.Template, p.At.In(loc).Format("2 Jan"), err)
				}
				if _, err := call[calendar.PostRef, *post.Post](ctx, a, "HoldPost", calendar.PostRef{Actor: actor, ID: np.ID,
					Reason: "proposed by practicepost plan: edit it and release it to schedule"}); err != nil {
					return err
				}
				made = append(made, np.ID)
			}
			if a.JSON {
				return printJSON(a.Stdout, made)
			}
			fmt.Fprintf(a.Stdout, "created %d held post(s) for %s; review them with: practicepost post list --status held\n", len(made), month)
			return nil
		},
	}
	cmd.Flags().StringVar(&month, "month", "", "the month to plan, YYYY-MM")
	cmd.Flags().StringArrayVar(&vars, "var", nil, "NAME=VALUE for template variables such as provider (repeatable)")
	cmd.Flags().BoolVar(&create, "create", false, "add the proposals as held posts")
	return cmd
}

// freeSlots lists the slot times from notBefore on that no post holds yet,
// and which channels have a free slot at each time. Manual channels are left
// out: a plan is for the networks the daemon posts to.
func freeSlots(cfg *config.Config, slotMap map[string][]string, entries []store.Entry, notBefore time.Time) ([]time.Time, map[int64][]string) {
	busy := map[string]bool{}
	for _, e := range entries {
		if live(e) {
			busy[e.Channel+"@"+e.At.UTC().Format(time.RFC3339)] = true
		}
	}
	at := map[int64][]string{}
	var times []time.Time
	for _, c := range cfg.Channels {
		if kind, _ := channels.Lookup(c.Kind); kind.ByHand || c.Paused {
			continue
		}
		for _, s := range slotMap[c.ID] {
			t, err := time.Parse(time.RFC3339, s)
			if err != nil || t.Before(notBefore) || busy[c.ID+"@"+t.UTC().Format(time.RFC3339)] {
				continue
			}
			if _, seen := at[t.Unix()]; !seen {
				times = append(times, t)
			}
			at[t.Unix()] = append(at[t.Unix()], c.ID)
		}
	}
	slices.SortFunc(times, time.Time.Compare)
	return times, at
}
