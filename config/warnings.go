package config

import (
	"fmt"
	"runtime"
	"strconv"
	"time"
)

// tokenWarnDays is how early Warnings mentions a LinkedIn token's expiry.
// Renewing it takes a person and a browser, so give them a working week.
const tokenWarnDays = 7

// Warnings lists things that work but should be fixed, for `practicepost
// config check`: secrets written literally in the file, a config file other
// users can read, and LinkedIn tokens that expire within a week.
func (c *Config) Warnings() []string {
	var w []string
	for _, key := range c.literalSecrets {
		w = append(w, c.at(key)+": secret written in the file; use env:NAME or file:PATH and keep the value out of the config")
	}
	if c.fileMode&0o077 != 0 && runtime.GOOS != "windows" {
		w = append(w, fmt.Sprintf("%s: mode %04o lets other users read it; run chmod 600 %s", c.Path, uint32(c.fileMode), c.Path))
	}
	now := time.Now
	if c.now != nil {
		now = c.now
	}
	for i, ch := range c.Channels {
		exp := ch.TokenExpiry()
		if ch.Kind != KindLinkedIn || exp.IsZero() {
			continue
		}
		key := c.at("channels[" + strconv.Itoa(i) + "].token_expires")
		switch left := exp.Sub(now()); {
		case left < 0:
			w = append(w, fmt.Sprintf("%s: LinkedIn token of channel %q expired on %s; renew it", key, ch.ID, ch.TokenExpires))
		case left < tokenWarnDays*24*time.Hour:
			w = append(w, fmt.Sprintf("%s: LinkedIn token of channel %q expires on %s; renew it", key, ch.ID, ch.TokenExpires))
		}
	}
	return w
}

// at formats "file:line: key" for a warning.
func (c *Config) at(key string) string {
	loc := c.Path
	if line := lineOf(c.lines, key); line > 0 {
		loc += ":" + strconv.Itoa(line)
	}
	return loc + ": " + key
}
