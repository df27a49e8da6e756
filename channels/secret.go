package channels

import (
	"fmt"
	"io"
	"log/slog"
	"strconv"
)

// redacted is what a Secret prints instead of its value.
const redacted = "[redacted]"

// Secret is a credential. In the file it may be a literal, env:NAME (read
// from the environment) or file:PATH (relative to the config file's folder).
// After loading it holds the resolved value, which only Reveal returns:
// fmt, encoding/json, slog and text encoders print [redacted], so a Config
// can be logged or dumped as JSON without leaking tokens. (go-toml's encoder
// writes string-kind values verbatim and ignores MarshalText: never
// TOML-encode a loaded Config.)
//
// It lives here, not in config, because a network's own options
// (Kind.Options) carry credentials too; config.Secret is the same type.
type Secret string

// Reveal returns the credential itself, for the code that sends it.
func (s Secret) Reveal() string { return string(s) }

// String implements fmt.Stringer.
func (s Secret) String() string { return redacted }

// GoString implements fmt.GoStringer, for %#v.
func (s Secret) GoString() string { return strconv.Quote(redacted) }

// Format implements fmt.Formatter so that no verb (%x, %q, %d...) prints the
// value.
func (s Secret) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		_, _ = io.WriteString(f, s.GoString())
		return
	}
	_, _ = io.WriteString(f, redacted)
}

// MarshalJSON implements json.Marshaler.
func (s Secret) MarshalJSON() ([]byte, error) { return []byte(`"` + redacted + `"`), nil }

// MarshalText implements encoding.TextMarshaler, for encoders that use it.
func (s Secret) MarshalText() ([]byte, error) { return []byte(redacted), nil }

// LogValue implements slog.LogValuer.
func (s Secret) LogValue() slog.Value { return slog.StringValue(redacted) }
