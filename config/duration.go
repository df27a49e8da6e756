package config

import (
	"fmt"
	"time"
)

// Duration is a time.Duration written in TOML as a string such as "30m" or
// "2160h" (TOML has no duration type, and bare integers invite unit
// mistakes).
type Duration struct{ time.Duration }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("%q is not a duration (like \"30m\" or \"2160h\")", b)
	}
	d.Duration = v
	return nil
}

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
