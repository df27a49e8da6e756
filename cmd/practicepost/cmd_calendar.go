package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/store"
)

func (a *App) calendarCommand() *cobra.Command {
	var month, week, channel, status, tag string
	cmd := &cobra.Command{
		Use:   "calendar",
		Short: "Show a week or a month of the calendar",
		Example: `  practicepost calendar                 # this week
  practicepost calendar --month 2027-02
  practicepost calendar --week 2027-02-01 --channel x-main`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			loc := cfg.Practice.Location()
			from, to, err := calendarRange(month, week, time.Now().In(loc), loc)
			if err != nil {
				return err
			}
			// The same query as the web month view, every entry listed.
			q := calendar.DaysQuery{CalendarQuery: calendar.CalendarQuery{From: from, To: to, Channel: channel, Status: postStatus(status), Tag: tag}}
			days, err := call[calendar.DaysQuery, calendar.Days](cmd.Context(), a, "Days", q)
			if err != nil {
				return err
			}
			if a.JSON {
				entries := []store.Entry{}
				for _, d := range days.Days {
					entries = append(entries, d.Entries...)
				}
				return printJSON(a.Stdout, entries)
			}
			return printCalendar(a, from, to, loc, days)
		},
	}
	f := cmd.Flags()
	f.StringVar(&month, "month", "", "a month, YYYY-MM")
	f.StringVar(&week, "week", "", "the week containing this date, YYYY-MM-DD (default: this week)")
	f.StringVar(&channel, "channel", "", "only this channel")
	f.StringVar(&status, "status", "", "only this status")
	f.StringVar(&tag, "tag", "", "only this tag")
	return cmd
}

func calendarRange(month, week string, now time.Time, loc *time.Location) (time.Time, time.Time, error) {
	switch {
	case month != "" && week != "":
		return time.Time{}, time.Time{}, usagef("give --month or --week, not both")
	case month != "":
		t, err := time.ParseInLocation("2006-01", month, loc)
		if err != nil {
			return t, t, usagef("--month takes YYYY-MM, got %q", month)
		}
		return t, t.AddDate(0, 1, 0), nil
	case week != "":
		t, err := time.ParseInLocation("2006-01-02", week, loc)
		if err != nil {
			return t, t, usagef("--week takes YYYY-MM-DD, got %q", week)
		}
		now = t
	}
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	start := day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7)) // Monday
	return start, start.AddDate(0, 0, 7), nil
}

func printCalendar(a *App, from, to time.Time, loc *time.Location, days calendar.Days) error {
	w := a.Stdout
	fmt.Fprintf(w, "%s – %s (%s)\n", from.Format("Mon 2 Jan 2006"), to.AddDate(0, 0, -1).Format("Mon 2 Jan 2006"), loc)
	for _, d := range days.Days {
		lines := make([]string, 0, len(d.Entries))
		for _, e := range d.Entries {
			lines = append(lines, fmt.Sprintf("  %s  %-12s %-12s %s  %s", e.At.In(loc).Format("15:04"), e.Channel, e.Status, e.PostID, oneLine(e.Snippet, 40)))
		}
		sort.Strings(lines)
		slotNote := ""
		if d.Slots > 0 {
			slotNote = fmt.Sprintf("  (%d slots, %d open)", d.Slots, d.FreeSlots)
		}
		fmt.Fprintf(w, "\n%s%s\n", d.Date.Format("Mon 2 Jan"), slotNote)
		if len(lines) == 0 {
			fmt.Fprintln(w, "  -")
			continue
		}
		fmt.Fprintln(w, strings.Join(lines, "\n"))
	}
	return nil
}
