// Package templates is practicepost's library of ready-made posts, the US
// health-observance calendar, the monthly plan built from both, and the
// evergreen queue.
//
// # Template files
//
// Every template is one UTF-8 text file named <name>.tmpl; the file name
// (without .tmpl) is the template's name. Shipped templates are embedded from
// templates/library. A practice may add a folder of its own (config): a file
// there with the same name as a shipped one replaces it, any other name adds a
// template. A file starts with a TOML header between two "+++" lines, then
// holds two Go text/template blocks, "short" (for X: at most 280 weighted
// characters once rendered) and "long" (Facebook and LinkedIn):
//
//	+++
//	title = "Flu shots are here"
//	description = "Invite patients to get this season's flu shot."
//	tags = ["flu", "vaccines", "seasonal"]
//	audience = "patients"          # patients | peers | community
//	evergreen = false              # true: may be re-queued into free slots
//	observance = ""                # id of the observance it belongs to, if any
//	vars = ["date"]                # variables staff fill in, beyond the practice ones
//
//	[[sources]]                    # one per health fact the text states
//	name = "CDC: Flu vaccines"
//	url = "https://www.cdc.gov/flu/vaccines/"
//	+++
//	{{define "short"}}Flu shots at {{.practice_name}} from {{.date}}. Book: {{.booking_url}}{{end}}
//	{{define "long"}}...{{end}}
//
// Inside the blocks, {{.name}} inserts a variable. The practice variables come
// from the [practice] section of the config: practice_name, phone,
// booking_url, address, hours and website. Any other variable must be listed
// in vars; staff supply it when rendering. {{source 1}} inserts the URL of the
// first source. Text outside the two blocks may only be blank, and leading and
// trailing blank lines of each block are dropped, so authors can lay the file
// out freely.
//
// A file that breaks any of these rules is refused when the library loads,
// with an error naming the file and line. Rendering never produces a post with
// a hole in it: a variable that is empty or not supplied is an error naming
// it, and so is a supplied variable the template does not declare (a typo).
package templates
