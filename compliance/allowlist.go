package compliance

import (
	"strings"
)

// allowlist holds the practice's own identifiers, normalized once: they are
// never patient identifiers (COMPLIANCE.md "Allowlist").
type allowlist struct {
	phones    map[string]bool // last ten digits
	domains   []string        // lower-case, without www.
	staff     map[string]bool // lower-case name tokens of staff
	handles   map[string]bool // lower-case, without @
	addresses []string        // lower-case word sequences of the practice's addresses
	addrWords map[string]bool // every word of the practice's addresses (street and city names)
}

// publicDomains are sites a practice links to that identify no patient.
var publicDomains = []string{
	"cdc.gov", "nih.gov", "fda.gov", "hhs.gov", "who.int", "medlineplus.gov", "cancer.gov",
	"vaccines.gov", "healthcare.gov", "aap.org", "heart.org", "ada.org", "mouthhealthy.org",
	"988lifeline.org", "ncbi.nlm.nih.gov", "doi.org", "pubmed.ncbi.nlm.nih.gov",
}

func newAllowlist(p Profile) allowlist {
	a := allowlist{phones: map[string]bool{}, staff: map[string]bool{}, handles: map[string]bool{}, addrWords: map[string]bool{}}
	for _, ph := range p.Phones {
		if d := digitsOf(ph); len(d) >= 10 {
			a.phones[d[len(d)-10:]] = true
		}
	}
	for _, d := range append(append([]string{}, p.Domains...), publicDomains...) {
		d = strings.ToLower(strings.TrimSpace(d))
		d = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(d, "https://"), "http://"), "www.")
		d = strings.TrimSuffix(d, "/")
		if d != "" {
			a.domains = append(a.domains, d)
		}
	}
	for _, n := range p.StaffNames {
		for _, w := range tokenizePhrase(n) {
			if len(w) > 1 && w != "dr" && w != "md" && w != "dds" && w != "do" && w != "np" && w != "pa" && w != "rn" {
				a.staff[w] = true
			}
		}
	}
	for _, h := range p.Handles {
		a.handles[strings.ToLower(strings.TrimPrefix(strings.TrimSpace(h), "@"))] = true
	}
	for _, ad := range p.Addresses {
		words := tokenizePhrase(ad)
		a.addresses = append(a.addresses, strings.Join(words, " "))
		for _, w := range words {
			a.addrWords[w] = true
		}
	}
	return a
}

// phone reports whether digits (a 10-digit NANP number) is the practice's.
func (a *allowlist) phone(digits string) bool {
	if len(digits) > 10 {
		digits = digits[len(digits)-10:]
	}
	return a.phones[digits]
}

// domain reports whether host is the practice's or a public-health site, or
// a subdomain of one.
func (a *allowlist) domain(host string) bool {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	for _, d := range a.domains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return strings.HasSuffix(host, ".gov")
}

// address reports whether the candidate address text is part of one of the
// practice's addresses.
func (a *allowlist) address(text string) bool {
	norm := strings.Join(tokenizePhrase(text), " ")
	for _, ad := range a.addresses {
		if norm != "" && (strings.Contains(ad, norm) || strings.Contains(norm, ad)) {
			return true
		}
	}
	return false
}

// citationRE finds what counts as a source for a claim: a link, a DOI or a
// PubMed id.
var citationRE = mustAnchor(`(?i)(?:https?://|www\.|\bdoi:?\s*10\.\d{4,}|\b10\.\d{4,}/|\bpmid:?\s*\d{5,}|\b[a-z0-9-]+\.(?:gov|org|edu)\b)`, 64)
