package compliance

// ruleNames are the checklist's rules in a few plain words, for the people
// who read the checklist (front-desk staff, a doctor between patients): the
// rule id stays beside them for whoever looks it up in COMPLIANCE.md.
var ruleNames = map[string]string{
	"PRIV-01": "Social Security number",
	"PRIV-02": "Phone number that is not the practice's",
	"PRIV-03": "E-mail address that is not the practice's",
	"PRIV-04": "Web address, IP address or a person's handle",
	"PRIV-05": "Exact date near a patient's story",
	"PRIV-06": "Patient's age over 89",
	"PRIV-07": "Where a patient lives",
	"PRIV-08": "Record, member or account number",
	"PRIV-09": "Card or bank number",
	"PRIV-10": "Name of a patient or relative",
	"PRIV-11": "Story about a particular patient",
	"PRIV-12": "Image or video attached",
	"PRIV-13": "Patient's story needs their signed permission",
	"PRIV-14": "Rare detail that could identify a patient",
	"PRIV-15": "Sensitive health topic near a patient",
	"PRIV-16": "Reads like a patient's story (learned check)",

	"REV-01": "Reply confirms someone is a patient",
	"REV-02": "Reply names someone the review did not",
	"REV-03": "Hostile reply",
	"REV-04": "Reply goes beyond the safe wording",

	"CLAIM-01": "Promise or guarantee of results",
	"CLAIM-02": "\"Best\" or \"#1\" claim",
	"CLAIM-03": "Miracle-cure wording",
	"CLAIM-04": "\"Proven\" with no source",
	"CLAIM-05": "FDA or other approval claim",
	"CLAIM-06": "Credential claim",
	"CLAIM-07": "Price, \"free\" or insurance claim",
	"CLAIM-08": "Model or before-and-after photo shown as a patient",
	"CLAIM-09": "Figure with no source",

	"ENDORSE-01": "Patient testimonial",
	"ENDORSE-02": "Sponsor or paid link not disclosed",
	"ENDORSE-03": "Asking for reviews in return for something",
	"ENDORSE-04": "Pressuring someone over a review",

	"PROF-01": "Swearing",
	"PROF-02": "Stigmatizing words",
	"PROF-03": "Putting down patients or colleagues",
	"PROF-04": "Political topic",
	"PROF-05": "Medical advice to one person",
	"PROF-06": "Asks people to share health details",
	"PROF-07": "Shouting or clutter",
	"PROF-08": "Spelling",
	"PROF-09": "Urgent symptoms with no \"call 911\" line",

	"READ-01": "Hard to read",
	"READ-02": "Medical jargon",
	"READ-03": "Long sentence",

	"PLAT-01": "Too long for the network",
	"PLAT-02": "Tags a person",
	"PLAT-03": "Phone number in a Google post",
	"PLAT-04": "Link Google will not make clickable",
	"PLAT-05": "Health topic without a content warning",
	"PLAT-06": "Too many hashtags or tags for the network",
	"PLAT-07": "The network needs an image",
	"PLAT-08": "Link the network will not make clickable",

	"MIS-01": "Known false health claim",
	"MIS-02": "Promises complete safety",
	"MIS-03": "Conspiracy wording",
	"MIS-04": "Health claim with no source",
}

// RuleName is a checklist rule's name in plain words ("Patient's age over
// 89" for PRIV-06); an id it does not know comes back as it is, so a rule
// added without a name still shows something true.
func RuleName(id string) string {
	if n, ok := ruleNames[id]; ok {
		return n
	}
	return id
}
