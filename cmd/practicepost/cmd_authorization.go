package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

func (a *App) authorizationCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "authorization", Aliases: []string{"auth"}, Short: "Patient authorizations (HIPAA 164.508) for testimonials, photos and stories"}
	var ref, granted, expires, note string
	var uses []string
	add := &cobra.Command{
		Use:     "add",
		Short:   "Record a signed authorization",
		Example: `  practicepost authorization add --patient-ref CHART-10442 --use testimonial --use photo --granted 2026-11-02 --expires 2027-11-02`,
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			req := calendar.AddAuthorization{PatientRef: ref, Note: note}
			for _, u := range uses {
				req.Uses = append(req.Uses, post.Use(strings.ToLower(u)))
			}
			if req.Granted, err = parseDate(granted, "--granted", cfg.Practice.Location()); err != nil {
				return err
			}
			if expires != "" {
				if req.Expires, err = parseDate(expires, "--expires", cfg.Practice.Location()); err != nil {
					return err
				}
			}
			if req.Actor, err = a.actor(cmd.Context()); err != nil {
				return err
			}
			auth, err := call[calendar.AddAuthorization, *post.Authorization](cmd.Context(), a, "AddAuthorization", req)
			if err != nil {
				return err
			}
			if a.JSON {
				return printJSON(a.Stdout, auth)
			}
			fmt.Fprintf(a.Stdout, "authorization %s recorded\n", auth.ID)
			return nil
		},
	}
	add.Flags().StringVar(&ref, "patient-ref", "", "chart or form number (not the patient's name)")
	add.Flags().StringArrayVar(&uses, "use", nil, "testimonial, photo or story (repeatable)")
	add.Flags().StringVar(&granted, "granted", "", "date signed, YYYY-MM-DD")
	add.Flags().StringVar(&expires, "expires", "", "expiry date on the form, YYYY-MM-DD")
	add.Flags().StringVar(&note, "note", "", "a note (no patient details)")

	list := &cobra.Command{
		Use:   "list",
		Short: "List authorizations",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			auths, err := call[struct{}, []post.Authorization](cmd.Context(), a, "ListAuthorizations", struct{}{})
			if err != nil {
				return err
			}
			if a.JSON {
				if auths == nil {
					auths = []post.Authorization{}
				}
				return printJSON(a.Stdout, auths)
			}
			now := time.Now()
			var rows [][]string
			for _, au := range auths {
				state := "current"
				switch {
				case au.Revoked:
					state = "revoked"
				case !au.Expires.IsZero() && now.After(au.Expires):
					state = "expired"
				}
				uses := make([]string, len(au.Uses))
				for i, u := range au.Uses {
					uses[i] = string(u)
				}
				exp := "-"
				if !au.Expires.IsZero() {
					exp = au.Expires.Format("2006-01-02")
				}
				rows = append(rows, []string{au.ID, au.PatientRef, strings.Join(uses, ","), au.Granted.Format("2006-01-02"), exp, state})
			}
			return table(a.Stdout, "ID\tPATIENT REF\tUSES\tGRANTED\tEXPIRES\tSTATE", rows)
		},
	}
	var reason string
	revoke := &cobra.Command{
		Use:   "revoke ID",
		Short: "Revoke an authorization; every unpublished post that relies on it is held",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			actor, err := a.actor(cmd.Context())
			if err != nil {
				return err
			}
			res, err := call[calendar.PostRef, *calendar.RevokeResult](cmd.Context(), a, "RevokeAuthorization", calendar.PostRef{Actor: actor, ID: args[0], Reason: reason})
			if err != nil {
				return err
			}
			if a.JSON {
				return printJSON(a.Stdout, res)
			}
			fmt.Fprintf(a.Stdout, "authorization %s revoked; %d post(s) held: %s\n", args[0], len(res.Held), strings.Join(res.Held, " "))
			if len(res.Live) > 0 {
				fmt.Fprintf(a.Stdout, "%d post(s) relying on it are already out on a network; take them down there if the patient asks: %s\n",
					len(res.Live), strings.Join(res.Live, " "))
			}
			return nil
		},
	}
	revoke.Flags().StringVar(&reason, "reason", "", "why (kept in the audit trail)")
	cmd.AddCommand(add, list, revoke)
	return cmd
}

func parseDate(s, flag string, loc *time.Location) (time.Time, error) {
	t, err := time.ParseInLocation("2006-01-02", s, loc)
	if err != nil {
		return t, usagef("%s takes a date YYYY-MM-DD, got %q", flag, s)
	}
	return t, nil
}
