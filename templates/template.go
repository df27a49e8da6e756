package templates

import "github.com/practicepost/practicepost/post"

// Variant kinds every template defines.
const (
	// KindShort is the X variant: at most 280 weighted characters.
	KindShort = "short"
	// KindLong is the Facebook and LinkedIn variant.
	KindLong = "long"
)

// Practice variable names, filled from the [practice] section of the config.
const (
	VarPracticeName = "practice_name"
	VarPhone        = "phone"
	VarBookingURL   = "booking_url"
	VarAddress      = "address"
	VarHours        = "hours"
	VarWebsite      = "website"
)

// practiceVars lists the practice variable names in the order the docs show them.
var practiceVars = []string{VarPracticeName, VarPhone, VarBookingURL, VarAddress, VarHours, VarWebsite}

// Source is where a health fact in a template comes from.
type Source struct {
	Name string `toml:"name" json:"name"`
	URL  string `toml:"url" json:"url"`
}

// Template is one post template's metadata. The text itself stays inside the
// Library; render it with Library.Render.
type Template struct {
	Name        string        `json:"name"` // the file name without .tmpl
	Title       string        `json:"title"`
	Description string        `json:"description"`
	Tags        []string      `json:"tags"`
	Audience    post.Audience `json:"audience"`
	// Evergreen templates are good at any time of year and may be
	// re-queued into free slots (see PickEvergreen).
	Evergreen bool `json:"evergreen"`
	// Observance is the id of the observance the template belongs to, if any.
	Observance string   `json:"observance,omitempty"`
	Sources    []Source `json:"sources"`
	// Vars are the variables staff must supply, beyond the practice ones.
	Vars []string `json:"vars"`
	// Origin is "shipped" for an embedded template, or the file path of a
	// practice template.
	Origin string `json:"origin"`
}

// OriginShipped is Template.Origin for templates embedded in the binary.
const OriginShipped = "shipped"

// Practice is what templates may say about the practice. Empty fields are
// fine until a template uses them.
type Practice struct {
	Name       string
	Phone      string
	BookingURL string
	Address    string
	Hours      string
	Website    string
}

// vars returns the practice's non-empty fields by variable name.
func (p Practice) vars() map[string]string {
	m := make(map[string]string, len(practiceVars))
	for k, v := range map[string]string{
		VarPracticeName: p.Name, VarPhone: p.Phone, VarBookingURL: p.BookingURL,
		VarAddress: p.Address, VarHours: p.Hours, VarWebsite: p.Website,
	} {
		if v != "" {
			m[k] = v
		}
	}
	return m
}

// Rendered is a template filled in for one practice: a draft for staff to
// edit, never a post that skips the checklist.
type Rendered struct {
	Template string        `json:"template"`
	Title    string        `json:"title"`
	Short    string        `json:"short"` // for X
	Long     string        `json:"long"`  // for Facebook and LinkedIn
	Tags     []string      `json:"tags"`
	Audience post.Audience `json:"audience"`
	Sources  []Source      `json:"sources"`
}

// ShortMax is the most characters the short text is written for (X's
// 280): a channel whose network takes no more than that gets the short
// text, where the long one would not fit.
const ShortMax = 280

// TextFor returns the text for a channel whose network takes at most limit
// characters (its kind's Limits.MaxChars; 0 for no limit): the short text
// when limit is ShortMax or less (X), the long one otherwise (Facebook,
// LinkedIn, Google, Mastodon, manual, preview).
func (r Rendered) TextFor(limit int) string {
	if limit > 0 && limit <= ShortMax {
		return r.Short
	}
	return r.Long
}
