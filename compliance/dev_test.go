package compliance

import (
	"os"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// devSet is a labelled development set: posts and replies written for
// issue 11 to find whole classes the rules miss. Unlike the blind sets they
// may be read and tuned on; with -v the test prints every post the
// checklist gets wrong.
type devSet struct {
	dir   string
	about string
	// floors sit just under the figures the rules reach on the set once it
	// has been tuned on, so a change that breaks a fixed class fails.
	// A zero floor means the set has not been tuned on yet: its figures
	// are printed, not enforced.
	floors blindFigures
	// heldOut keeps a new set's items unread for a while after it is
	// written: only its aggregates are printed, never a per-item miss, so
	// the figures taken before anyone reads it say how the rules do on
	// text they were not tuned on.
	heldOut bool
}

var devSets = []devSet{
	{dir: "testdata/dev", about: "Harbor Point Family Practice, Bayport, ME; written from COMPLIANCE.md's categories by the rule authors",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 0, cleanPassing: 0.99, blockPrecision: 0.99}},
	// dev2-dev4 were first measured at 18:20 on 2026-12-04, before any
	// tuning (recall / blocks passed / clean / block precision): dev2
	// 0.575/30/0.881/0.745, dev3 0.850/13/0.649/0.604, dev4
	// 0.679/19/0.821/0.794; tuned on until 20:00 (dev4 held out until
	// 19:45): 1.000/0/0.987/0.973, 0.970/1/0.980/0.953, 0.972/2/0.949/0.949.
	{dir: "testdata/dev2", about: "Brooklyn pediatrics and women's health; a social-media coordinator's voice, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 0, cleanPassing: 0.98, blockPrecision: 0.97}},
	{dir: "testdata/dev3", about: "rural Montana family medicine and dental; an office manager's Facebook voice, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 0, cleanPassing: 0.98, blockPrecision: 0.97}},
	{dir: "testdata/dev4", about: "Atlanta dermatology, med-spa and counseling; an agency's voice, reply-heavy, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 0, cleanPassing: 0.98, blockPrecision: 0.97}},
	// dev5 and dev6 were written at 21:10 on 2026-12-04 by writers who
	// read no rules; held out (aggregates only) until 22:30. First
	// figures (07d39e1): dev5 0.793/14/0.907/0.861, dev6
	// 0.784/20/0.884/0.782; at 22:30, tuned on dev2-dev4 only:
	// 0.859/11/0.907/0.857, 0.845/15/0.877/0.802; at 22:50, after 20
	// minutes of reading them: 0.913/6/0.913/0.898, 0.918/8/0.959/0.908.
	{dir: "testdata/dev5", about: "southwest Houston cardiology and internal medicine; an intern's emoji captions, a manager's review replies, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 0, cleanPassing: 0.98, blockPrecision: 0.94}},
	{dir: "testdata/dev6", about: "Tacoma behavioral health, physical therapy and sports medicine near a base; written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.97}},
	// dev7 and dev8 were written at 00:00 on 2026-12-05 by writers who
	// read no rules, and held out (aggregates only) until 01:00. First
	// figures (dev7 on 4f6b75d, dev8 on 10aaef8): dev7 0.912/6/0.844/0.832,
	// dev8 0.854/7/0.849/0.824; at 01:00 on b96c4bd, tuned on dev2-dev6
	// only: 0.931/5/0.844/0.835, 0.865/5/0.884/0.846; at 01:45 on main
	// 5d093b7, after 45 minutes of reading them: 0.971/2/0.943/0.936,
	// 0.990/1/0.959/0.923. dev2-dev6's floors rose at the same time.
	{dir: "testdata/dev7", about: "Detroit, Dearborn and Hamtramck dentistry, dermatology, allergy and sleep; emoji captions and long review replies, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.96}},
	{dir: "testdata/dev8", about: "Miami-Dade pediatrics, OB and midwifery, sports medicine and travel vaccines; Spanish, Creole and Portuguese mixed in, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 0, cleanPassing: 0.99, blockPrecision: 0.94}},
	// dev9 and dev10 were written at 03:05-03:20 on 2026-12-05 by writers
	// who read no rules, and held out from the rules' tuners (aggregates
	// only) until 04:10. First figures (rules of 841447b): dev9
	// 0.948/1/0.814/0.851, dev10 0.857/12/0.850/0.837; at 04:10, before a
	// tuner read them but after PRIV-16 was trained on them (b54f622):
	// 0.958/1/0.821/0.860, 0.969/2/0.857/0.839; at 04:50 on main c6873a1:
	// 0.969/1/0.890/0.900, 0.969/2/0.925/0.887.
	{dir: "testdata/dev9", about: "Tucson and Phoenix orthopedics, hospice, memory care, Navajo Nation telehealth and border health; five voices, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.95}},
	{dir: "testdata/dev10", about: "Fall River, New Bedford and Providence ophthalmology, IVF, psychiatry, med-spa and a fishermen's clinic; Portuguese and Creole mixed in, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.93}},
	// dev11 and dev12 were written at 03:10-03:20 on 2026-12-05 by writers
	// who read no rules, and held out from the rules' tuners until 04:20.
	// First figures (rules of 841447b): dev11 0.853/9/0.883/0.802, dev12
	// 0.760/17/0.816/0.693; held out from PRIV-16 too, with the model of
	// a2822ec: 0.884/6/0.869/0.802, 0.781/15/0.810/0.693; at 04:20:
	// 0.916/4/0.897/0.805, 0.854/9/0.823/0.697; at 04:50 on main c6873a1:
	// 0.937/4/0.924/0.910, 0.875/7/0.878/0.779.
	{dir: "testdata/dev11", about: "Oʻahu and Maui diabetes, dialysis, OB, pediatrics, dermatology and surf-injury urgent care; Pidgin and Hawaiian mixed in, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.93}},
	{dir: "testdata/dev12", about: "a Chicago federally qualified health center: HIV and PrEP, gender-affirming care, harm reduction, refugee clinic; Spanish mixed in, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.96, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.88}},
	// dev13 and dev14 were written at 05:55-06:04 on 2026-12-05 by writers
	// who read no rules. First figures (main fd49e93, PRIV-16 not trained
	// on them): dev13 0.938/4/0.923/0.878, dev14 0.881/6/0.923/0.878.
	// Adding dev13 to PRIV-16's training with the threshold kept moved
	// blind2 recall from 0.945 to 0.918, so they joined the training sets
	// only at 07:30, with the threshold re-chosen by cross-validation.
	// At 07:50 (main c6a6b74), read and tuned on since they landed:
	// dev13 1.000/0/0.986/0.939, dev14 0.980/0/0.958/0.909, dev15
	// 0.990/0/0.979/0.936, dev16 0.990/1/0.938/0.928; PRIV-16 trains on
	// them since 07:30. dev9-dev16's floors are one post under the 07:50
	// figures.
	{dir: "testdata/dev13", about: "Queens (Flushing, Jackson Heights, Rockaway) and Brighton Beach primary care, geriatrics, podiatry, acupuncture and pediatrics; Chinese, Korean, Spanish, Russian and Bengali mixed in, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.94}},
	{dir: "testdata/dev14", about: "Minneapolis Somali and Oromo families, St. Paul Hmong and Karen patients, sports medicine and a northern critical-access hospital with a nursing home; Somali and Hmong mixed in, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.92}},
	// dev15 and dev16 were written at 06:09-06:17 on 2026-12-05 by
	// writers who read no rules. First figures (PRIV-16 not trained on
	// them): dev15 on main b5fbe7c 0.917/7/0.924/0.897; dev16 on main 34a32fe
	// 0.939/4/0.903/0.915.
	{dir: "testdata/dev15", about: "New Orleans sickle-cell, bariatric and dermatology clinics, Houma and Lafayette occupational medicine for shrimpers and offshore workers, Vietnamese-American fishing families in New Orleans East and Biloxi; Vietnamese and Cajun French mixed in, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.95}},
	{dir: "testdata/dev16", about: "Anchorage family medicine and OB with telehealth to Yup'ik and Iñupiaq villages, a Kodiak fishing-crew clinic, a Seattle South End refugee clinic and a Tacoma pediatric dental office; Tagalog and Cyrillic mixed in, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.94}},
	// dev17 and dev18 were written at 08:37-08:43 on 2026-12-05 by writers
	// who read no rules. First figures (rules of 5ec510c, PRIV-16 not
	// trained on them): dev17 0.905/8/0.897/0.835, dev18 0.927/6/0.903/0.860.
	// Held out of PRIV-16's training (TestBackstopHeldOut, main 9f5d3c6),
	// rules alone -> with PRIV-16: dev17 0.863/11 -> 0.905/8 and dev18
	// 0.906/8 -> 0.927/6 (recall / blocks passed; clean and precision
	// unchanged). PRIV-16 trains on them since 09:10 (branch learn9):
	// leave-one-set-out cross-validation over the 17 older sets gave 14
	// blocks passed instead of 16 with them in training, clean unchanged.
	// At 10:30 (main 225ad16), read and tuned on since they landed:
	// dev17 0.958/4/0.959/0.921, dev18 0.990/1/0.924/0.924; floors one post under. dev2-dev16's floors
	// were raised to one post under their 10:30 figures, never lowered.
	// dev17 is in blind6's region (eastern Kentucky and southern West
	// Virginia), so blind6's figures after tuning on dev17 are not wholly
	// independent of it.
	{dir: "testdata/dev17", about: "eastern Kentucky and southern West Virginia family practice, opioid-use-disorder and recovery clinic, black-lung clinic, mobile dental van and a critical-access hospital; Appalachian dialect, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.93}},
	{dir: "testdata/dev18", about: "Miami and Broward dermatology and med-spa, concierge internal medicine, pediatrics and a clinic for Haitian and Venezuelan newcomers; Spanish, Haitian Creole and Russian mixed in, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.93}},
	// dev19-dev23 were written at 11:36-11:41 on 2026-12-05 by writers who
	// read no rules, each from a region no set had. First figures (rules of
	// 00d7f0a, PRIV-16 not trained on them; recall / blocks passed / clean
	// passing / block precision): dev19 0.948/4/0.965/0.944, dev20
	// 0.969/1/0.848/0.885, dev21 0.946/3/0.891/0.883, dev22
	// 0.969/2/0.871/0.874, dev23 0.980/1/0.855/0.880.
	// Those are with PRIV-16 held out of training (TestBackstopHeldOut, main
	// 62fd95a); rules alone they were dev19 0.927/5/0.965/0.944, dev20
	// 0.929/5/0.862/0.885, dev21 0.914/6/0.891/0.883, dev22
	// 0.938/4/0.878/0.874, dev23 0.959/3/0.855/0.880. PRIV-16 trains on
	// them since 11:55 (branch learn10).
	{dir: "testdata/dev19", about: "western Dakotas: Rapid City family practice and urgent care, a clinic near Pine Ridge for Lakota families, a Williston oil-patch occupational clinic, Hutterite colony outreach and a rodeo medical tent, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.94}},
	{dir: "testdata/dev20", about: "southern Colorado: Pueblo internal and addiction medicine, a San Luis Valley critical-access clinic, a Summit County ski-town urgent care, a Colorado Springs IV-drip med spa and a military-family pediatric practice, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.93, blockPrecision: 0.92}},
	{dir: "testdata/dev21", about: "Las Vegas and Henderson: a culinary-union health center, a Filipino-American family practice, combat-sports and dancers' sports medicine, a GLP-1 and cosmetic clinic and a Sun City senior clinic; Taglish mixed in, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.90}},
	{dir: "testdata/dev22", about: "North Carolina: a Lumbee family practice in Pembroke, Fayetteville military-family pediatrics and behavioral health, a Hickory clinic for Hmong and Montagnard families, a Duplin County farmworker clinic and a university student clinic, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.96}},
	{dir: "testdata/dev23", about: "Rio Grande Valley of Texas: a colonias FQHC with promotoras, a Brownsville diabetes and dialysis center, Harlingen pediatrics, a Winter Texan geriatric clinic and a border dental office; Spanish and Tex-Mex Spanglish, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.95}},
	// dev24 and dev25 were written at 11:42-11:47 on 2026-12-05 the same
	// way. First figures (rules of 00d7f0a, PRIV-16 not trained on them):
	// dev24 0.979/1/0.903/0.857, dev25 0.960/3/0.944/0.909.
	// Rules alone (TestBackstopHeldOut, main 33809ff, PRIV-16 trained on
	// dev19-dev23 but not these): dev24 0.979/1/0.903/0.857, dev25
	// 0.949/4/0.944/0.909. PRIV-16 trains on them since 12:00 (branch
	// learn10).
	{dir: "testdata/dev24", about: "Ohio: a Columbus clinic for Somali and Bhutanese-Nepali families, an Athens County family practice and addiction clinic, Cleveland cardiology, a Holmes County clinic for Amish families and Cincinnati pediatric dentistry, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.93}},
	{dir: "testdata/dev25", about: "greater Boston: a Dorchester community health center (Cape Verdean, Haitian, Vietnamese families), a Chinatown clinic, a Cambridge fertility practice, a Brookline eating-disorder program and South Shore sports medicine, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.95}},
	// dev26 and dev27 were written at 11:48-11:53 on 2026-12-05 the same
	// way. First figures (rules of 00d7f0a, PRIV-16 not trained on them):
	// dev26 0.969/3/0.917/0.863, dev27 0.927/6/0.899/0.915.
	// Held out of PRIV-16's training at 13:00 (main 055a1c5, rules already
	// tuned on them for a while), rules alone -> with PRIV-16: dev26
	// 0.979/1/0.966/0.878 -> 1.000/0/0.966/0.878, dev27 0.948/4/0.953/0.949
	// -> 0.948/4/0.946/0.949. PRIV-16 trains on them since 13:05 (branch
	// learn10).
	{dir: "testdata/dev26", about: "Oklahoma: a Tahlequah clinic beside Cherokee Nation services, Tulsa North family practice, an Oklahoma City clinic for Vietnamese families, a panhandle rural hospital clinic and Norman sports medicine, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.91}},
	// Recall floor lowered by one post at the end of session 17: PRIV-16's
	// threshold, re-chosen by cross-validation (0.791 -> 0.843, after dev83-dev87
	// joined its training sets), passes one more of its privacy posts. No rule
	// change lowered it. Lowered again by one post (recall and blocks passed)
	// at the end of session 18: the threshold re-chosen by cross-validation
	// (0.843 -> 0.856, after dev88-dev91 joined the training sets) passes
	// one more; no rule change lowered it.
	// At 01:45 on 2026-12-07 PRIV-16's retrain on 128 sets (threshold
	// 0.813 -> 0.844, chosen by cross-validation) let one more dev27 block
	// pass: recall and blocks-passed floors lowered one post (0.98 -> 0.96,
	// 1 -> 2) for that trade, the only floor lowered; no rule changed it.
	{dir: "testdata/dev27", about: "northern and central New Jersey: a Newark Ironbound family practice (Portuguese, Brazilian, Ecuadorian), Edison endocrinology (Gujarati, Telugu, Punjabi), Paterson pediatrics (Arab-American, Peruvian), a Shore urgent care and a Hoboken concierge practice, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.96, blockedAsPass: 2, cleanPassing: 0.97, blockPrecision: 0.95}},
	// At 13:28 on 2026-12-05 (main 54015fc), after tuning on dev2-dev27,
	// every floor was raised to one post under the figures, never lowered;
	// dev19-dev27 got their first floors.
	// dev28-dev30 were written at 13:15-13:26 on 2026-12-05 by writers who
	// read no rules, after that session's tuning, and are held out: nobody
	// has read them and PRIV-16 does not train on them yet, so their
	// figures say what the rules do on new text. On the session's start
	// rules (00d7f0a) -> its end rules (main 6665d55): dev28
	// 0.958/3/0.932/0.929 -> 0.969/2/0.932/0.939, dev29 0.962/3/0.937/0.968
	// -> 0.952/4/0.944/0.958, dev30 0.979/1/0.939/0.901 -> 0.979/1/0.939/0.902.
	// Session 11 (2026-12-05 15:05, learn11): PRIV-16 trains on dev28-dev30
	// too and rule authors read them, so they are no longer held out.
	// Session 26's end: the retrain on 160 sets (shipped by the retrain
	// gate) flags one more clean post here; its clean floor was set one
	// post under that figure (0.95 -> 0.93).
	{dir: "testdata/dev28", about: "Vermont and New Hampshire: a Burlington family practice for Bhutanese-Nepali, Somali Bantu, Congolese and Vietnamese families, a Northeast Kingdom rural clinic, Manchester addiction medicine, academic pediatrics and a ski-resort urgent care, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.93, blockPrecision: 0.94}},
	// Recall floor lowered by one post at the end of session 17: PRIV-16's
	// threshold, re-chosen by cross-validation (0.791 -> 0.843, after dev83-dev87
	// joined its training sets), passes one more of its privacy posts. No rule
	// change lowered it.
	{dir: "testdata/dev29", about: "Wisconsin: a Milwaukee FQHC (Black, Hmong and Karen families), a Wausau clinic for Hmong elders, Green Bay sports medicine, a rural clinic near the Menominee and Oneida nations and a Door County summer urgent care, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.96}},
	{dir: "testdata/dev30", about: "Oregon: a Portland east-side clinic (Slavic Pentecostal and Chuukese families, unhoused patients), a Hood River orchard workers' clinic (Mexican and Mixtec families), Bend outdoor sports medicine, a Eugene student clinic and a Newport fishing-town clinic, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.93}},
	// dev31-dev36 were written at 14:14-14:30 on 2026-12-05 by writers who
	// read no rules, each in a region no set had. First figures (rules of
	// 29c484e, the session's start, PRIV-16 not trained on them): dev31
	// 0.970/3/0.966/0.919, dev32 0.969/3/0.966/0.938, dev33 1.000/0/0.905/0.869, dev34
	// 0.947/5/0.951/0.892, dev35 0.968/3/0.897/0.894, dev36 0.979/1/0.904/0.881.
	{dir: "testdata/dev31", about: "Louisville: a practice near Churchill Downs (backstretch workers, jockeys), the UPS Worldport night shift, Bosnian families in south Louisville, the West End and a distillery occupational clinic, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.96}},
	{dir: "testdata/dev32", about: "Memphis: a Whitehaven, Binghampton and Frayser practice (FedEx hub night workers, Black churches, Beale Street musicians, Burmese and Guatemalan families), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.95}},
	{dir: "testdata/dev33", about: "San Diego's South Bay: a binational Chula Vista, National City and San Ysidro practice (families crossing the border daily, Navy families, Filipino families; Spanish and Tagalog mixed in), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.91}},
	{dir: "testdata/dev34", about: "Central Florida: a Kissimmee, Poinciana and Pine Hills practice (theme-park and hotel workers, Puerto Rican, Brazilian and Haitian families), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.93}},
	{dir: "testdata/dev36", about: "Guam and Saipan: a Tamuning, Dededo and Garapan practice (CHamoru, Carolinian, Chuukese, Palauan and Filipino families, military families, fiestas and typhoon season), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.93}},
	{dir: "testdata/dev35", about: "Lewiston and Auburn, Maine: a mill-town practice (Somali and Congolese families, Franco-American elders, college students, paper-mill workers), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.93}},
	// dev37-dev41 were written at 14:19-14:29 the same way. First figures
	// (rules of 29c484e, PRIV-16 not trained on them): dev37
	// 0.980/2/0.923/0.861, dev38 0.990/1/0.938/0.888, dev39
	// 0.990/0/0.932/0.901, dev40 0.989/0/0.926/0.902, dev41
	// 0.977/2/0.955/0.878.
	{dir: "testdata/dev37", about: "the Navajo Nation and Four Corners: a Gallup, Shiprock and Farmington practice (Diné families, Zuni and Hopi neighbours, uranium-mining legacy, rodeo and chapter-house events, oilfield workers), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.92}},
	{dir: "testdata/dev38", about: "the Idaho panhandle and Montana's Flathead valley: a Coeur d'Alene, Sandpoint and Kalispell practice (loggers, wildland firefighters, Glacier seasonal workers, Salish and Kootenai neighbours, ski and lake injuries), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.93}},
	{dir: "testdata/dev39", about: "Baltimore: an East Baltimore, Highlandtown and Park Heights practice (Black churches, Salvadoran and Honduran families, Orthodox Jewish families, port workers, a harm-reduction van), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.93}},
	{dir: "testdata/dev40", about: "the South Carolina Lowcountry: a Johns Island and Beaufort practice (Gullah Geechee families, Hilton Head retirees, Parris Island Marines, shrimpers, resort workers), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.95}},
	{dir: "testdata/dev41", about: "the Permian Basin: an Odessa, Midland and Monahans practice (oilfield crews in man camps, ranch families, football towns, Mexican-American families, wind-farm techs), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.89}},
	// dev42-dev45 were written at 14:31-14:38 the same way. First figures
	// (rules of 29c484e, PRIV-16 not trained on them): dev42
	// 0.981/2/0.903/0.941, dev43 0.979/1/0.923/0.927, dev44
	// 0.970/3/0.929/0.876, dev45 0.947/3/0.917/0.872.
	{dir: "testdata/dev42", about: "Alabama: a Birmingham, Selma, Tuscaloosa and Albertville practice (Black Belt rural families, civil-rights history, steel and auto-plant workers, Hispanic poultry-plant families, game days), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.93, blockPrecision: 0.95}},
	{dir: "testdata/dev43", about: "upstate New York: a Utica, Buffalo West Side and Rochester practice (Karen, Yemeni, Bosnian and Puerto Rican families, Deaf patients with ASL interpreters, dairy farmworkers, lake-effect snow), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.95}},
	{dir: "testdata/dev44", about: "Hampton Roads, Virginia: a Norfolk, Virginia Beach and Newport News practice (Navy families, shipyard welders, Filipino and Korean families, an HBCU, oceanfront workers, flooding), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.91}},
	{dir: "testdata/dev45", about: "Pittsburgh and the Mon Valley: a Homestead, Braddock and Whitehall practice (retired steelworkers, Bhutanese-Nepali families, Polish and Slovak parishes, opioid recovery, Steelers fans), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.94, blockPrecision: 0.93}},
	// dev46-dev52 were written at 21:25-21:45 on 2026-12-05 the same way,
	// and measured on the rules of 3a0bd0c (the session's start, PRIV-16
	// not trained on them) before anyone read them. First figures
	// (recall/blocks passed/clean/block precision): dev46
	// 0.950/2/0.871/0.915, dev47 0.970/2/0.872/0.866, dev48
	// 0.981/1/0.891/0.854, dev50 0.990/0/0.867/0.878, dev51
	// 0.980/0/0.885/0.935, dev49 0.952/2/0.890/0.914, dev52
	// 0.980/2/0.894/0.888. dev53-dev55 were written at 21:35-21:50 the
	// same way: dev53 0.942/4/0.884/0.804, dev54 0.922/4/0.835/0.874,
	// dev55 0.950/2/0.875/0.838 on the same start rules; dev56 and dev57
	// (22:10-22:20, same way) 0.933/4/0.909/0.860 and 0.990/1/0.867/0.848.
	{dir: "testdata/dev46", about: "Kansas City across State Line: a Northeast KC, KCK and Independence practice (Somali, Sudanese, Vietnamese and Guatemalan families, rail and packing-plant workers, churches on Prospect, Chiefs fans), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.91}},
	{dir: "testdata/dev47", about: "Appalachian North Carolina and East Tennessee: a Boone, Johnson City and Cherokee practice (Eastern Band Cherokee neighbours, Christmas-tree farms, Hurricane Helene recovery, bluegrass, ski slopes), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.93}},
	{dir: "testdata/dev48", about: "Dallas suburbs: a Garland, Carrollton and Richardson practice (Vietnamese, Korean, Indian and Nigerian families, Asian malls, Tết and Chuseok, tech workers, hail storms), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.93}},
	{dir: "testdata/dev50", about: "Yuma and the Imperial Valley: a Yuma, San Luis and El Centro practice (lettuce crews crossing daily, winter visitors in RV parks, Marine Corps families, Quechan and Cocopah neighbours, Punjabi families, extreme heat), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.96}},
	{dir: "testdata/dev51", about: "Denver metro: an Aurora, Commerce City and Westminster practice (Ethiopian, Eritrean, Burmese and Bhutanese families, refinery workers, ski injuries, altitude, cannabis questions), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.95}},
	{dir: "testdata/dev49", about: "Delmarva's poultry country: a Georgetown (DE), Salisbury (MD) and Seaford practice (Guatemalan Maya and Haitian poultry-plant workers, watermen, boardwalk J-1 workers, Amish neighbours), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.94}},
	{dir: "testdata/dev52", about: "Indianapolis's south side: a Southport and Beech Grove practice (Burmese Chin, Zomi and Karen families, Mexican and Haitian families, FedEx-hub and warehouse workers, Indy 500 fans), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.94}},
	{dir: "testdata/dev53", about: "Nashville's south side: a Nolensville Pike, Antioch and Murfreesboro practice (Kurdish, Coptic Egyptian, Somali, Mexican and Honduran families, Music Row and bar staff, tornado recovery), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.91}},
	{dir: "testdata/dev54", about: "Northern Virginia: an Annandale, Arlandria and Manassas practice (Korean, Salvadoran, Afghan, Ethiopian and Vietnamese families, federal workers and contractors, day laborers), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.95}},
	{dir: "testdata/dev55", about: "southwest Alaska: a Bethel, Dillingham and Kodiak practice (Yup'ik and Alutiiq villages reached by bush plane, salmon crews and Filipino cannery workers, Coast Guard families), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.92}},
	{dir: "testdata/dev56", about: "Sioux Falls and southeast South Dakota: a Sioux Falls, Worthington and Yankton practice (Karen, Nuer and Dinka families at the pork plant, Ethiopian and Guatemalan families, Lakota and Dakota neighbours, blizzards), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.93, blockPrecision: 0.92}},
	{dir: "testdata/dev57", about: "New Orleans East and the West Bank: a Village de l'Est, Gretna and Marrero practice (Vietnamese families, Honduran construction crews, Black Creole families, shrimpers, Mardi Gras krewes, hurricane season), written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.93, blockPrecision: 0.92}},
	// dev58-dev60 were written at 23:20-23:30 on 2026-12-05 the same way,
	// after the session's rule changes: measured before anyone read them,
	// on the session-start rules (3a0bd0c) and on the end rules (a882bba):
	// dev58 0.922/2/0.878/0.858 -> 0.940/1/0.878/0.871, dev59
	// 0.990/0/0.943/0.913 -> 1.000/0/0.943/0.922, dev60 0.970/2/0.877/0.849
	// -> 0.980/1/0.910/0.874. Not tuned on: no floors.
	{dir: "testdata/dev58", about: "Greensboro and High Point, North Carolina: a practice for Montagnard (Dega), Sudanese and Congolese families, furniture-plant and poultry workers, an HBCU campus, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.95, blockedAsPass: 1, cleanPassing: 0.94, blockPrecision: 0.93}},
	{dir: "testdata/dev59", about: "Bowling Green, Kentucky: a practice for Bosnian, Karen and Congolese families, Corvette-plant workers, a university campus, tobacco and horse farms and Amish neighbours, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.94}},
	{dir: "testdata/dev60", about: "Providence and Pawtucket, Rhode Island: a practice for Cape Verdean, Dominican, Liberian, Cambodian and Guatemalan families, fishermen and college students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.95}},
	// dev61 was written at 00:24-00:50 on 2026-12-06 the same way and
	// measured on the session-start rules (9c90b43) before anyone read it:
	// 0.960/2/0.875/0.879. No floors until tuned on.
	{dir: "testdata/dev61", about: "the Bronx, New York: a practice for Dominican, Puerto Rican, Garifuna, Ghanaian, Bangladeshi and Yemeni families, market workers and Co-op City retirees, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.92}},
	// dev62 was written at 00:24-00:50 on 2026-12-06 the same way and
	// measured on the session-start rules (9c90b43) before anyone read it:
	// 1.000/0/0.896/0.880. No floors until tuned on.
	{dir: "testdata/dev62", about: "Salinas, Seaside and Carmel Valley, California: a practice for Triqui and Mixteco farmworkers, Filipino families, language-school students, Fort Ord veterans and Carmel retirees, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.95}},
	// dev63 and dev64 were written at the same time and held out (their
	// items unread) for a forward check: measured before anyone read them
	// on the session-start rules (9c90b43) and on the session's end rules
	// (c6d76fd): dev63 0.960/1/0.936/0.905 -> 0.970/0/0.944/0.913, dev64
	// 0.990/0/0.948/0.948 -> 0.990/0/0.948/0.948. Released after that.
	{dir: "testdata/dev63", about: "south St. Louis, Missouri: a practice for Bosnian, Vietnamese, Ethiopian and Black families, brewery and aerospace workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.92}},
	{dir: "testdata/dev64", about: "Rochester, New York: a practice with a large Deaf community, Puerto Rican and Bhutanese-Nepali families and Kodak retirees, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.94}},
	// dev65-dev67 were written at 00:45-01:00 on 2026-12-06 the same way
	// and measured on the session-start rules (9c90b43) before anyone read
	// them: dev65 0.980/0/0.921/0.898, dev66 0.970/2/0.879/0.870, dev67
	// 0.990/0/0.898/0.900. No floors until tuned on.
	{dir: "testdata/dev65", about: "El Paso, Sunland Park and Las Cruces: a border practice for families crossing from Ciudad Juárez, Fort Bliss families, UTEP students, maquila and dairy workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.95}},
	{dir: "testdata/dev66", about: "Bakersfield and Kern County, California: a practice for Punjabi Sikh truckers and growers, Basque families, oilfield workers and Oaxacan farmworkers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.92}},
	{dir: "testdata/dev67", about: "Chattanooga and Dalton: a practice for Guatemalan Mam- and K'iche'-speaking families, carpet-mill and Volkswagen workers, students and mountain retirees, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.95}},
	// dev68 was written at 01:10-01:30 on 2026-12-06 the same way and
	// measured on the session-start rules (9c90b43) before anyone read it:
	// 0.950/4/0.921/0.907. No floors until tuned on.
	{dir: "testdata/dev68", about: "Lowell and Lawrence, Massachusetts: a practice for Cambodian, Dominican, Puerto Rican, Brazilian and Ghanaian families, mill-town families and students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.96}},
	// dev69 was written at 01:10-01:40 on 2026-12-06 the same way and
	// measured on the session-start rules (9c90b43) before anyone read it:
	// 0.980/1/0.902/0.900. No floors until tuned on.
	{dir: "testdata/dev69", about: "Duluth and Minnesota's Iron Range: a practice for taconite miners, Ojibwe families, Finnish- and Slovenian-American families, ore-boat crews and students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.96}},
	// dev70 was written at 03:22-03:35 on 2026-12-06 the same way and
	// measured on the session-start rules (73f1a7e) before anyone read it:
	// 0.990/0/0.880/0.912. No floors until tuned on.
	{dir: "testdata/dev70", about: "Milwaukee's South Side and Near North Side: a practice for Hmong, Puerto Rican, Mexican and Black families, brewery, tannery and foundry retirees, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.96}},
	// dev71 was written at 03:22-03:35 on 2026-12-06 the same way and
	// measured on the session-start rules (73f1a7e) before anyone read it:
	// 1.000/0/0.921/0.901. No floors until tuned on.
	{dir: "testdata/dev71", about: "Sacramento and Rancho Cordova: a practice for Slavic Pentecostal (Ukrainian, Russian) and Afghan families, Punjabi truckers, Hmong and Mien farmers and state workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.94, blockPrecision: 0.93}},
	// dev72 was written at 03:22-03:45 on 2026-12-06 the same way and
	// measured on the session-start rules (73f1a7e) before anyone read it:
	// 0.990/1/0.874/0.833. No floors until tuned on.
	{dir: "testdata/dev72", about: "Savannah and the Sea Islands: a practice for Gullah Geechee families, port and Gulfstream workers, SCAD students, Fort Stewart soldiers and shrimpers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.93, blockPrecision: 0.89}},
	// dev73 and dev74 were written at 03:22-03:40 on 2026-12-06 the same
	// way and held out (their items unread) for a forward check: measured
	// before anyone read them on the session-start rules (73f1a7e) and on
	// the session's end rules (f15aa40): dev73 0.950/3/0.847/0.907 ->
	// 0.931/4/0.855/0.919, dev74 0.970/1/0.909/0.891 -> 0.970/1/0.917/0.908.
	// Released after that.
	{dir: "testdata/dev73", about: "Utica and Rome, New York: a practice for Bosnian, Karen, Chin and Congolese refugee families, dairy farms and casino workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.91, blockPrecision: 0.93}},
	{dir: "testdata/dev74", about: "Sioux City and South Sioux City (Siouxland): a practice for meatpacking workers, Sudanese, Mam-speaking Guatemalan and Mexican families, Winnebago and Omaha neighbours and farmers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.92}},
	// dev75-dev77 were written at 06:15-06:40 on 2026-12-06 by writers
	// who read no rules, and measured on the session-start rules (ed4bf2e)
	// before anyone read them: dev75 0.990/1/0.901/0.860, dev76
	// 0.930/6/0.950/0.854, dev77 0.960/2/0.967/0.909. PRIV-16 trains on
	// them since 06:30. Read and tuned on until 08:20; at 08:25 (main
	// 45811d2) every floor was raised to one post under the figures, never
	// lowered, and dev75-dev79 got their first floors.
	{dir: "testdata/dev75", about: "Erie, Pennsylvania: a practice for Bhutanese-Nepali, Iraqi, Syrian and Congolese refugee families, locomotive-plant and shipyard workers, Polish and Italian east-side families and Gannon and Mercyhurst students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.94}},
	{dir: "testdata/dev76", about: "Twin Falls and the Magic Valley, Idaho: a practice for Bosnian, Afghan and Congolese refugee families, dairy and yogurt-plant workers, Latino farmworkers, LDS families and BASE jumpers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.94}},
	{dir: "testdata/dev77", about: "Spokane, Washington and Coeur d'Alene, Idaho: a practice for Marshallese and Slavic families, Fairchild Air Force Base families, Spokane and Coeur d'Alene Tribe neighbours, Gonzaga students, loggers and wheat farmers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.94}},
	// dev78 and dev79 were written at 06:15-06:40 on 2026-12-06 the same
	// way and held out (their items unread) for a forward check: on the
	// session-start rules (ed4bf2e) -> the session's end rules (main
	// 45811d2, PRIV-16 not trained on them): dev78 0.970/2/0.983/0.895 ->
	// 0.980/1/0.983/0.905, dev79 0.950/5/0.950/0.890 -> 0.970/3/0.950/0.954.
	// One rule engineer printed 7 of dev79's lines (picture items) while
	// grepping, and built nothing from them; dev78 stayed unread.
	// Released after that.
	{dir: "testdata/dev78", about: "Lancaster County, Pennsylvania: a practice for Amish and Mennonite farm families, Bhutanese-Nepali and Syrian refugee families, Puerto Rican families in Lancaster city and Franklin & Marshall students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.94}},
	{dir: "testdata/dev79", about: "Bowling Green, Kentucky: a practice for Bosnian, Burmese, Congolese and Salvadoran families, Corvette plant workers, WKU students, tobacco and cattle farmers and Mammoth Cave tourism workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.95}},
	// dev80-dev82 were written at 09:05-09:30 on 2026-12-06 by writers who
	// read no rules, and measured on the session-start rules (ca448d1)
	// before anyone read them: dev80 0.960/2/0.926/0.896, dev81
	// 0.950/1/0.934/0.944, dev82 0.990/1/0.950/0.922. PRIV-16 trains on
	// them since 09:45. Read and tuned on until 11:15; at 11:20 (main
	// e21efb2) every floor was raised to one post under the figures, never
	// lowered, and dev80-dev84 got their first floors.
	{dir: "testdata/dev80", about: "Portland and Lewiston, Maine: a practice for Somali, Congolese, Angolan and Iraqi families, lobstermen and fishermen, Bates and USM students, paper-mill retirees and Franco-American families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.93}},
	{dir: "testdata/dev81", about: "Fresno and Clovis, California: a practice for Hmong, Punjabi Sikh, Armenian and Mexican families, raisin and almond growers, Fresno State students and farmworker clinics, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.94}},
	{dir: "testdata/dev82", about: "Springdale and Rogers, Arkansas: a practice for Marshallese, Mexican and Salvadoran families, poultry-plant workers, retail-corporate office staff, University of Arkansas students and Ozark mountain-bike tourism, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.93}},
	// dev83 and dev84 were written the same way and held out (their items
	// unread) for a forward check: on the session-start rules (ca448d1) ->
	// the session's end rules (main e21efb2, PRIV-16 not trained on them):
	// dev83 0.950/3/0.901/0.821 -> 0.960/3/0.901/0.826, dev84
	// 0.950/3/0.959/0.937 -> 0.950/3/0.959/0.947. Nobody read them.
	// Released after that.
	{dir: "testdata/dev83", about: "Amarillo, Texas: a practice for Burmese Karen and Chin, Iraqi, Somali and Cuban families, beef-packing and feedyard workers, ranchers, Route 66 tourism and Amarillo College students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.91}},
	{dir: "testdata/dev84", about: "Nashville and Antioch, Tennessee: a practice for Kurdish, Egyptian Coptic, Somali, Laotian and Mexican families, country-music industry workers, Vanderbilt and TSU students and healthcare-company office staff, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.95}},
	// dev85-dev89 were written at 12:05-12:25 on 2026-12-06 by writers who
	// read no rules, and measured on the session-start rules (bb80433)
	// before anyone read them: dev85 0.990/1/0.967/0.921, dev86
	// 0.970/2/0.959/0.911, dev87 1.000/0/0.942/0.899. They are read and
	// tuned on from 12:40; floors come at the session's end.
	{dir: "testdata/dev85", about: "Lowell and Lawrence, Massachusetts: a practice for Cambodian, Brazilian, Puerto Rican, Dominican and Ghanaian families, UMass Lowell students, mill-town retirees and Portuguese fishing families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.93}},
	{dir: "testdata/dev86", about: "Dearborn and Hamtramck, Michigan: a practice for Lebanese, Yemeni, Iraqi and Bangladeshi families, Polish and Ukrainian Hamtramck old-timers, Ford plant workers and Wayne State students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.93}},
	{dir: "testdata/dev87", about: "Anchorage and the Mat-Su Valley, Alaska: a practice for Yup'ik, Inupiat and Athabascan families, Samoan, Filipino and Hmong families, JBER military households, commercial fishermen and UAA students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.93}},
	// dev88 and dev89 were written the same way and held out for session
	// 17's forward check: nobody read their items and PRIV-16 did not train
	// on them. Session-start rules (bb80433): dev88 1.000/0/0.909/0.858,
	// dev89 0.950/2/0.950/0.894; session-end rules (57ae197): dev88
	// 0.990/1/0.917/0.868 (rules alone 0.950/3), dev89 0.950/2/0.959/0.895
	// (rules alone 0.920/5). Released to be read in session 18.
	{dir: "testdata/dev88", about: "Houston's Gulfton and Alief, Texas: a practice for Salvadoran, Honduran, Guatemalan, Nigerian, Cameroonian, Vietnamese and Pakistani families, oil-and-gas and refinery workers and HCC students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.95}},
	{dir: "testdata/dev89", about: "Honolulu's Kalihi and Waipahu, Hawaii: a practice for Filipino and Ilocano, Samoan, Tongan, Chuukese, Marshallese and Native Hawaiian families, Japanese-American retirees, hotel and airport workers and UH students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.93}},
	// dev90-dev93 were written at 15:00-15:15 on 2026-12-06 by writers who
	// read no rules, and measured on the session-start rules (57ae197)
	// before anyone read them: dev90 0.970/2/0.950/0.902, dev91
	// 0.980/0/0.959/0.921. They are read and tuned on from 15:20; floors
	// come at the session's end.
	{dir: "testdata/dev90", about: "Yakima Valley, Washington: a practice for Mexican and Purepecha farmworker families, Yakama Nation neighbours, orchard, packing-house and hop-farm workers and Heritage University students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.93}},
	{dir: "testdata/dev91", about: "Clarkston and Stone Mountain, Georgia: a practice for Bhutanese Nepali, Congolese, Rohingya, Karenni, Afghan, Eritrean and Somali Bantu refugee families, college students, warehouse and poultry-plant workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.93}},
	// dev92 and dev93 were written the same way and held out for session
	// 18's forward check: nobody read their items and PRIV-16 did not train
	// on them. On session 18's start rules (57ae197): dev92
	// 0.980/2/0.967/0.948, dev93 0.940/4/0.950/0.947; on its end rules
	// (def5073): dev92 0.980/2/0.975/0.948 (rules alone 0.940/5), dev93
	// 0.940/4/0.959/0.948 (rules alone 0.880/8). Released to be read in
	// session 19; floors come at its end.
	{dir: "testdata/dev92", about: "El Paso, Texas and Sunland Park, New Mexico: a practice for cross-border Mexican families, Fort Bliss military families, Tigua Pueblo neighbours, UTEP students, maquila and logistics workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.95}},
	{dir: "testdata/dev93", about: "Waterloo and Cedar Rapids, Iowa: a practice for Bosnian, Congolese, Burmese Chin and Marshallese families, Black families of Waterloo's east side, meatpacking and John Deere workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.96}},
	// dev94-dev97 were written at 17:40-17:55 on 2026-12-06 by writers who
	// read no rules, and measured on the session-start rules (def5073)
	// before anyone read them: dev94 1.000/0/0.967/0.898, dev95
	// 0.970/3/0.967/0.931. They are read and tuned on from 18:00; floors
	// come at the session's end.
	{dir: "testdata/dev94", about: "Dover and Milford, Delaware: a practice for Haitian, Guatemalan and Mexican poultry-plant families, Black families of Dover's east side, Air Force families, Delaware State students and Kent County Amish and Mennonite farm families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.90}},
	{dir: "testdata/dev95", about: "Cedar-Riverside and Phillips, Minneapolis: a practice for Somali, Oromo, Ethiopian and Eritrean families, Ojibwe and Dakota families of Franklin Avenue, students and hospital-shift workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.93}},
	// dev96 and dev97 were written the same way and held out in session 19
	// for its forward check: nobody read their items and PRIV-16 did not
	// train on them. On session 19's start rules (def5073) and its end rules
	// (0b3a3fa) alike, rules alone -> with PRIV-16: dev96 0.920/6 ->
	// 0.980/2/0.959/0.949, dev97 0.910/7 -> 0.970/2/0.975/0.958. Released to
	// be read in session 20 (one dev97 item, dev97-116, was seen by accident
	// in session 19 and nothing was built from it); floors come at its end.
	{dir: "testdata/dev96", about: "Bangor, Old Town and the Penobscot valley, Maine: a practice for Penobscot Nation, Franco-American, Iraqi and Congolese families, University of Maine students, mill, logging and lobster-boat families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.94}},
	{dir: "testdata/dev97", about: "Storm Lake and Denison, Iowa: a practice for Lao and Tai Dam, Mexican, Guatemalan, Chuukese, Pohnpeian and Sudanese families, pork- and turkey-plant workers and Buena Vista students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.95}},
	// dev98-dev103 were written at 20:15-20:25 on 2026-12-06 by writers who
	// read no rules, and measured on session 20's start rules (35a8e65)
	// before anyone read them. With PRIV-16 (rules alone in brackets):
	// dev98 0.980/0/0.959/0.913 (0.950/3), dev99 0.980/1/0.926/0.915
	// (0.950/4), dev100 0.990/1/0.975/0.940 (0.950/4), dev101
	// 1.000/0/0.950/0.913 (0.930/5). They are read and tuned on from 20:30;
	// floors come at the session's end.
	{dir: "testdata/dev98", about: "Northland and Cedarwood, Columbus, Ohio: a practice for Somali and Bhutanese-Nepali families, Ohio State students, Hilltop Appalachian families, warehouse workers and west-side Mexican families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.91}},
	{dir: "testdata/dev99", about: "Fort Wayne and Allen County, Indiana: a practice for Karen, Chin, Mon and Burman families, Amish families, GM truck-plant workers, Komets fans and Mexican families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.94}},
	{dir: "testdata/dev100", about: "Ogden, Roy and Clearfield, Utah: a practice for Latino, Latter-day Saint, Tongan and Samoan families, Hill Air Force Base airmen, Weber State students and ski-resort and rail workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.95}},
	{dir: "testdata/dev101", about: "Dalton and Whitfield County, Georgia: a practice for carpet-mill shift workers, Mexican and Guatemalan families, Appalachian ridge families, Dalton State students and soccer families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.91}},
	// dev104-dev110 were written at 20:30-21:05 on 2026-12-06 the same way,
	// mainly as more training data for PRIV-16, and measured on session 20's
	// start rules (35a8e65) before anyone read them (with PRIV-16): dev104
	// 0.970/2/0.967/0.919, dev105 0.970/1/0.983/0.947, dev106
	// 0.990/0/0.917/0.922, dev107 0.940/4/0.942/0.918, dev108
	// 0.960/2/0.959/0.908, dev109 0.990/0/0.934/0.897, dev110
	// 0.990/1/0.983/0.900. They may be read; floors come at the session's
	// end.
	{dir: "testdata/dev104", about: "Siler City, Sanford and Chatham County, North Carolina: a practice for Mexican, Salvadoran and Guatemalan poultry-plant families, Black families of the county, farm families and retirees, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.94}},
	{dir: "testdata/dev105", about: "Chamblee, Doraville and Clarkston, Georgia on Buford Highway: a practice for Vietnamese, Korean, Chinese and Mexican families and Bhutanese, Burmese, Afghan, Congolese and Eritrean refugee families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.94}},
	{dir: "testdata/dev106", about: "Syracuse's Northside and Onondaga County, New York: a practice for Bhutanese-Nepali, Somali, Karen, Congolese, Ukrainian and Italian-American families, Onondaga Nation neighbours and students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.94, blockPrecision: 0.91}},
	{dir: "testdata/dev107", about: "Lewiston, Idaho and Clarkston, Washington: a practice for Nez Perce families, paper-mill and ammunition-plant workers, wheat-farm families, Lewis-Clark State students and river guides, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.94, blockPrecision: 0.92}},
	{dir: "testdata/dev108", about: "east Tulsa and Broken Arrow, Oklahoma: a practice for Vietnamese, Mexican, Guatemalan, Zomi and Chin families, Muscogee and Cherokee families, aerospace and oil-field workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.92}},
	{dir: "testdata/dev109", about: "St. Cloud and Stearns County, Minnesota: a practice for Somali, Liberian and Karen families, German Catholic farm families, St. Cloud State students and quarry and meat-processing workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.92}},
	{dir: "testdata/dev110", about: "New Bedford and Fall River, Massachusetts: a practice for Portuguese, Azorean, Cape Verdean, K'iche', Puerto Rican and Dominican families and fishing crews, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.91}},
	// dev111-dev113 were written at 21:35-21:45 on 2026-12-06 the same way
	// and for the same reason as dev104-dev110, and measured on the
	// session-start rules before anyone read them (with PRIV-16): dev111
	// 1.000/0/0.893/0.931, dev112 0.990/0/0.950/0.913, dev113
	// 0.980/2/0.975/0.929.
	{dir: "testdata/dev111", about: "Garden City and Liberal, Kansas: a practice for Somali, Burmese and Vietnamese beef-plant workers, Mexican and Guatemalan families, Low German Mennonite families and feedlot families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.91, blockPrecision: 0.93}},
	{dir: "testdata/dev112", about: "Holland and southwest Grand Rapids, Michigan: a practice for Dutch Reformed, Mexican, Guatemalan, Bhutanese and Congolese families, furniture-plant workers and Hope and Calvin students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.92}},
	{dir: "testdata/dev113", about: "Brownsville, Harlingen and the lower Rio Grande Valley, Texas: a practice for Mexican-American, cross-border and colonia families, Winter Texans, port workers, UTRGV students and shrimpers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.93}},
	// dev114-dev119 were written at 23:13-23:16 on 2026-12-06 by writers who
	// read no rules, no code and no other set, each in a region no set had;
	// dev114-dev117 each lean on a kind (other languages; people told
	// without a full name; staff and their families; replies). First
	// figures on the session-start rules (c477d49), before anyone read
	// them, rules alone -> with PRIV-16: dev114 0.930/4 ->
	// 0.960/2/0.884/0.907, dev115 0.910/6 -> 0.960/2/0.959/0.958, dev116
	// 0.870/10 -> 0.960/2/0.967/0.917, dev117 0.940/3 ->
	// 0.970/0/0.950/0.969. Floors one post under. dev118 (0.900/9 ->
	// 0.990/0/0.959/0.936) and dev119 (0.940/5 -> 1.000/0/0.950/0.968) are
	// held out for the forward check at the session's end.
	{dir: "testdata/dev114", about: "Akron and Cuyahoga Falls, Ohio: a practice for Bhutanese-Nepali, Congolese, Burmese, Karen and Iraqi families, Appalachian families, tire and polymer workers and University of Akron students, a third of its privacy, reply and conduct posts in their languages, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.92, blockPrecision: 0.93}},
	{dir: "testdata/dev115", about: "Laredo and Webb County, Texas: a practice for Mexican-American and cross-border families, truckers, Border Patrol families, TAMIU students and ranch families, leaning on people told by nickname, role or number, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 2, cleanPassing: 0.97, blockPrecision: 0.96}},
	{dir: "testdata/dev116", about: "Hilo and Puna, Hawaii Island: a practice for Native Hawaiian, Ilocano, Japanese-American, Marshallese and Chuukese families and farm workers, leaning on staff news, staff health and staff families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.96, blockedAsPass: 2, cleanPassing: 0.95, blockPrecision: 0.94}},
	{dir: "testdata/dev117", about: "Billings and Hardin, Montana: a practice for Crow and Northern Cheyenne families, refinery and rail workers, ranch families, MSU Billings students and Hutterite and Mennonite neighbours, leaning on review replies, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.96, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.96}},
	{dir: "testdata/dev118", about: "Toledo and Lucas County, Ohio: a practice for Lebanese and Syrian, Mexican-American, Polish, Hungarian and Black families, Jeep-plant and glass workers, University of Toledo students and Lake Erie anglers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.95}},
	{dir: "testdata/dev119", about: "Kalamazoo and Portage, Michigan: a practice for Congolese, Burmese, Mexican and Black families, pharmaceutical and paper workers, WMU and Kalamazoo College students and Dutch Reformed congregations, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.97}},
	// Session 22 released dev118-dev129 to be read and tuned on (their
	// first figures are above; dev120-dev129 are in PRIV-16's training).
	// dev120-dev129 were written at 23:20-23:45 on 2026-12-06 the same way
	// as dev114-dev119, mainly as training text for PRIV-16: no engineer
	// reads them (held out, aggregates only) and PRIV-16 trains on them at
	// the session's end. First figures on the session-start rules
	// (c477d49), rules alone -> with PRIV-16: dev120 0.940/5 ->
	// 1.000/0/0.959/0.922, dev121 0.920/7 -> 0.980/1/0.909/0.934, dev122
	// 0.950/3 -> 0.980/0/0.909/0.948, dev123 0.920/8 ->
	// 0.980/2/0.983/0.950, dev124 0.950/2 -> 0.970/0/0.942/0.944, dev125
	// 0.920/5 -> 0.970/2/0.950/0.960, dev126 0.930/5 ->
	// 0.960/2/0.975/0.957, dev127 0.850/9 -> 0.940/0/0.926/0.960, dev128
	// 0.980/2 -> 1.000/0/0.983/0.952, dev129 0.950/5 -> 1.000/0/0.975/0.948.
	{dir: "testdata/dev120", about: "Juneau, Sitka and Fairbanks, Alaska: a practice for Tlingit, Haida, Tsimshian, Yup'ik and Athabascan families, Filipino cannery and cruise workers, state workers, fishing crews, Fort Wainwright families and UAF students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.93}},
	{dir: "testdata/dev121", about: "Bridgeport, Stratford and Norwalk, Connecticut: a practice for Puerto Rican, Brazilian, Haitian, Jamaican, Cape Verdean, Guatemalan and Portuguese families, commuters, Sikorsky workers and students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 2, cleanPassing: 0.92, blockPrecision: 0.94}},
	{dir: "testdata/dev122", about: "Watsonville and the Pajaro Valley, California: a practice for Mexican, Mixteco and Triqui farmworker families, Filipino and Japanese-American families, growers, Cabrillo students and fishermen, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.92, blockPrecision: 0.95}},
	{dir: "testdata/dev123", about: "Fargo, West Fargo and Moorhead: a practice for Bhutanese-Nepali, Somali, Kurdish, Liberian, Congolese and Bosnian families, Norwegian-Lutheran farm families, students, sugar-beet and tech workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.96}},
	{dir: "testdata/dev124", about: "Hazleton, Pennsylvania: a practice for Dominican, Puerto Rican and Mexican families, Italian, Slovak and Polish coal-region families, warehouse workers and Penn State Hazleton students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.96, blockedAsPass: 1, cleanPassing: 0.94, blockPrecision: 0.98}},
	{dir: "testdata/dev125", about: "Amarillo and Cactus, Texas: a practice for Burmese, Karen, Somali, Vietnamese, Iraqi and Mexican families, meatpacking and Pantex workers, ranch and feedyard families and West Texas A&M students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.95}},
	{dir: "testdata/dev126", about: "Worcester and Southbridge, Massachusetts: a practice for Ghanaian, Vietnamese, Albanian, Brazilian, Puerto Rican, Dominican and Iraqi families, students, hospital and warehouse workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.96}},
	{dir: "testdata/dev127", about: "Boise and Nampa, Idaho: a practice for Bosnian, Congolese, Afghan, Iraqi and Burundian refugee families, Basque families, Mexican farmworkers, Boise State students, Micron workers and ranch families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.94, blockedAsPass: 1, cleanPassing: 0.94, blockPrecision: 0.96}},
	{dir: "testdata/dev128", about: "Lawrence and Methuen, Massachusetts: a practice for Dominican, Puerto Rican, Guatemalan, Vietnamese, Lebanese and Syrian families, old mill families, NECC students, warehouse and hospital workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.98}},
	{dir: "testdata/dev129", about: "Las Cruces, Sunland Park and Hatch, New Mexico: a practice for Mexican-American, Hispano and cross-border families, chile-farm workers, White Sands and Fort Bliss families, NMSU students and Mescalero Apache neighbours, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.98, blockPrecision: 0.95}},
	// dev130-dev135 were written at 03:00-03:05 on 2026-12-07 (session 22)
	// by writers who read no rules, no code and no other set, each in a
	// region no set had. Nobody reads their items. First figures on the
	// session-start rules (dddaf9e), rules alone -> with PRIV-16: dev130
	// 0.930/2 -> 0.970/0/0.926/0.939, dev131 0.940/3 -> 0.970/0/0.950/0.960,
	// dev132 0.930/3 -> 0.980/1/0.959/0.941, dev133 0.920/4 ->
	// 0.980/1/0.975/0.960, dev134 0.980/2 -> 0.990/1/0.975/0.979, dev135
	// 0.890/10 -> 0.960/3/0.950/0.944. dev130 and dev131 are held out for
	// the forward check at the session's end (PRIV-16 does not train on
	// them); dev132-dev135 are training text for PRIV-16.
	// Session 22's end (5d45093): dev130 0.970/0/0.926/0.939 and dev131
	// 0.970/0/0.950/0.960, unchanged by that session's rules and retrain
	// (the forward check). Session 23 released all six to be read and
	// tuned on; dev130 and dev131 join PRIV-16's training at its retrain.
	{dir: "testdata/dev130", about: "Omaha and Council Bluffs, Nebraska and Iowa: a practice for Sudanese, Karen, Mexican and Guatemalan families, meatpacking and rail workers, Offutt families, Creighton students and Omaha tribal members, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.94, blockPrecision: 0.95}},
	{dir: "testdata/dev131", about: "Savannah and Chatham County, Georgia: a practice for Gullah Geechee families, port and logistics workers, Hunter Army Airfield families, SCAD students and Korean and Filipino families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.96, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.96}},
	{dir: "testdata/dev132", about: "Spokane and Spokane Valley, Washington: a practice for Marshallese, Ukrainian and Russian Pentecostal, Coeur d'Alene and Spokane tribal families, Fairchild families, Gonzaga students and Palouse wheat farmers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.96}},
	{dir: "testdata/dev133", about: "Little Rock and North Little Rock, Arkansas: a practice for Black church communities, Mexican, Salvadoran and Marshallese families, Little Rock Air Force Base families, state workers and UALR students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.97}},
	{dir: "testdata/dev134", about: "Green Bay and De Pere, Wisconsin: a practice for Hmong, Somali, Oneida and Menominee families, paper-mill and meatpacking workers, dairy farmers and St. Norbert students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.98}},
	{dir: "testdata/dev135", about: "Lexington and Richmond, Kentucky: a practice for Mexican and Guatemalan horse-farm workers, Appalachian families, Toyota Georgetown workers, UK and EKU students and Congolese refugees, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.96}},
	// dev136-dev141 were written at 05:34-05:37 on 2026-12-07 (session 23)
	// by writers who read no rules, no code and no other set, each in a
	// region no set had. Nobody reads their items. First figures on the
	// session-start rules (5d45093), rules alone -> with PRIV-16: dev136
	// 0.950/3 -> 0.980/1/0.959/0.949, dev137 0.910/5 -> 0.950/1/0.967/0.969,
	// dev138 0.920/6 -> 0.960/3/0.950/0.959, dev139 0.980/1 ->
	// 1.000/0/0.942/0.980, dev140 0.940/5 -> 1.000/0/0.983/0.946, dev141
	// 0.960/2 -> 0.990/0/0.975/1.000. dev136 and dev137 are held out for
	// the forward check at the session's end (PRIV-16 does not train on
	// them); dev138-dev141 are training text for PRIV-16.
	// Session 23's end (60676a0): dev136 0.980/1/0.959/0.969 and dev137
	// 0.950/1/0.959/0.969 (the forward check). Session 24 released all six
	// to be read and tuned on; dev136 and dev137 join PRIV-16's training at
	// its retrain.
	{dir: "testdata/dev136", about: "Sacramento and Elk Grove, California: a practice for Hmong and Mien families, Ukrainian and Russian-speaking Slavic churches, Punjabi Sikh truckers, Mexican and Filipino families, state workers and Sacramento State students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.96}},
	{dir: "testdata/dev137", about: "Charleston and North Charleston, South Carolina: a practice for Gullah Geechee families, Joint Base Charleston families, Boeing and port workers, Honduran and Mexican families, College of Charleston and MUSC students and shrimpers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.95, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.97}},
	{dir: "testdata/dev138", about: "Milwaukee, Wisconsin: a practice for Hmong and Rohingya families, Puerto Rican and Mexican families on the South Side, Polish and German old-timers, brewery and tannery workers and Marquette students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.97}},
	{dir: "testdata/dev139", about: "Knoxville and Oak Ridge, Tennessee: a practice for Appalachian families, UT students, Oak Ridge lab workers, Sudanese and Iraqi refugees, Mexican and Guatemalan families and Smoky Mountain tourism workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.93, blockPrecision: 0.97}},
	{dir: "testdata/dev140", about: "Wichita, Kansas: a practice for Vietnamese families of Little Saigon, Mexican families of north Wichita, aircraft plant workers, McConnell families, Wichita State students and wheat farmers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.94}},
	{dir: "testdata/dev141", about: "Rochester, Winona and Harmony, Minnesota: a practice for Somali and Cambodian families, Amish farm families, hospital and IBM workers, Hmong and Karen families, dairy farmers and Winona State students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.99}},
	// dev142-dev147 were written at 08:22-08:27 on 2026-12-07 (session 24)
	// by writers who read no rules, no code and no other set, each in a
	// region no set had. Nobody reads their items. First figures on the
	// session-start rules (60676a0), rules alone -> with PRIV-16: dev142
	// 0.940/4 -> 0.990/0/0.901/0.935, dev143 0.940/4 -> 0.970/2/0.975/0.951,
	// dev144 0.970/1 -> 0.990/0/0.967/0.950, dev145 0.980/2 ->
	// 1.000/0/0.967/0.952, dev146 0.940/4 -> 1.000/0/0.992/0.971, dev147
	// 0.960/3 -> 1.000/0/0.983/0.960. dev142 and dev143 are held out for
	// the forward check at the session's end (PRIV-16 does not train on
	// them); dev144-dev147 are training text for PRIV-16. The retrain on
	// them, dev136 and dev137 was measured at session 24's end and not
	// shipped (it put blind4 under its clean floor: docs/COMPLIANCE.md,
	// "The learned backstop"), so all six join at the next retrain. End of
	// session 24 (bda7a25, PRIV-16 of 140 sets): dev142 0.990/0/0.901/0.936,
	// dev143 0.970/2/0.975/0.951 (the forward check). Released to be read
	// at session 25's start (2026-12-07 11:10), after their figures on
	// 1d652e2 (session 24's end), rules alone -> with PRIV-16 of 140 sets:
	// dev142 0.950/3 -> 0.990/0/0.901/0.936, dev143 0.940/4 ->
	// 0.970/2/0.975/0.951, dev144 0.970/1 -> 0.990/0/0.967/0.960, dev145
	// 0.980/2 -> 1.000/0/0.967/0.952, dev146 0.940/4 -> 1.000/0/0.992/0.971,
	// dev147 0.960/3 -> 1.000/0/0.983/0.960. All six join PRIV-16's training
	// at session 25's retrain.
	{dir: "testdata/dev142", about: "Tulsa and Broken Arrow, Oklahoma: a practice for Muscogee and Cherokee families, Greenwood families, Burmese Zomi and Chin families, Hispanic families of east Tulsa, aerospace and refinery workers and TU and ORU students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.90, blockPrecision: 0.92}},
	{dir: "testdata/dev143", about: "Albuquerque and Rio Rancho, New Mexico: a practice for Nuevomexicano families of the South Valley, Navajo and Pueblo families, Vietnamese families of the International District, Sandia and Intel workers and UNM students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.96}},
	{dir: "testdata/dev144", about: "El Paso, Texas and Las Cruces, New Mexico: a practice for Juarez families, Fort Bliss soldiers and families, UTEP and NMSU students, Tigua families of Ysleta and maquila and warehouse workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.95}},
	{dir: "testdata/dev145", about: "Fresno and Clovis, California: a practice for Hmong and Lao families, Punjabi Sikh farm families, Armenian families, Mexican and Mixtec farmworkers, Fresno State students and packing workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.96}},
	{dir: "testdata/dev146", about: "Duluth, Minnesota and Superior, Wisconsin: a practice for Ojibwe families of Fond du Lac, Finnish and Norwegian families, port and ore-dock workers, paper-mill and hospital workers and UMD students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.99, blockPrecision: 0.97}},
	{dir: "testdata/dev147", about: "Mobile and Prichard, Alabama: a practice for Black Creole families, Vietnamese shrimping families of Bayou La Batre, shipyard and port workers, Mardi Gras societies, Catholic parishes and South Alabama students, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.96}},
	// dev148-dev153 were written at 11:08-11:20 on 2026-12-07 (session 25)
	// by writers who read no rules, no code and no other set, each in a
	// region no set had. Nobody reads their items. dev148 and dev149 are
	// held out for the forward check at the session's end (PRIV-16 does
	// not train on them); dev150-dev153 are training text for PRIV-16.
	// First figures on the session-start rules (1d652e2, PRIV-16 of 140
	// sets), rules alone -> with PRIV-16: dev148 0.940/3 ->
	// 0.980/0/0.937/0.911, dev149 0.864/6 -> 0.951/2/0.963/0.927, dev150
	// 0.833/5 -> 0.941/2/0.914/0.928, dev151 0.850/1 -> 0.950/1/0.908/0.950,
	// dev152 0.931/5 -> 0.980/2/0.914/0.929, dev153 0.893/4 ->
	// 0.961/2/0.942/0.960. At session 25's end (a777000, PRIV-16 of 140
	// sets), the forward check: dev148 0.940/3 -> 0.980/0/0.937/0.911 and
	// dev149 0.864/6 -> 0.951/2/0.963/0.927, unchanged; the same with the
	// retrain on 152 sets that did not ship. dev150-dev153 unchanged too
	// but for dev150's precision (0.928 -> 0.929).
	{dir: "testdata/dev148", about: "Louisville, Kentucky: a practice for the West End, Iroquois and Beechmont and the South End immigrant neighbourhoods, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.92, blockPrecision: 0.90}},
	{dir: "testdata/dev149", about: "Lincoln, Nebraska: a family, pediatric and behavioral health practice with offices in Havelock, Pine Lake and the Near South, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.92}},
	{dir: "testdata/dev150", about: "Stockton and Modesto, California: a family practice (adults, pediatrics, nutrition) of the northern San Joaquin Valley, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.94, blockedAsPass: 2, cleanPassing: 0.92, blockPrecision: 0.92}},
	{dir: "testdata/dev151", about: "Huntington, West Virginia and Ashland, Kentucky: a family practice for the Tri-State area along the Ohio and Big Sandy rivers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.96, blockedAsPass: 1, cleanPassing: 0.92, blockPrecision: 0.95}},
	{dir: "testdata/dev152", about: "Lynn and Chelsea, Massachusetts: a family practice with pediatrics and behavioral health, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.93, blockPrecision: 0.92}},
	{dir: "testdata/dev153", about: "Yakima and Toppenish, Washington: a family, internal medicine, pediatric and behavioral health practice serving the Yakama Nation too, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.96}},
	// dev154-dev159 were written at 14:15-14:30 on 2026-12-07 (session 26)
	// by writers who read no rules, no code and no other set, each in a
	// region no set had. Nobody reads their items. dev154 and dev155 are
	// held out for the forward check at the session's end (PRIV-16 does
	// not train on them); dev156-dev159 are training text for PRIV-16.
	// First figures on the session-start rules (63bedf3, PRIV-16 of 140
	// sets), rules alone -> with PRIV-16: dev154 0.931/3 ->
	// 0.980/0/0.927/0.949, dev155 0.961/3 -> 1.000/0/0.942/0.951, dev156
	// 0.931/3 -> 0.961/1/0.897/0.924, dev157 0.971/3 -> 1.000/0/0.947/0.936,
	// dev158 0.971/3 -> 1.000/0/0.903/0.960, dev159 0.923/5 ->
	// 0.962/1/0.911/0.927. On the session's final rules (18ad82e) with
	// PRIV-16 of 140 sets: dev154 and dev155 unchanged; dev156 0.931/3 ->
	// 0.961/1/0.897/0.933, dev157-dev159 unchanged. dev156-dev161 then
	// joined PRIV-16's training (160 sets, with learn26's care words), and
	// the forward check with it: dev154 0.931/3 -> 0.980/0/0.927/0.949
	// (unchanged), dev155 0.961/3 -> 1.000/0/0.934/0.951 (one more clean
	// post flagged).
	// dev154-dev161 were released to be read at session 27's start
	// (2026-12-07 17:10), with first floors one post under their figures on
	// 07a03fb (PRIV-16 of 160 sets, trained on dev156-dev161): dev154
	// 0.980/0/0.927/0.949, dev155 1.000/0/0.934/0.951, dev156
	// 0.971/0/0.912/0.933, dev157 1.000/0/0.947/0.936, dev158
	// 1.000/0/0.903/0.960, dev159 0.971/0/0.926/0.927, dev160
	// 0.961/2/0.964/0.947, dev161 0.963/0/0.962/0.919.
	{dir: "testdata/dev154", about: "Reading, Pennsylvania: a Berks County family practice with three offices, for Puerto Rican and Dominican families, Pennsylvania Dutch farm families and Vietnamese and Muslim neighbours, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.96}},
	{dir: "testdata/dev155", about: "Shreveport and Bossier City, Louisiana: a family practice with three offices, with English, Spanish, Vietnamese and Louisiana French lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.94, blockPrecision: 0.96}},
	{dir: "testdata/dev156", about: "Merced and Atwater, California: a family practice on Olive Avenue and Main Street and in Atwater, with Spanish, Hmong, Punjabi and Portuguese lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.96, blockedAsPass: 1, cleanPassing: 0.92, blockPrecision: 0.95}},
	{dir: "testdata/dev157", about: "Missoula and Hamilton, Montana: a family practice of the Clark Fork and the Bitterroot, with Spanish, Hmong, Ukrainian, Swahili, Dari and Salish lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.93}},
	{dir: "testdata/dev158", about: "Elizabeth and Paterson, New Jersey: a family practice in Elmora, Midtown and on Market Street, with Spanish, Portuguese, Haitian Creole, Polish, Arabic, Bengali and Turkish lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.91, blockPrecision: 0.95}},
	{dir: "testdata/dev159", about: "Rapid City and Pine Ridge, South Dakota: a family practice with two offices in Rapid City and one on the Pine Ridge Reservation, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.96, blockedAsPass: 1, cleanPassing: 0.92, blockPrecision: 0.91}},
	// dev160 and dev161 were written at 14:26-14:32 on 2026-12-07 (session
	// 26) the same way, as training text for PRIV-16 read by no engineer.
	// First figures on the session-start rules (63bedf3, PRIV-16 of 140
	// sets), rules alone -> with PRIV-16: dev160 0.882/5 ->
	// 0.941/3/0.964/0.947, dev161 0.832/7 -> 0.944/2/0.932/0.910. On the
	// session's final rules (18ad82e), before PRIV-16 trained on them:
	// dev160 unchanged, dev161 0.832/7 -> 0.944/2/0.940/0.919.
	{dir: "testdata/dev160", about: "Sioux City, Iowa and South Sioux City, Nebraska: a family practice on both sides of the Missouri, with Spanish, Vietnamese, Somali and Lao lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.95, blockedAsPass: 3, cleanPassing: 0.96, blockPrecision: 0.94}},
	{dir: "testdata/dev161", about: "Pueblo, Colorado: a family practice of the Steel City, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.95, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.92}},
	// dev162-dev168 were written at 17:12-17:30 on
	// 2026-12-07 (session 27) by writers who read no rules, no code and no
	// other set, each in a region no set had (but dev164: Bangor had an older
	// set, another practice). Nobody reads their items. dev162 and dev163
	// are held out for session 27's forward check (PRIV-16 does not train on
	// them); dev164-dev168 are training text for PRIV-16. First figures on
	// the session-start rules (ddec221, PRIV-16 of 160 sets), rules alone ->
	// with PRIV-16: dev162 0.891/7 -> 0.960/3/0.926/0.957, dev163 0.854/7 ->
	// 0.942/3/0.901/0.944, dev164 0.835/6 -> 0.951/1/0.913/0.945, dev165
	// 0.961/3 -> 0.980/1/0.935/0.938, dev166 0.930/5 -> 0.970/1/0.928/0.979,
	// dev167 0.951/4 -> 0.980/1/0.964/0.968, dev168 0.950/3 ->
	// 0.980/0/0.971/0.969. On the session's final rules (b678a08), the same
	// but dev164's block precision (0.956). PRIV-16 was not retrained (the
	// retrain on 171 sets failed the gate; docs, "The learned backstop"), so
	// dev162 and dev163 stayed unread and dev164-dev172 stayed training text
	// for the next retrain. All eleven were released for reading at session
	// 28's start (2026-12-07 20:35), with first floors one post under their
	// figures on 3bf095c (session 27's end); none had been read before.
	{dir: "testdata/dev162", about: "Fort Smith and Van Buren, Arkansas: a family practice on Rogers Avenue, Grand Avenue and in Van Buren, with Spanish, Vietnamese and Lao lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 2, cleanPassing: 0.94, blockPrecision: 0.95}},
	{dir: "testdata/dev163", about: "Muncie and Yorktown, Indiana: a Delaware County family practice on McGalliard Road and South Walnut Street and in Yorktown, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.94, blockedAsPass: 3, cleanPassing: 0.94, blockPrecision: 0.95}},
	{dir: "testdata/dev164", about: "Bangor and Brewer, Maine: a family practice with two offices in Bangor and one in Brewer, with French, Spanish, Arabic, Somali, Chinese and Hebrew lines and Penobscot and Passamaquoddy-Maliseet greetings, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.94, blockedAsPass: 2, cleanPassing: 0.92, blockPrecision: 0.94}},
	{dir: "testdata/dev165", about: "Yuma and San Luis, Arizona: a family practice on 4th Avenue, in the Foothills and in San Luis, with Spanish and Punjabi lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 2, cleanPassing: 0.92, blockPrecision: 0.92}},
	{dir: "testdata/dev166", about: "Laredo, Texas: a family practice of three offices in Webb County, in English, Spanish and Spanglish, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.96, blockedAsPass: 2, cleanPassing: 0.92, blockPrecision: 0.96}},
	{dir: "testdata/dev167", about: "Erie, Pennsylvania: a family practice on Peach Street, Buffalo Road and West 26th Street, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.95, blockPrecision: 0.95}},
	{dir: "testdata/dev168", about: "Kalamazoo and Portage, Michigan: a family practice on Oakland Drive, Romence Road and Portage Street, with Spanish, Swahili, Arabic, Hindi and Vietnamese lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.97, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.96}},
	// dev169-dev172 were written at 17:22-17:35 on 2026-12-07 (session 27)
	// the same way, as more training text for PRIV-16 read by no engineer.
	// First figures on the session-start rules (ddec221, PRIV-16 of 160
	// sets), rules alone -> with PRIV-16: dev169 0.922/5 ->
	// 0.951/2/0.978/0.979, dev170 0.951/2 -> 0.971/1/0.957/0.978, dev171
	// 0.874/6 -> 0.971/0/0.899/0.950, dev172 0.873/6 -> 0.961/2/0.928/0.935.
	// On the session's final rules (b678a08), the same but dev172's block
	// precision (0.936).
	{dir: "testdata/dev169", about: "Saginaw and Bay City, Michigan: a family practice on Court Street, State Street and Center Avenue, with Spanish, Polish, German and Arabic lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.94, blockedAsPass: 3, cleanPassing: 0.97, blockPrecision: 0.96}},
	{dir: "testdata/dev170", about: "Dubuque, Iowa and East Dubuque, Illinois: a family practice on Locust Street, Asbury Road and Sinsinawa Avenue, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.96, blockedAsPass: 2, cleanPassing: 0.94, blockPrecision: 0.97}},
	{dir: "testdata/dev171", about: "Macon and Warner Robins, Georgia: a family practice on Forsyth Street, Vineville Avenue and Watson Boulevard, with Spanish, Korean, Vietnamese and Hindi lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.96, blockedAsPass: 1, cleanPassing: 0.92, blockPrecision: 0.95}},
	{dir: "testdata/dev172", about: "Lubbock, Texas: a family practice on 19th Street, 82nd Street and Parkway Drive, with Spanish and Vietnamese lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.95, blockedAsPass: 3, cleanPassing: 0.94, blockPrecision: 0.92}},
	// dev173-dev176 were written at 20:35-20:42 on 2026-12-07 (session 28)
	// by writers who read no rules, no code and no other set, each in a
	// region no set had. Nobody reads their items. dev173 and dev174 are
	// held out for session 28's forward check (PRIV-16 does not train on
	// them); dev175 and dev176 are training text for PRIV-16. First figures
	// on the session-start rules (a3c061a, PRIV-16 of 160 sets), rules alone
	// -> with PRIV-16: dev173 0.961/3 -> 0.990/1/0.949/0.968, dev174 0.963/3
	// -> 0.991/0/0.977/0.959, dev175 0.924/2 -> 0.990/0/0.962/0.951, dev176
	// 0.970/3 -> 0.990/1/0.964/0.958. On session 28's final rules (be543d2)
	// the same, but dev175's rules alone 0.933/1 and dev176's clean 0.971.
	// Released to be read at session 29's start (floors one post under).
	{dir: "testdata/dev173", about: "Bismarck and Mandan, North Dakota: a family practice on East Divide Avenue, North 19th Street and in Mandan, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 2, cleanPassing: 0.94, blockPrecision: 0.96}},
	{dir: "testdata/dev174", about: "Roanoke and Salem, Virginia: a family practice on Jefferson Street, Williamson Road and in Salem, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.97, blockPrecision: 0.96}},
	{dir: "testdata/dev175", about: "Grand Junction, Fruita and Clifton, Colorado: a Western Slope family practice on Patterson Road, with Spanish and Ukrainian lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.96}},
	{dir: "testdata/dev176", about: "Dothan, Alabama: a Wiregrass family practice on Ross Clark Circle, Westgate Parkway and South Oates Street, with Spanish, Vietnamese and Korean lines, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 2, cleanPassing: 0.96, blockPrecision: 0.95}},
	// dev177 and dev178 were written at 23:38-23:44 on 2026-12-07 (session
	// 29) by writers who read no rules, no code and no other set, each in a
	// region no set had. Nobody reads their items: they are held out for
	// session 29's forward check (PRIV-16 does not train on them). First
	// figures on the session-start rules (b2d7437, PRIV-16 of 160 sets),
	// rules alone -> with PRIV-16: dev177 0.830/5 -> 0.880/3/0.942/0.958,
	// dev178 0.873/1 -> 0.961/1/0.935/0.951.
	{dir: "testdata/dev177", heldOut: true, about: "Lawton, Oklahoma: a family practice on Cache Road, Lee Boulevard and Gore Boulevard, with Spanish, Korean and Comanche lines, written without reading the rules"},
	{dir: "testdata/dev178", heldOut: true, about: "Billings, Montana: a family practice on Montana Avenue, Shiloh Road and Main Street, with Spanish, Crow, German and Vietnamese lines, written without reading the rules"},
	// dev102 and dev103 were written the same way and are held out for a
	// forward check at the session's end: nobody reads their items and
	// PRIV-16 does not train on them. On the session-start rules (35a8e65),
	// rules alone -> with PRIV-16: dev102 0.910/7 -> 0.950/3/0.909/0.909,
	// dev103 0.960/3 -> 1.000/0/0.958/0.922. At session 20's end (c477d49,
	// PRIV-16 retrained on 112 other sets): dev102 0.950/3/0.917/0.909,
	// dev103 1.000/0/0.958/0.922. Released to be read at session 21's start.
	{dir: "testdata/dev102", about: "Manchester and Nashua, New Hampshire: a practice for Bhutanese-Nepali, Congolese, Burundian, Franco-American, Greek, Puerto Rican and Dominican families and mill-yard tech workers, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.98, blockedAsPass: 1, cleanPassing: 0.91, blockPrecision: 0.94}},
	{dir: "testdata/dev103", about: "Greeley and Weld County, Colorado: a practice for Somali and Burmese meatpacking-plant workers, Mexican and Guatemalan families, oil-and-gas crews, UNC students and farm families, written without reading the rules",
		floors: blindFigures{privacyRecall: 0.99, blockedAsPass: 1, cleanPassing: 0.96, blockPrecision: 0.92}},
}

func TestDev(t *testing.T) {
	for _, set := range devSets {
		t.Run(set.dir[len("testdata/"):], func(t *testing.T) {
			if _, err := os.Stat(set.dir); err != nil {
				t.Fatalf("development set %s: %v", set.dir, err)
			}
			prof, cases := loadLabelled(t, set.dir)
			sc := scoreLabelled(t, prof, cases, time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC), func(k blindCase, rep Report) {
				if set.heldOut || !testing.Verbose() || string(rep.Verdict) == k.Label {
					return
				}
				var got []string
				for _, f := range rep.Findings {
					if f.Severity != post.SeverityInfo {
						got = append(got, f.Rule+":"+string(f.Severity)+"="+f.Match)
					}
				}
				t.Logf("MISS %s %s/%s want %s got %s %v: %q (review %q)", k.ID, k.Family, k.Kind, k.Label, rep.Verdict, got, k.Text, k.Review)
			})
			t.Logf("%s (%s): %d posts", set.dir, set.about, len(cases))
			if set.heldOut {
				t.Logf("%s is held out: aggregates only", set.dir)
			}
			sc.log(t)
			sc.logFamilies(t)
			f, min := sc.fig, set.floors
			if min == (blindFigures{}) {
				t.Logf("%s is not tuned on yet: no floors enforced", set.dir)
				return
			}
			if f.privacyRecall < min.privacyRecall || f.blockedAsPass > min.blockedAsPass ||
				f.cleanPassing < min.cleanPassing || f.blockPrecision < min.blockPrecision {
				t.Errorf("%s fell below its floors (recall %.2f, at most %d blocks passed, clean %.2f, block precision %.2f): %+v",
					set.dir, min.privacyRecall, min.blockedAsPass, min.cleanPassing, min.blockPrecision, f)
			}
		})
	}
}
