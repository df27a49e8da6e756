package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

func (a *App) userCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "user", Short: "Web UI users: add, list, edit, set a password or role, disable, remove"}
	var role, display, email, pwFile string
	add := &cobra.Command{
		Use:   "add NAME",
		Short: "Add a user (staff, reviewer or admin)",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			// Check the role before asking for a password that would be wasted.
			if !post.ValidRole(post.Role(role)) {
				return usagef("role %q is not staff, reviewer or admin", role)
			}
			pw, err := a.password(pwFile)
			if err != nil {
				return err
			}
			actor, err := a.actor(cmd.Context())
			if err != nil {
				return err
			}
			u, err := call[calendar.AddUser, *post.User](cmd.Context(), a, "AddUser",
				calendar.AddUser{Actor: actor, Name: args[0], DisplayName: display, Role: post.Role(role), Password: pw, Email: email})
			if err != nil {
				return err
			}
			if a.JSON {
				return printJSON(a.Stdout, u)
			}
			fmt.Fprintf(a.Stdout, "user %s added (%s)\n", u.Name, u.Role)
			return nil
		},
	}
	add.Flags().StringVar(&role, "role", "staff", "staff, reviewer (doctors) or admin")
	add.Flags().StringVar(&display, "display-name", "", "name shown in the UI, e.g. \"Dr. Ana Reyes\"")
	add.Flags().StringVar(&pwFile, "password-file", "", "read the password from this file (default: ask)")
	add.Flags().StringVar(&email, "email", "", "where this user's own notifications go (a doctor's review notices)")
	list := &cobra.Command{
		Use:  "list",
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			us, err := call[struct{}, []post.User](cmd.Context(), a, "ListUsers", struct{}{})
			if err != nil {
				return err
			}
			if a.JSON {
				if us == nil {
					us = []post.User{}
				}
				return printJSON(a.Stdout, us)
			}
			var rows [][]string
			for _, u := range us {
				rows = append(rows, []string{u.Name, string(u.Role), userState(u), u.DisplayName, u.Email})
			}
			return table(a.Stdout, "NAME\tROLE\tSTATE\tDISPLAY NAME\tE-MAIL", rows)
		},
	}
	var pwFile2 string
	passwd := &cobra.Command{
		Use:   "password NAME",
		Short: "Set a user's password (revokes their web sessions and API tokens)",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pw, err := a.password(pwFile2)
			if err != nil {
				return err
			}
			actor, err := a.actor(cmd.Context())
			if err != nil {
				return err
			}
			_, err = call[calendar.SetPassword, struct{}](cmd.Context(), a, "SetPassword", calendar.SetPassword{Actor: actor, Name: args[0], Password: pw})
			if err != nil {
				return err
			}
			// Say it worked: a silent prompt return left people unsure.
			if a.JSON {
				return printJSON(a.Stdout, map[string]any{"ok": true, "user": args[0]})
			}
			_, err = fmt.Fprintf(a.Stdout, "password changed for %s\n", args[0])
			return err
		},
	}
	passwd.Flags().StringVar(&pwFile2, "password-file", "", "read the password from this file (default: ask)")
	// change runs one account change through the local API and says what
	// it did: a silent return left people unsure.
	change := func(cmd *cobra.Command, method string, req func(calendar.Actor) any, done string) error {
		actor, err := a.actor(cmd.Context())
		if err != nil {
			return err
		}
		if a.As != "" {
			// The shell account did it, naming an admin: the audit trail
			// says so ("cli:root as ada"), never the admin alone.
			actor.Via = osActor()
		}
		u, err := call[any, *post.User](cmd.Context(), a, method, req(actor))
		if err != nil {
			return err
		}
		if a.JSON {
			return printJSON(a.Stdout, u)
		}
		_, err = fmt.Fprintf(a.Stdout, "%s %s\n", u.Name, done)
		return err
	}
	const revoked = "; their web sessions and API tokens are revoked"
	switchUser := func(use, short string, disabled bool) *cobra.Command {
		return &cobra.Command{
			Use: use + " NAME", Short: short, Args: exactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				return change(cmd, "DisableUser", func(actor calendar.Actor) any {
					return calendar.DisableUser{Actor: actor, Name: args[0], Disabled: disabled}
				}, use+"d"+revoked)
			},
		}
	}
	setRole := &cobra.Command{
		Use: "role NAME staff|reviewer|admin", Short: "Give a user another role (revokes their web sessions and API tokens)",
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !post.ValidRole(post.Role(args[1])) {
				return usagef("role %q is not staff, reviewer or admin", args[1])
			}
			return change(cmd, "SetRole", func(actor calendar.Actor) any {
				return calendar.SetRole{Actor: actor, Name: args[0], Role: post.Role(args[1])}
			}, "is now "+args[1]+revoked)
		},
	}
	var yes bool
	remove := &cobra.Command{
		Use: "remove NAME --yes",
		Short: "Remove a user for good: they cannot sign in again; the audit trail, reviews and posts keep their name, " +
			"and their user name is never given to anyone else",
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !yes {
				return usagef("removing %s cannot be undone (the user name stays taken): add --yes, or use `user disable` to switch the account off for now", args[0])
			}
			return change(cmd, "RemoveUser", func(actor calendar.Actor) any {
				return calendar.RemoveUser{Actor: actor, Name: args[0]}
			}, "removed"+revoked)
		},
	}
	remove.Flags().BoolVar(&yes, "yes", false, "confirm: removing cannot be undone")
	var editDisplay, editEmail string
	edit := &cobra.Command{
		Use:   "edit NAME [--display-name TEXT] [--email ADDRESS]",
		Short: "Change a user's display name or notification e-mail (--email \"\" falls back to the practice-wide alert settings)",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			req := calendar.EditUser{Name: args[0]}
			if cmd.Flags().Changed("display-name") {
				req.DisplayName = &editDisplay
			}
			if cmd.Flags().Changed("email") {
				req.Email = &editEmail
			}
			if req.DisplayName == nil && req.Email == nil {
				return usagef("give --display-name or --email")
			}
			return change(cmd, "EditUser", func(actor calendar.Actor) any {
				req.Actor = actor
				return req
			}, "changed")
		},
	}
	edit.Flags().StringVar(&editDisplay, "display-name", "", "name shown in the UI, e.g. \"Dr. Ana Reyes\"")
	edit.Flags().StringVar(&editEmail, "email", "", "where this user's own notifications go; \"\" to use the practice-wide settings")
	cmd.AddCommand(add, list, edit, passwd, setRole, remove,
		switchUser("disable", "Switch a user's account off and revoke their web sessions and API tokens", true),
		switchUser("enable", "Switch a disabled user's account on again", false))
	return cmd
}

// userState says whether u may sign in.
func userState(u post.User) string {
	switch {
	case u.Removed:
		return "removed"
	case u.Disabled:
		return "disabled"
	}
	return "active"
}

// password reads a password from a file, or asks on the terminal. Scripts
// (no terminal) must give a file: a password never goes on the command line.
func (a *App) password(file string) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", usagef("cannot read the password file: %v", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", usagef("no terminal to ask for a password: give --password-file FILE")
	}
	fmt.Fprint(a.Stderr, "Password: ")
	p1, err := term.ReadPassword(fd)
	fmt.Fprintln(a.Stderr)
	if err != nil {
		return "", err
	}
	fmt.Fprint(a.Stderr, "Again: ")
	p2, err := term.ReadPassword(fd)
	fmt.Fprintln(a.Stderr)
	if err != nil {
		return "", err
	}
	if string(p1) != string(p2) {
		return "", usagef("the two passwords differ")
	}
	return string(p1), nil
}

func (a *App) stopCommand() *cobra.Command {
	var reason string
	cmd := &cobra.Command{
		Use:   "stop",
		Short: "Emergency stop: hold everything scheduled (e.g. after a local tragedy) and list it",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			actor, err := a.actor(cmd.Context())
			if err != nil {
				return err
			}
			st, err := call[calendar.PostRef, *calendar.EmergencyStop](cmd.Context(), a, "PauseAll", calendar.PostRef{Actor: actor, Reason: reason})
			if err != nil {
				return err
			}
			if a.JSON {
				return printJSON(a.Stdout, st)
			}
			fmt.Fprintf(a.Stdout, "emergency stop on: %d post(s) held\n", len(st.Held))
			for _, id := range st.Held {
				fmt.Fprintln(a.Stdout, " ", id)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why (shown to staff and kept in the audit trail)")
	return cmd
}

func (a *App) resumeCommand() *cobra.Command {
	var late string
	cmd := &cobra.Command{
		Use:   "resume --late hold|next-slot|cancel",
		Short: "Lift the emergency stop; say what to do with posts whose time passed",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			actor, err := a.actor(cmd.Context())
			if err != nil {
				return err
			}
			res, err := call[calendar.ResumeAll, *calendar.ResumeResult](cmd.Context(), a, "ResumeAll", calendar.ResumeAll{Actor: actor, Late: late})
			if err != nil {
				return err
			}
			if a.JSON {
				return printJSON(a.Stdout, res)
			}
			fmt.Fprintf(a.Stdout, "resumed: %d released, %d moved to the next slot, %d cancelled, %d still held (their time passed)\n",
				len(res.Released), len(res.Rescheduled), len(res.Cancelled), len(res.StillHeld))
			return nil
		},
	}
	cmd.Flags().StringVar(&late, "late", "", "posts whose time passed: hold (for a person), next-slot, or cancel")
	return cmd
}
