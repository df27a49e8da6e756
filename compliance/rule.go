package compliance

import (
	"github.com/practicepost/practicepost/post"
)

// rule is one checklist item. check looks at one scanned text and returns
// findings with their span, message and (where it differs from the rule's
// default) severity; the engine fills in the rule id, source, channel,
// overridability and any configured severity.
type rule struct {
	id       string
	severity post.Severity // default severity of the rule's findings
	source   string        // source id in COMPLIANCE.md
	human    bool          // a person must decide
	// once rules look at the draft as a whole (media, channel limits) and
	// run only on the main text; the others run on the main text and on
	// each channel variant.
	once bool
	// identifies says when the rule's block findings identify a patient;
	// those can be overridden only with a linked authorization covering
	// the use (see identifying). A check may also set Finding.Authorize on
	// a finding itself, which the engine keeps.
	identifies identifying
	check      func(s *scan) []post.Finding
}

// identifying says when a rule's block findings identify a patient.
type identifying int

const (
	// identifiesNever: a reviewer's recorded reason is enough.
	// It is the zero value, so rules that say nothing get it; the name is
	// here for the reader.
	identifiesNever identifying = iota //nolint:unused // the zero value, named for the reader
	// identifiesAlways: every block finding names or pictures a patient
	// (a name in a patient's story, an unauthorized testimonial).
	identifiesAlways
	// identifiesInContext: a block finding identifies a patient when it
	// lies in patient or health context (a birth date, an age over 89, a
	// town or a profile link next to a diagnosis).
	identifiesInContext
)

// patientUses are the authorization uses that allow publishing what
// identifies a patient in the text: the patient agreed to their story or
// testimonial being told.
var patientUses = []post.Use{post.UseStory, post.UseTestimonial}

// rules is the registry: every rule of COMPLIANCE.md, in report order.
var rules = []rule{
	{id: "PRIV-01", severity: post.SeverityBlock, source: "S1", check: checkSSN},
	{id: "PRIV-02", severity: post.SeverityBlock, source: "S1", check: checkPhone},
	{id: "PRIV-03", severity: post.SeverityBlock, source: "S1", check: checkEmail},
	{id: "PRIV-04", severity: post.SeverityBlock, source: "S1", identifies: identifiesInContext, check: checkNetAddress},
	{id: "PRIV-05", severity: post.SeverityBlock, source: "S1", identifies: identifiesInContext, check: checkDates},
	{id: "PRIV-06", severity: post.SeverityBlock, source: "S1", identifies: identifiesInContext, check: checkAges},
	{id: "PRIV-07", severity: post.SeverityBlock, source: "S1", identifies: identifiesInContext, check: checkGeography},
	{id: "PRIV-08", severity: post.SeverityBlock, source: "S1", check: checkRecordNumbers},
	{id: "PRIV-09", severity: post.SeverityBlock, source: "S1", check: checkFinancialNumbers},
	{id: "PRIV-10", severity: post.SeverityBlock, source: "S11", identifies: identifiesAlways, check: checkNames},
	{id: "PRIV-11", severity: post.SeverityWarn, source: "S11", human: true, check: checkNarrative},
	{id: "PRIV-12", severity: post.SeverityWarn, source: "S4", human: true, check: checkMediaCues},
	{id: "PRIV-13", severity: post.SeverityBlock, source: "S9", human: true, identifies: identifiesAlways, check: checkAuthorization},
	{id: "PRIV-14", severity: post.SeverityWarn, source: "S1", human: true, identifies: identifiesAlways, check: checkRarity},
	{id: "PRIV-15", severity: post.SeverityWarn, source: "S8", human: true, identifies: identifiesInContext, check: checkSensitive},
	// PRIV-16's findings are added after the others (addBackstop): it
	// reads only what every other rule let pass.
	{id: backstopRule, severity: post.SeverityWarn, source: "S11", human: true, once: true, check: noFindings},

	{id: "REV-01", severity: post.SeverityBlock, source: "S5", check: checkReviewConfirms},
	{id: "REV-02", severity: post.SeverityBlock, source: "S7", identifies: identifiesAlways, check: checkReviewNames},
	{id: "REV-03", severity: post.SeverityBlock, source: "S6", human: true, check: checkReviewHostile},
	{id: "REV-04", severity: post.SeverityInfo, source: "S5", check: checkReviewTemplate},

	{id: "CLAIM-01", severity: post.SeverityBlock, source: "S17", check: checkGuarantees},
	{id: "CLAIM-02", severity: post.SeverityWarn, source: "S17", human: true, check: checkSuperlatives},
	{id: "CLAIM-03", severity: post.SeverityWarn, source: "S21", human: true, check: checkFraudWords},
	{id: "CLAIM-04", severity: post.SeverityWarn, source: "S20", human: true, check: checkEvidenceClaims},
	{id: "CLAIM-05", severity: post.SeverityWarn, source: "S22", human: true, check: checkRegulatoryClaims},
	{id: "CLAIM-06", severity: post.SeverityWarn, source: "S17", human: true, check: checkCredentials},
	{id: "CLAIM-07", severity: post.SeverityWarn, source: "S17", human: true, check: checkPriceClaims},
	{id: "CLAIM-08", severity: post.SeverityWarn, source: "S17", human: true, check: checkModels},
	{id: "CLAIM-09", severity: post.SeverityInfo, source: "S20", human: true, check: checkStatistics},

	{id: "ENDORSE-01", severity: post.SeverityWarn, source: "S18", human: true, check: checkTestimonial},
	{id: "ENDORSE-02", severity: post.SeverityWarn, source: "S18", human: true, check: checkSponsorship},
	{id: "ENDORSE-03", severity: post.SeverityBlock, source: "S19", check: checkBuyingReviews},
	{id: "ENDORSE-04", severity: post.SeverityBlock, source: "S19", human: true, check: checkSuppressingReviews},

	{id: "PROF-01", severity: post.SeverityBlock, source: "S11", check: checkProfanity},
	{id: "PROF-02", severity: post.SeverityWarn, source: "S11", check: checkStigma},
	{id: "PROF-03", severity: post.SeverityBlock, source: "S11", human: true, check: checkDisparaging},
	{id: "PROF-04", severity: post.SeverityInfo, source: "S11", human: true, check: checkPolitics},
	{id: "PROF-05", severity: post.SeverityWarn, source: "S15", human: true, check: checkPersonalAdvice},
	{id: "PROF-06", severity: post.SeverityBlock, source: "S15", check: checkInvitingPHI},
	{id: "PROF-07", severity: post.SeverityInfo, source: "S15", check: checkShouting},
	{id: "PROF-08", severity: post.SeverityInfo, source: "S14", check: checkSpelling},
	{id: "PROF-09", severity: post.SeverityWarn, source: "S11", human: true, check: checkSafetyLine},

	{id: "READ-01", severity: post.SeverityWarn, source: "S23", check: checkReadingGrade},
	{id: "READ-02", severity: post.SeverityInfo, source: "S23", check: checkJargon},
	{id: "READ-03", severity: post.SeverityInfo, source: "S23", check: checkLongSentences},

	{id: "PLAT-01", severity: post.SeverityBlock, source: "S24", once: true, check: checkLength},
	{id: "PLAT-02", severity: post.SeverityWarn, source: "S24", human: true, check: checkMentions},
	{id: "PLAT-03", severity: post.SeverityBlock, source: "S25", once: true, check: checkPhoneInText},
	{id: "PLAT-04", severity: post.SeverityInfo, source: "S25", once: true, check: checkLinkInText},
	{id: "PLAT-05", severity: post.SeverityInfo, source: "S24", check: checkContentWarning},
	{id: "PLAT-06", severity: post.SeverityBlock, source: "S26", once: true, check: checkTagCounts},
	{id: "PLAT-07", severity: post.SeverityBlock, source: "S26", once: true, check: checkNeedsImage},
	{id: "PLAT-08", severity: post.SeverityInfo, source: "S26", once: true, check: checkUnclickableLinks},

	{id: "MIS-01", severity: post.SeverityWarn, source: "S16", human: true, check: checkMyths},
	{id: "MIS-02", severity: post.SeverityWarn, source: "S16", human: true, check: checkAbsoluteSafety},
	{id: "MIS-03", severity: post.SeverityWarn, source: "S21", human: true, check: checkConspiracy},
	{id: "MIS-04", severity: post.SeverityInfo, source: "S20", human: true, check: checkUnsourcedHealthClaims},
}

// knownLists are the list names a phrase file may use: every rule id plus
// the helper lists some rules read.
var knownLists = func() map[string]bool {
	m := map[string]bool{
		"context/patient": true, "context/patient-service": true, "context/temporal": true, "context/clinical": true, "names/first": true, "names/honorific": true, "names/notperson": true, "names/newstaff": true, "REV-01/soft": true,
		"PRIV-05/relative": true, "CLAIM-01/disease": true, "CLAIM-04/hedge": true, "CLAIM-05/brand": true, "CLAIM-05/nondrug": true, "CLAIM-05/aim": true,
		"CLAIM-06/block": true, "CLAIM-08/label": true, "ENDORSE-02/disclosure": true,
		"PROF-01/block": true, "PROF-01/warn": true, "PROF-09/safety": true, "PROF-09/risk": true, "PROF-09/symptom": true,
		"MIS-01/except": true, "MIS-01/topic": true, "MIS-01/denial": true, "CLAIM-01/concept": true, "CLAIM-01/many": true, "CLAIM-01/lasting": true, "ENDORSE-01/typical": true, "CLAIM-01/access": true, "CLAIM-03/concept": true, "CLAIM-03/except": true, "CLAIM-05/block": true,
		"CLAIM-07/waiver": true, "CLAIM-07/share-off": true, "CLAIM-07/hook": true, "CLAIM-07/pronoun": true, "ENDORSE-03/insider": true, "ENDORSE-03/negative": true, "ENDORSE-03/private": true, "ENDORSE-03/positive": true, "PROF-09/crisis": true, "PROF-09/crisis-line": true,
		"PROF-03/mock": true, "PROF-03/marker": true, "PROF-03/weak": true, "PROF-03/vent": true, "PROF-03/scorn": true, "PROF-03/scorn-end": true, "PROF-03/sneer": true, "PROF-03/smirk": true, "ENDORSE-03/only": true, "ENDORSE-03/reward": true, "ENDORSE-03/disguise": true, "ENDORSE-03/posing": true, "PROF-04/partisan": true, "PROF-04/advocacy": true, "PROF-04/except": true,
		"PROF-05/advice": true, "READ-01/notpatient": true, "PRIV-12/media": true, "PRIV-12/record": true, "PRIV-12/surface": true, "PRIV-12/exposure": true, "CLAIM-07/service": true, "CLAIM-07/giving": true, "MIS-04/topic": true,
	}
	for _, r := range rules {
		m[r.id] = true
	}
	return m
}()

// stateSeverity raises severities where a state board is stricter
// (COMPLIANCE.md S17): Texas on models and board eligibility, Illinois on
// testimonials used to entice the public.
var stateSeverity = map[string]map[string]post.Severity{
	"TX": {"CLAIM-08": post.SeverityBlock},
	"IL": {"ENDORSE-01": post.SeverityBlock},
}

// severityRank orders severities for "never lower" comparisons.
func severityRank(s post.Severity) int {
	switch s {
	case post.SeverityBlock:
		return 3
	case post.SeverityWarn:
		return 2
	case post.SeverityInfo:
		return 1
	}
	return 0
}
