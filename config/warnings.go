package config

import (
	"fmt"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// Warnings lists things that work but should be fixed, for `practicepost
// config check`: secrets written literally in the file, a config file other
// users can read, practice details still the example's, a channel whose
// network fetches images without [web] public_base_url, and what a
// channel's kind warns of (channels.Warner: a token that expires soon).
func (c *Config) Warnings() []string {
	var w []string
	for _, key := range c.literalSecrets {
		w = append(w, c.at(key)+": secret written in the file; use env:NAME or file:PATH and keep the value out of the config")
	}
	// Group read alone is how a root-owned config is shared with the
	// daemon's own group (the Debian package: root:practicepost 0640).
	if c.fileMode&0o027 != 0 && runtime.GOOS != "windows" {
		w = append(w, fmt.Sprintf("%s: mode %04o lets other users read it; run chmod 600 %s", c.Path, uint32(c.fileMode), c.Path))
	}
	w = append(w, c.exampleDetails()...)
	now := time.Now
	if c.now != nil {
		now = c.now
	}
	for i, ch := range c.Channels {
		if k, ok := channels.Lookup(ch.Kind); ok && k.NeedsPublicMedia && c.Web.PublicBaseURL == "" {
			w = append(w, c.at("channels["+strconv.Itoa(i)+"]")+": "+k.Title+" fetches a post's images from a public address, and [web] public_base_url is not set: "+
				"posts with images cannot be scheduled on "+ch.ID+" (text-only posts can)")
		}
		warner, ok := ch.Options.(channels.Warner)
		if !ok {
			continue
		}
		for _, p := range warner.Warnings(ch.ID, now()) {
			key := "channels[" + strconv.Itoa(i) + "]"
			if p.Key != "" {
				key += "." + p.Key
			}
			w = append(w, c.at(key)+": "+p.Message)
		}
	}
	return w
}

// exampleName is the practice name in config.example.toml.
const exampleName = "Maple Street Family Medicine"

// exampleDetails warns while the [practice] section still holds the
// example's details: templates would publish a made-up name, a .example
// link and a 555 number (reserved for fiction) to real patients.
func (c *Config) exampleDetails() []string {
	var w []string
	const fix = "still the example's; put in the practice's own"
	p := c.Practice
	if p.Name == exampleName {
		w = append(w, fmt.Sprintf("%s: %q is %s", c.at("practice.name"), p.Name, fix))
	}
	for i, d := range p.Domains {
		if isExampleDomain(d) {
			w = append(w, fmt.Sprintf("%s: %q is %s", c.at("practice.domains["+strconv.Itoa(i)+"]"), d, fix))
		}
	}
	for _, kv := range [][2]string{{"practice.website", p.Website}, {"practice.booking_url", p.BookingURL}} {
		if u, err := url.Parse(kv[1]); kv[1] != "" && err == nil && isExampleDomain(u.Hostname()) {
			w = append(w, fmt.Sprintf("%s: %q is %s", c.at(kv[0]), kv[1], fix))
		}
	}
	for i, ph := range p.Phones {
		if isFictionalPhone(ph) {
			w = append(w, fmt.Sprintf("%s: %q is a 555 number (reserved for fiction), %s", c.at("practice.phones["+strconv.Itoa(i)+"]"), ph, fix))
		}
	}
	return w
}

// isExampleDomain reports a domain under .example (RFC 2606), reserved for
// documentation.
func isExampleDomain(d string) bool {
	d = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(d), "."))
	return d == "example" || strings.HasSuffix(d, ".example") || d == "example.com" || strings.HasSuffix(d, ".example.com")
}

// isFictionalPhone reports a North American number whose area code or
// exchange is 555, as films and examples use.
func isFictionalPhone(ph string) bool {
	var digits []byte
	for i := 0; i < len(ph); i++ {
		if ph[i] >= '0' && ph[i] <= '9' {
			digits = append(digits, ph[i])
		}
	}
	if len(digits) == 11 && digits[0] == '1' {
		digits = digits[1:]
	}
	if len(digits) != 10 {
		return false
	}
	return string(digits[:3]) == "555" || string(digits[3:6]) == "555"
}

// at formats "file:line: key" for a warning.
func (c *Config) at(key string) string {
	loc := c.Path
	if line := lineOf(c.lines, key); line > 0 {
		loc += ":" + strconv.Itoa(line)
	}
	return loc + ": " + key
}
