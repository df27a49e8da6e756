package compliance

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// ruleCase is one row of a rule's table: the draft text (and review, for
// reply mode) and the severity the rule must report, or "" for none.
type ruleCase struct {
	text   string
	review string
	want   post.Severity
	match  string // if set, one finding of the rule must match exactly this
}

// ruleTables holds one table per rule id; TestRuleTables checks every
// registered rule has one.
var ruleTables = map[string][]ruleCase{
	"PRIV-01": {
		{text: "We need the last four of your SSN to confirm the biopsy appointment.", want: "block", match: "last four of your SSN"},
		{text: "SSN 536-22-1234 on the form.", want: "block", match: "536-22-1234"},
		{text: "my social security number is 536221234", want: "block"},
		{text: "Number 666-12-3456 on file.", want: "warn"},
		{text: "Order 123-45-6789 shipped.", want: "warn"},
		{text: "Call 536-221-2345 today.", want: ""},
		{text: "We saw 120 patients this week.", want: ""},
		// A warning against scams asks for nothing.
		{text: "We will never ask for the last four of your SSN by text. Scammers do.", want: ""},
		{text: "Scam alert: we won't call asking for the last 4 of your social security number.", want: ""},
		{text: "últimos 4 de su seguro social: 6612, llámenos sobre la biopsia", want: "block"},
		{text: "Nunca le pediremos los últimos 4 de su seguro social por mensaje.", want: ""},
	},
	"PRIV-02": {
		{text: "Call Jim at (312) 555-7788 for tickets.", want: "block", match: "(312) 555-7788"},
		{text: "Text 312.867.5309 to RSVP.", want: "block"},
		{text: "Office: (614) 555-2368.", want: ""},
		// The practice's own number without its area code is still the practice's.
		{text: "Questions? Call 555-2368 or stop by.", want: ""},
		{text: "Call Jim at 555-7788 for tickets.", want: "block", match: "555-7788"},
		{text: "Poison control: 1-800-222-1222.", want: ""},
		{text: "Fictional 312-555-0142 in a sample.", want: ""},
		{text: "We have 1500 steps and 2400 calories.", want: ""},
	},
	"PRIV-03": {
		{text: "Send your lab results to jsmith (at) mail dot com and we will call you.", want: "block", match: "jsmith (at) mail dot com"},
		{text: "Write to jsmith [at] mail [dot] com for the form.", want: "block"},
		{text: "Meet us at home plate at 5.", want: ""},
		// Any top-level domain once the @ or the dot is written out.
		{text: "If your address is lena.p (at) postbox dot mail, your scan is back.", want: "block", match: "lena.p (at) postbox dot mail"},
		{text: "We meet at noon. Lunch at the park.", want: ""},
		{text: "Email mike.g@gmail.com with questions.", want: "block", match: "mike.g@gmail.com"},
		{text: "Email frontdesk@maplefamilymed.com with questions.", want: ""},
		{text: "Reach us @maplefamilymed.", want: ""},
		// Brackets and words for the dot too.
		{text: "Sign up for the meal train at tomswife[at]outlook[.]com, he is home after his bypass.", want: "block"},
		{text: "Send her a card: dana.k at icloud period com", want: "block"},
		{text: "Questions? Write to billing at maplefamilymed dot com.", want: ""},
		{text: "escríbale a maria.g (arroba) gmail punto com sobre sus resultados", want: "block"},
		// Only a spelled-out mark makes an address; a text without one
		// skips the search (spelledEmails' gate), whatever its case.
		{text: "ESCRIBA A MARIA.G ARROBA GMAIL.COM SOBRE SUS RESULTADOS", want: "block"},
		{text: "Book online at maplefamilymed.com. See you at the clinic.", want: ""},
	},
	"PRIV-04": {
		{text: "Blocked a login from 203.0.113.9 today.", want: "block"},
		{text: "Read her story at myjourney.blogspot.com", want: "warn"},
		{text: "See cdc.gov/flu and https://www.maplefamilymed.com/hours", want: ""},
		{text: "Version 1.2.3.400 released.", want: ""},
	},
	"PRIV-05": {
		// A procedure someone owns dates their care; a birthday with no
		// year is a day to celebrate, not a date of birth.
		{text: "his colonoscopy is booked for 12/15, wish him luck", want: "block"},
		{text: "Flu shots available starting 9/15", want: "info"},
		{text: "Jordan's birthday is 6/12, send her some love!", want: "info"},
		{text: "Birthday: 6/12/1961, please confirm before your MRI.", want: "block"},
		// Admission and discharge dates are named by Safe Harbor (C).
		{text: "admitted 11/02, discharged 11/19, and this morning he walked the whole loop", want: "block", match: "11/02"},
		{text: "Admission is free for the health fair on 11/22!", want: "info"},
		{text: "Happy birthday to Mrs. Alvarez, DOB 03/14/1975!", want: "block", match: "03/14/1975"},
		{text: "The new X-ray machine was delivered on March 3.", want: "info"},
		{text: "We delivered 200 backpacks to Lincoln Elementary on Aug 20.", want: "info"},
		{text: "Our flu vaccine shipment was delivered Tuesday, Oct 6.", want: "info"},
		{text: "Road work on Oak Street starts March 3; use the side entrance.", want: "info"},
		{text: "Two kids caught measles on March 3.", want: "block"},
		{text: "Our patient was discharged on March 3 after surgery.", want: "block", match: "March 3"},
		{text: "A patient came in yesterday with a broken arm.", want: "warn"},
		{text: "Flu clinic on Oct 12, 9 to noon.", want: "info"},
		{text: "The gentleman in room 4 is doing better than when he was admitted on the 28th.", want: "block", match: "on the 28th"},
		{text: "We are closed on the 24th for the holiday.", want: ""},
		{text: "MMR at 12-15 months and 4-6 yrs: two doses.", want: ""},
		{text: "Kids born on or after 1/1/2022: your 4-year shots are due before kindergarten.", want: "info"},
		{text: "Born 3/14/2019, she is our newest big sister.", want: "block"},
		{text: "We opened in 2015.", want: ""},
		// Things come in on a date; people coming in keep the cue.
		{text: "Our new ultrasound machine came in on Monday, December 1.", want: "info"},
		{text: "The snow came in fast on Jan 12, so we closed at noon.", want: "info"},
		{text: "Our new dental chairs came in 11/30 and they are comfy.", want: "info"},
		{text: "She came in on December 1 with a broken wrist.", want: "block"},
		{text: "The little guy came in on 12/1 with croup.", want: "block"},
		// History is no living patient's date.
		{text: "Florence Nightingale was born on May 12, 1820.", want: "info"},
		{text: "In March 1796 Edward Jenner tested the first smallpox vaccine on a boy with cowpox.", want: "info"},
		{text: "Mr. Haskell was born on May 12, 1931 and had a stroke.", want: "block"},
		// A date and a condition said to the reader (advice, "if you ...")
		// or of a community's cases date no one's care, as for places.
		{text: "If you were exposed to measles at the county fair on July 3, call us.", want: "info"},
		{text: "Flu cases were reported at two schools on Nov 30.", want: "info"},
		{text: "ur son's strep culture from 12/1 came back positive", want: "block"},
		// An observance month or a season of illness dates no one's care.
		{text: "April is Autism Acceptance Month.", want: "info"},
		{text: "Flu cases peak in February: get the shot now.", want: "info"},
		{text: "In April she was diagnosed with autism.", want: "block"},
		{text: "My dad's stroke in April was scary, it's Stroke Awareness Month.", want: "block"},
		// A month as the time of an offer, next to a condition.
		{text: "Botox for migraines, $10 a unit this January only!", want: "info"},
		{text: "Our patient with migraines started Botox in January.", want: "block"},
		// Ranges of ages, and a group's cut-off, are no one's date.
		{text: "The MMR is given at 12-15 months and again at 4-6 yrs; two doses protect 97% against measles.", want: ""},
		{text: "Kids born on or after 1/1/2022 need their 4-year shots before kindergarten.", want: "info"},
		{text: "Our patient Ana, born 1/1/2022, got her 4-year shots today.", want: "block"},
		{text: "You may call us any time.", want: ""},
	},
	"PRIV-06": {
		// An age over 89 in words, or in Spanish.
		{text: "Our patient turned ninety-two last week and still drives to every appointment.", want: "block"},
		{text: "Happy ninety-fifth birthday to our dear Mr. Bell!", want: "block"},
		{text: "Doña Carmen cumplió 95 años y sigue viniendo a sus citas.", want: "block"},
		{text: "Happy hundredth birthday to the town library!", want: ""},
		{text: "The practice turned ninety this year.", want: ""},
		// A pioneer's birth year is history.
		{text: "Fun fact: Dr. Michael DeBakey, who pioneered heart surgery, was born in 1908.", want: ""},
		{text: "Grandma Ruth was born in 1930 and had her hip replaced Tuesday.", want: "block"},
		// A building's or a practice's age is no one's.
		{text: "Happy 90th birthday to our building! Built in 1936 as the town library.", want: ""},
		{text: "Happy 90th birthday to our patient Ruth!", want: "block"},
		{text: "Happy 90th, Ruth!", want: "block"},
		{text: "Our neighbor Ruth is 97 and still gardening.", want: "block"},
		{text: "Congrats to Maria L., 91 years young today!", want: "block"},
		{text: "Maria turned 95 today!", want: "block"},
		{text: "Born 02/11/1931, she still walks every day.", want: "block"},
		{text: "Happy birthday to our 97-year-old patient!", want: "block"},
		{text: "She is a nonagenarian who still gardens.", want: "block"},
		{text: "Our patient, 45 years old, ran a marathon.", want: "warn"},
		{text: "Kids aged 5 and up can get the vaccine.", want: ""},
		{text: "She's 93 and still square dancing after her hip replacement.", want: "block"},
		{text: "he is 101 and sharp as a tack", want: "block"},
		{text: "She's 19 and off to college!", want: ""},
		{text: "We have served the city for 95 years.", want: ""},
	},
	"PRIV-07": {
		// A language is no place.
		{text: "Stroke warning signs in Vietnamese, Yoruba and Urdu are now on our website.", want: ""},
		{text: "She lives in Springfield and was diagnosed with lupus.", want: "block"},
		// An invitation to a group is no one's story, even with a condition
		// and a place.
		{text: "Breast cancer survivors: join us for a walk on Saturday in Springfield Park.", want: ""},
		{text: "Join us in wishing Maria well after her surgery in Springfield.", want: "block"},
		{text: "Lyme season: check for ticks after hiking in Brookfield and call us if you see a bullseye rash.", want: ""},
		{text: "Whooping cough has been reported in Brookfield. Check that your shots are up to date.", want: ""},
		{text: "The family at the corner of 5th and Main all had strep this week.", want: "block", match: "5th and Main"},
		{text: "to the fam who parks on 47th & 6th: ur son's strep culture came back", want: "block", match: "47th & 6th"},
		{text: "Flu shots at 5th and Main on Saturday!", want: ""},
		{text: "Our 2nd and 3rd graders are out with the flu this week.", want: ""},
		{text: "If your son has a fever after the game in Brookfield, call us.", want: ""},
		{text: "A boy from Brookfield has measles; he is doing fine.", want: "block"},
		{text: "Three kids from Jefferson Middle School caught measles this week.", want: "block"},
		{text: "The family on Elm Street all had the flu last week.", want: "block", match: "Elm Street"},
		{text: "Two kids in 43085 caught measles this week.", want: "block", match: "43085"},
		// The practice's own ZIP, alone in a patient's story, is theirs too;
		// inside the practice's written address it is the practice's.
		{text: "Our patient from 43215 had a stroke last week.", want: "block", match: "43215"},
		{text: "Our patient drove all the way to 1200 Oak Street, Suite 4, Columbus, OH 43215 for her stitches.", want: ""},
		{text: "Flu shots on Elm Street, Saturday.", want: ""},
		// A house address is a home when someone lives there and has a
		// health detail; a venue when the sentence says what is held there.
		{text: "Prayers for the family at 22 Mill Lane, their boy is in the ICU.", want: "block", match: "22 Mill Lane"},
		{text: "The sweet lady at 14 Birch Street is home from her hip surgery.", want: "block"},
		{text: "Our blood drive is at 9 Elm St this Friday, bring your family!", want: "info"},
		{text: "Her new physical therapy office is at 55 Harbor Rd.", want: "info"},
		{text: "Our patient who lives at 418 Birch Lane is home now.", want: "block"},
		{text: "Health fair at 45 Elm Street on Saturday.", want: "info"},
		{text: "Visit us at 1200 Oak Street, Suite 4.", want: ""},
		{text: "Our patient from Ohio is doing well.", want: ""},
		{text: "Our patient recovered at home, OH 45402, after surgery.", want: "block"},
		{text: "Send the forms to the county office, Dayton OH 45402.", want: "info"},
		{text: "Our lab code XOH 45402 is printed on the box.", want: ""},
	},
	"PRIV-08": {
		{text: "Your account no. 55-1290 is past due.", want: "block", match: "account no. 55-1290"},
		{text: "Claim #88120 was paid.", want: "block"},
		{text: "Chart MRN: 00482913 was left at the desk.", want: "block"},
		{text: "Use member ID XJ4481927 when you call.", want: "block"},
		{text: "Medicare number 1EG4-TE5-MK73 is on the card.", want: "block"},
		{text: "Every member of our team is trained.", want: ""},
		// An account number with a letter prefix.
		{text: "Acct #BW-40217, please call billing about the lab bill.", want: "block", match: "Acct #BW-40217"},
		{text: "Invoice no. RX-55 is only two digits.", want: ""},
		{text: "Ref # A-55910: your biopsy results are in.", want: "block", match: "Ref # A-55910"},
		{text: "We refunded the duplicate charge on account 7713-B this morning.", want: "block", match: "account 7713-B"},
		{text: "We've been serving this account 2024 ways.", want: ""},
		{text: "Pt ID 004417 please contact billing.", want: "block"},
		{text: "Patient #2 in our series on heart health: what is a stent?", want: ""},
		{text: "Visit no. 3 of the flu van is Friday.", want: ""},
		// A colon, "code" or "is" between label and number; a bare
		// "5521-77" only after a money word; an ID copied in its groups.
		{text: "ref: 2201-98X, your sleep study results are back", want: "block"},
		{text: "acct 5521-77 has a credit from the echo last month", want: "block"},
		{text: "confirmation code HX7-221 for your colonoscopy", want: "block"},
		{text: "Her case # is 19-00412, she is doing great after the fall", want: "block"},
		{text: "Rx #6612390 is ready at the window.", want: "block"},
		{text: "Acct NE-20931: your Thursday group slot is confirmed.", want: "block"},
		{text: "Our patient portal visit AB-2024 tutorial is online.", want: ""},
		{text: "Insurance ID: XGH 448 2231 01, left at the front desk with her inhaler", want: "block"},
		{text: "Visit: 10-12 on Saturday for walk-in flu shots", want: ""},
		{text: "Case 2023-24 flu season recap: we gave 1,200 shots!", want: ""},
		{text: "Patient tip: drink 8-10 glasses of water", want: ""},
		{text: "Insurance ID 55 for the 2024 plan year is on the card.", want: ""},
		{text: "Found a driver's license in the lobby: DL# S530-4412-8890, come get it.", want: "block"},
	},
	"PRIV-09": {
		{text: "Medicare ID ending in 4TW7: please bring your card to your follow-up.", want: "block"},
		{text: "Our fiscal year is ending in 2027.", want: ""},
		{text: "The sale is ending in June.", want: ""},
		{text: "Member ID ending in 442 needs a new card.", want: "block"},
		{text: "Card 4111 1111 1111 1111 was found.", want: "block"},
		{text: "Wire to account number 00012345678 please.", want: "block"},
		{text: "IBAN GB82 WEST 1234 5698 7654 32 for the charity.", want: "block"},
		{text: "Card 4111 1111 1111 1112 is not valid.", want: ""},
		{text: "Please pay the balance on the card ending 9021 before Friday.", want: "block", match: "card ending 9021"},
		{text: "Your Visa ending in 4410 was declined.", want: "block"},
		{text: "Charged to xxxx-xxxx-xxxx-5521 today.", want: "block"},
		{text: "Our 5K ending at 9:30 has water stations.", want: ""},
		// An ending written with a dash or dots, and the beneficiary's ID.
		{text: "Member ID ending -5530K: your refill is ready.", want: "block"},
		{text: "Card ending in -8TR was left at the desk after the cleaning.", want: "block"},
		{text: "Medicare beneficiary ending ...4KX, please call us.", want: "block"},
		{text: "The event ends in ...well, soon.", want: ""},
		{text: "found a debit card at check-in, last digits 0382, call us and we'll hold it", want: "block"},
		{text: "the last digits of the year are on the flyer", want: ""},
		{text: "la señora con la tarjeta terminada en 4417 la dejó después de su ecografía", want: "block"},
		{text: "Medicare # ending 7C22: your plan of care is signed.", want: "block"},
		{text: "La campaña terminada en 2025 fue un éxito.", want: ""},
	},
	"PRIV-10": {
		// A new team member the post introduces is staff, their career's
		// hospitals and residencies no one's care; a welcome that tells
		// anyone's health news is read like any other post.
		{text: "Meet our new front desk coordinator, Tamika! She spent six years at the county hospital's registration desk.", want: "info"},
		{text: "Big welcome to Nurse Kayla, who joins our team after 8 years in the ER at County General.", want: "info"},
		{text: "We're excited to welcome Dr. Anjali Rao to our practice! Dr. Rao completed her residency at Nationwide Children's Hospital.", want: "info"},
		{text: "Welcome to the team, Tamika! She just finished chemo and is feeling great.", want: "block"},
		{text: "Welcome to the world, baby Ava! Born Tuesday at 7 lbs 2 oz.", want: "block"},
		{text: "Happy retirement, Officer Reggie Banks, after 34 years on patrol!", want: "warn"},
		// An agency cited by its initials owns no one's health.
		{text: "Check out the CDC's flu page before your trip.", want: ""},
		{text: "The AAP's advice on fever in babies is on our blog.", want: ""},
		// Holidays, greetings and holiday figures written like names.
		{text: "Feliz Navidad y próspero año nuevo from all of us!", want: ""},
		{text: "Happy Rosh Hashanah! Shana tova from our family to yours.", want: ""},
		{text: "Cinco de Mayo fiesta at the library Saturday, with free blood pressure checks.", want: ""},
		{text: "Happy Día de los Muertos. We remember those we love.", want: ""},
		{text: "Rudolph may have a red nose, but yours shouldn't stay red for weeks.", want: ""},
		{text: "Punxsutawney Phil saw his shadow: six more weeks of flu season.", want: ""},
		{text: "Shana had her baby on Tuesday!", want: "block"},
		{text: "¡Feliz Día de Acción de Gracias! Estamos cerrados el jueves.", want: ""},
		{text: "Feliz cumpleaños a todas las mamás de diciembre 🎂", want: ""},
		{text: "Closed Monday for MLK Day. \"What are you doing for others?\" – Dr. Martin Luther King Jr.", want: ""},
		// A rarer name that is a word too, capitalized by the sentence's
		// start, is the word (issue 11: common words taken as names).
		{text: "Ginger tea can settle nausea after a stomach bug.", want: ""},
		{text: "Infant car seat checks Saturday! Babies ride rear-facing.", want: ""},
		{text: "Olive oil is good for your heart.", want: ""},
		{text: "Congrats to Ginger on her new hip!", want: "block", match: "Ginger"},
		{text: "Josh had his tonsils out Friday.", want: "block", match: "Josh"},
		// A first name that is also a word, with a surname past the Census
		// top 1,000 (issue 11: the whole 1990 surname file is known now).
		{text: "Summer Kowalczyk is recovering from pneumonia.", want: "block", match: "Summer Kowalczyk"},
		{text: "Grace Nakamura is home after her knee surgery.", want: "block", match: "Grace Nakamura"},
		{text: "Summer Reading Club starts at the library Monday.", want: ""},
		// Health in everyday words, roles of two words, titles (issue 11).
		{text: "Our lunch lady at the middle school just got her cast off!", want: "block"},
		{text: "Tiny Zuri joined us at 5 lbs 2 oz! Mom Imani is resting.", want: "block"},
		{text: "Little Sofi had her tonsils out Friday and wants popsicles.", want: "block"},
		{text: "Huge shoutout to Truong who is 6 months smoke free today!", want: "block"},
		{text: "Big congrats to Fernanda on 1 year clean!", want: "block"},
		{text: "Congratulations to @mamabear_kels on her VBAC!", want: "block"},
		{text: "Thanks to Sgt. Morales for the safety talk today!", want: "warn"},
		// One-person roles with a team's or an office's name, a
		// possessive, or a place after "out at" (issue 11: roles).
		{text: "The Wildcats head coach is on crutches after his ankle surgery.", want: "block", match: "The Wildcats head coach"},
		{text: "the county weed inspector is home with pneumonia this week", want: "block"},
		{text: "The children's librarian at the east branch is recovering from a stroke.", want: "block"},
		{text: "Our volunteer fire chief is six months sober today.", want: "block"},
		{text: "The pastor out at Grace Chapel is home after his hip replacement.", want: "block"},
		{text: "Our health coach can help you manage diabetes.", want: ""},
		// Dotted handles, initials and everyday care words (issue 11).
		{text: "so proud of @jo.bakes.bread, she just found out she's having twins!", want: "block", match: "@jo.bakes.bread"},
		{text: "@kay_runs_far now that your tonsils are out, rest up!", want: "block"},
		{text: "Follow us @maplefamilymed. Flu shots are in!", want: ""},
		{text: "T.W. hit one year sober this week, so proud!", want: "block", match: "T.W."},
		{text: "K.P. u did it: 20 hrs of labor and still smiling", want: "block"},
		{text: "The U.S. flu season peaks in February.", want: ""},
		{text: "Clinic hours 8 A.M. to 5 P.M. for flu shots.", want: ""},
		{text: "Thanks to the mom who drove through the snow to her appointment today.", want: "warn"},
		{text: "The mom in the red coat finally got her cast off!", want: "block"},
		// Lower-case posts, described people, Spanish families and
		// greetings, nicknames after "our guy" (issue 11).
		{text: "so happy for mrs. ramirez, her a1c is finally under 7!", want: "block", match: "mrs. ramirez"},
		{text: "congrats pani Jadwiga on finishing chemo!!", want: "block"},
		{text: "happy bday dr. virginia apgar (b. 1909), who gave us the apgar score every newborn gets", want: "info"},
		{text: "we miss summer already, flu shots are in", want: ""},
		{text: "dr. greene ran the city marathon in 4:12 🏅 so proud", want: ""},
		{text: "kid on the U10 team w the green cleats got his cast off today", want: "block"},
		{text: "it's Noah's LAST visit w us before he ages out 😭", want: "block", match: "Noah"},
		{text: "Ana's first dental cleaning went great!", want: "block"},
		{text: "Santa's visit is Saturday at 10!", want: ""},
		{text: "Tom stopped in for his follow-up and is doing great.", want: "block"},
		{text: "our favorite uber driver is 3 months sober today", want: "block"},
		{text: "congrats to the newest mama on our block, baby girl arrived friday", want: "block"},
		{text: "to the dad in the blue ford: your daughter's results are in, call us", want: "block"},
		{text: "Congrats Mike on kicking the habit, 6 months no cigarettes!", want: "block"},
		{text: "a little bit of sun helps, and old habits die hard", want: ""},
		{text: "ouch!! hope the lil guy is back on his feet soon", want: ""},
		{text: "whoever drives the blue prius with the honor roll sticker, ur flu test was positive", want: "block"},
		{text: "Huge congrats to our yoga instructor, who finished her last round of chemo!", want: "block"},
		{text: "Our yoga instructor leads prenatal yoga on Tuesdays.", want: "info"},
		{text: "Proud of Tommy for running again after his ankle surgery!", want: "block"},
		{text: "the goalie for the Eastside U12 boys is back after his wrist surgery", want: "block"},
		{text: "Thanks to the coach for the CPR demo at practice!", want: ""},
		{text: "To the sweetheart in Counseling Room 3 on Tuesdays: you have come so far.", want: "block"},
		{text: "Our very own Kevin's mama finished her chemo last week!", want: "block"},
		{text: "the crossing guard at Elm Elementary finally let us zap her sunspots", want: "block"},
		{text: "The Daily Ledger weather guy swung by for a skin check today.", want: "block"},
		{text: "Thanks for the cookies, Mrs. Dunn! Glad your shoulder is healing well.", want: "block"},
		{text: "The new dad in the waiting room almost fainted during the delivery lol", want: "block"},
		{text: "Nice seeing Maria at her 6-week check!", want: "block"},
		{text: "The gentleman in bed 7 went home today.", want: "block"},
		{text: "the twins from the 3rd floor both have pink eye lol", want: "block"},
		{text: "The man on Birch Rd who walked in with a fishhook through his thumb is fine.", want: "block"},
		{text: "Road work on Railroad Ave starts Monday; Kevin will be out front in a vest.", want: ""},
		{text: "Althea Gibson won Wimbledon on July 6, 1957, and later lived with heart disease.", want: "info"},
		{text: "the 9yo from 61st st who had the asthma attack at the game is doing great", want: "block"},
		{text: "our fav taco guy on 3rd finally got his blood pressure under control", want: "block"},
		{text: "the kid in exam room 3 cried through his shots", want: "block"},
		{text: "Keep the kid with a fever home from school.", want: ""},
		{text: "la niña de los Herrera is finally off her asthma meds", want: "block"},
		{text: "felicidades a Marisol, six months without a cigarette!", want: "block"},
		{text: "happy 2 months sober to our guy Beto!", want: "block", match: "Beto"},
		{text: "shoutout to kevin's little sister who delivered with us last night", want: "block"},
		{text: "Dr. Patel's daughter won the science fair!", want: "info"},
		{text: "staff reminder: pls DON'T post from your personal accounts", want: ""},
		// A staff member's own health news is their health information
		// (docs/COMPLIANCE.md); the care they give is not.
		{text: "Kevin is home recovering from his shoulder surgery, so billing calls may be slow.", want: "block", match: "Kevin"},
		{text: "Welcome back Sarah from maternity leave!", want: "block", match: "Sarah"},
		{text: "pls welcome back sarah from her medical leave", want: "block", match: "sarah"},
		{text: "Dr. Greene broke his wrist skiing, so his patients will see Dr. Patel this week.", want: "block", match: "Greene"},
		{text: "Sarah got her flu shot today. Have you?", want: ""},
		{text: "Kevin is back from vacation and ready to help with your insurance questions.", want: ""},
		{text: "Dr. Patel saw a patient recovering from her hip surgery.", want: ""},
		{text: "Sarah is teaching a CPR class Saturday.", want: ""},
		{text: "Sarah is back from her conference on diabetes care.", want: ""},
		{text: "Nita ran the city 5K on Saturday!", want: ""},
		{text: "Rita ran the city 5K on Saturday!", want: "warn"},
		{text: "Room 4 is blocked off this afternoon for Mr. Gree's laser touch-ups.", want: "block", match: "Mr. Gree"},
		{text: "Mr. Greene will talk about heart health on Friday.", want: ""},
		{text: "Shoutout to Kevin's wife for being the bravest person we've had in the laser chair!", want: "block"},
		{text: "Kevin is back from his knee surgery and answering billing calls again.", want: "block"},
		{text: "Ask the pharmacist at the Walgreens on Main St about shingles shots.", want: "info"},
		{text: "Talk to the school nurse about your child's asthma plan.", want: ""},
		{text: "The lactation coach answers questions about mastitis every Tuesday.", want: ""},
		{text: "Colon cancer screening starts at 45 now.", want: ""},
		{text: "It's National Nurse Practitioner Week! Thank you, Sarah!", want: ""},
		{text: "Thanks for keeping our campus smoke-free, everyone!", want: ""},
		{text: "Our front desk manager's daughter just beat leukemia!", want: "block"},
		{text: "Shoutout to our favorite UPS driver, who is back after back surgery.", want: "block"},
		{text: "The owner of Main Street Bakery is recovering from a stroke.", want: "block", match: "The owner"},
		{text: "Thanks to Joe's Pizza for lunch today!", want: ""},
		{text: "Riverside Hospital's Jane Okafor joined our health fair.", want: "warn"},
		{text: "Congrats to the cast of Annie, starring Maya Torres!", want: "warn"},
		{text: "Thanks to Mr. Lee for running the fall festival!", want: "warn"},
		{text: "Welcome back, Siobhan! Glad the cast is finally off.", want: "block"},
		{text: "Shoutout to the patient who asked to skip the line. Aren't we all busy?", want: ""},
		{text: "Mrs. Alvarez was admitted with pneumonia.", want: "block", match: "Mrs. Alvarez"},
		{text: "Our patient Linda Brooks is back on her bike.", want: "block"},
		{text: "Please welcome Kevin Tran, our new nurse!", want: ""},
		{text: "Thanks to Mr. Rogers for the lovely mural.", want: "warn"},
		// A person and a health detail, with no word "patient" (issue 11).
		{text: "Congrats to Darnell Brooks on his new knee!", want: "block", match: "Darnell Brooks"},
		{text: "Get well soon, Coach Ruiz — rest up after Tuesday's surgery.", want: "block", match: "Coach Ruiz"},
		{text: "So proud of Tasha, 2 years sober this month!", want: "block", match: "Tasha"},
		{text: "Kwame is expecting twins — congratulations!", want: "block"},
		{text: "Our crossing guard is out after a hip replacement. We miss you!", want: "block", match: "Our crossing guard"},
		{text: "The principal at the middle school is recovering from pneumonia.", want: "block"},
		{text: "Our mail carrier broke her wrist on the ice. Heal fast!", want: "block"},
		{text: "Shout out to @bigmike_lifts for crushing physical therapy this month!", want: "block", match: "@bigmike_lifts"},
		{text: "Dr. Patel's mother is doing great after her bypass surgery.", want: "block"},
		{text: "Maria turned 95 today!", want: "warn"},
		// Staff in short forms, community and holiday names, staff welcomes.
		{text: "Dr. Patel and Marcus will run the flu clinic on Saturday.", want: ""},
		{text: "Anita will answer questions about flu shots at the health fair.", want: ""},
		{text: "Happy Martin Luther King Jr. Day from all of us.", want: ""},
		{text: "Thank you, Columbus, for a great year!", want: ""},
		{text: "Thank you to the Lincoln Elementary PTA for the book drive!", want: ""},
		{text: "Grace and gratitude: thank you for a great year!", want: ""},
		{text: "Meet our new front desk lead, Keisha Williams!", want: "info"},
		{text: "Research shows walking lowers risk (JAMA 2021).", want: ""},
		{text: "Thanks to @ColumbusHealthDept for the flu vaccines!", want: ""},
		{text: "Ask the coach about a concussion plan.", want: ""},
		{text: "The date marks the birthday of Frederick Banting, who helped discover insulin in 1921.", want: "info"},
		{text: "Mrs. Okafor, please call us back at (599) 527-1753 about the form.", want: "warn"},
		{text: "Get well soon, Zoltánné! Rest that ankle.", want: "block", match: "Zoltánné"},
		{text: "Ngozika's dad is home from the hospital.", want: "block", match: "Ngozika"},
		{text: "Join the Alzheimer's disease awareness walk.", want: ""},
		// Staff by initial or short form, the practice's short name, and
		// health words that are about no one (issue 11, false alarms).
		{text: "Dr. P and Dr. G are both in clinic Saturday for sick visits.", want: ""},
		{text: "Thanks to Ani for the potluck, and to all our nurses!", want: ""},
		{text: "Thank you for choosing Maple! Flu shots are in.", want: ""},
		{text: "Walk with a Doc is back: meet Dr. Greene at the track Saturday.", want: ""},
		// "Doc" is a title, and pet-name endings are short forms too.
		{text: "Doc Marc will talk about frostbite on the radio Tuesday.", want: ""},
		{text: "Call Marcy at the front desk to book your flu shot.", want: ""},
		{text: "Doc Halvorsen is home recovering from his knee surgery.", want: "block"},
		{text: "Ask the Doc: your flu questions answered on the radio Tuesday.", want: ""},
		{text: "Nita and Dr. Greene ran the 5K on Saturday!", want: ""},
		{text: "Room 4 is blocked for Mr. Pat's laser touch-ups this afternoon.", want: "block"},
		// A staff member's relative in the laser chair is a patient (block).
		{text: "Shout out to Dr. Greene's wife Bisi, the bravest person we've had in the laser chair!", want: "block"},
		{text: "Eid Mubarak to everyone celebrating! If you take meds with food, ask us about timing.", want: ""},
		{text: "Happy birthday to Ngozi, our longtime volunteer at the flu clinic!", want: "warn"},
		{text: "Happy retirement to Gus Petrakis, who delivered the town's mail for 30 years!", want: "warn"},
		{text: "Happy birthday, Ngozi! Flu shots are in, so book yours today.", want: "warn"},
		// ...while health told in another sentence about the person still blocks.
		{text: "Congrats Darnell! The new knee looks great.", want: "block"},
		{text: "Get well soon, Coach Ruiz! Rest that ankle and ice your knee.", want: "block"},
		{text: "Nurse Sarah's husband had his heart stent placed on Monday.", want: "block"},
		{text: "Our favorite barista, Tavita, is out after her appendix burst.", want: "block"},
		{text: "Our mail carrier Dwayne finally got that bum knee replaced.", want: "block"},
	},
	"PRIV-11": {
		// "we just" with no care in its sentence tells no story.
		{text: "Sorry about the wait! We just added Saturday hours at our Oak Street office.", want: ""},
		{text: "We don't care who you vote for, we just want you to vote.", want: ""},
		{text: "We just set a little slugger's broken arm after the Saturday game.", want: "warn"},
		{text: "A patient came in today with a fishhook in his thumb.", want: "warn"},
		{text: "Case of the day: a bee sting.", want: "warn"},
		{text: "We welcome new patients of all ages.", want: ""},
		{text: "Our patient portal is open day and night.", want: ""},
		{text: "Please fill out the patient forms before your visit.", want: ""},
		{text: "Our patient came in today with a fishhook in his thumb.", want: "warn"},
	},
	"PRIV-12": {
		{text: "Swipe to see Dr. Greene's amazing work on this nasty laceration!", want: "warn"},
		{text: "The new X-ray machine arrived Tuesday!", want: ""},
		{text: "Pictured: our new waiting room.", want: "warn"},
		{text: "Before and after photos of our renovation!", want: "warn"},
		{text: "Stretch before and after you exercise.", want: ""},
		{text: "Check out this before and after of a recent mole removal!", want: "warn"},
		// A picture that shows where patients' names are written blocks:
		// the text must change, not a doctor decide.
		{text: "Behind the scenes at the front desk 📸 [photo: the team smiling, today's schedule on the monitor behind them]", want: "block"},
		{text: "Screenshot of our waitlist this morning, look how many of you came!", want: "block"},
		{text: "[image: printed discharge papers on the counter, name blurred]", want: "block"},
		{text: "Team pic! (sorry about the census board in the background, it's blurry i promise)", want: "block"},
		{text: "Group photo from the flu clinic! (ignore the sign-in clipboard on the table, you know who you are)", want: "block"},
		{text: "Look at this little guy's face after his first shots 😭 [photo]", want: "block"},
		{text: "Pictured: a happy patient after her cataract surgery.", want: "block"},
		{text: "@samoa_strong_23 thanks for letting us film your labrum rehab!", want: "block"},
		{text: "We filmed a short video on how to use your inhaler.", want: ""},
		{text: "Video: what happens at a patient's first physical therapy visit", want: ""},
		// Blank, empty or shown-as-teaching surfaces, and a picture said to
		// show no patient, do not.
		{text: "[photo: a blank sample wristband and our new label printer]", want: ""},
		{text: "pic of our whiteboard this week: 'drink water, wash hands!'", want: ""},
		{text: "📸 Meet the team behind our new check-in screens!", want: ""},
		{text: "📸 Our holiday hours are on the board by the door.", want: ""},
		{text: "📷 Our new waiting room! (no patients pictured)", want: ""},
		{text: "Our sign-in sheet is now digital! No more clipboards.", want: ""},
		{text: "Watch the video: how to care for a child with a fever at home.", want: ""},
	},
	"PRIV-13": {
		{text: "\"My pain is gone and I can finally sleep!\" - Maria G.", want: "block"},
		{text: "\"The staff is friendly and the coffee is great,\" says our office manager.", want: ""},
	},
	"PRIV-14": {
		{text: "Our patient was the first in the state to get this implant.", want: "warn"},
		{text: "We are the only clinic open on Sundays.", want: ""},
		// Someone told by their car or the room they are in.
		{text: "To the owner of the white Subaru with the honor student sticker: your glasses are at the desk after your eye exam.", want: "block", match: "white Subaru"},
		{text: "lady with the green minivan, ur antibiotics are ready", want: "block"},
		// A notice to a driver about the car's lights tells no care (two
		// independent dev sets label it pass): TestRoomsCarsAndColoursAsThings.
		{text: "Blue Honda in the lot, your lights are on!", want: ""},
		{text: "Blue Honda in the lot, your lights are on and your inhaler is at the desk!", want: "block"},
		{text: "Our mobile clinic van will be at the library on Friday.", want: ""},
		{text: "We drove the clinic van to the health fair.", want: ""},
		{text: "Bring your car seat and your car to the safety check.", want: ""},
		{text: "bed 12 finally went home today after 3 weeks with us", want: "block", match: "bed 12"},
		{text: "the kiddo in exam 3 just got his cast off", want: "block", match: "kiddo in exam 3"},
		{text: "Room 4 guy who dislocated his shoulder doing a backflip: heal up", want: "block"},
		{text: "Room 2 is our new ultrasound suite!", want: ""},
		{text: "Exam room 2 got a fresh coat of paint!", want: ""},
		{text: "Bed 3 in our infusion room now has a heated blanket.", want: ""},
	},
	// PRIV-16 is the learned backstop (backstop.go): what it flags moves
	// with the shipped model, so its table holds a clear case each way.
	// It speaks only where no rule did: "the card holder who called about
	// her IUD appointment" is now PROF-05's (one person answered in
	// public), so the case is one no rule reads.
	"PRIV-16": {
		{text: "Shoutout to the card holder who left her wallet after her IUD appointment, we found it in the parking lot!", want: "warn"},
		{text: "Flu shots are in! Book online at maplefamilymed.com.", want: ""},
	},
	"PRIV-15": {
		{text: "Our patient beat depression and ran a marathon.", want: "warn"},
		{text: "Our patient Mary Foster is six months sober after rehab.", want: "block"},
		{text: "Depression is common and treatable. Talk to us.", want: ""},
	},
	"REV-01": {
		// "We've" is not "you've": a fact about the practice confirms no one.
		{text: "Thanks for letting us know. We've added a second ultrasound tech on Fridays.", review: "Waited forever for my scan", want: "warn"},
		{text: "We're so glad you had a good experience with us!", review: "Great visit", want: "warn"},
		{text: "Congrats on your beautiful baby boy!", review: "Dr. Patel is the best OB", want: "block"},
		{text: "Our billing team shows a balance of $312 outstanding since June.", review: "Billing sent me to collections", want: "block"},
		// The reviewer's own body or care, in words the phrase list lacks.
		{text: "We're sorry you felt rushed during your physical.", review: "Felt rushed.", want: "block"},
		{text: "Sorry the lab lost your blood sample; it was redrawn the same day.", review: "They lost my bloodwork!", want: "block"},
		{text: "So glad your shoulder is back to normal!", review: "Dr. Greene is great", want: "block"},
		{text: "Thank you for the kind words! We'll share them with the team.", review: "Amazing team", want: ""},
		{review: "Great doctor.", text: "It was great to see you and the kids last Tuesday!", want: "block"},
		{review: "Great doctor.", text: "We have no record of you as a patient.", want: "block"},
		{review: "Great doctor.", text: "Congrats on the new baby!", want: "block"},
		{review: "Great doctor.", text: "Thank you! We're so glad we could help.", want: "warn"},
		{review: "Great doctor.", text: "See you at your next checkup!", want: "block"},
		{review: "Great doctor.", text: "We are sorry to hear about your experience. Please call our office manager.", want: ""},
		{review: "Great doctor.", text: "So glad your shoulder feels better since the injection!", want: "block", match: "injection"},
		{review: "Great doctor.", text: "We're happy your knee surgery went well.", want: "block"},
		{review: "Great doctor.", text: "We hope you're feeling better.", want: "warn"},
		{review: "Great doctor.", text: "Thank you for the kind words! We hope to see you again.", want: ""},
		{text: "We are sorry about your appointment wait.", review: "Waited an hour.", want: "block"},
		{text: "Our records show you missed two visits.", review: "Bad service.", want: "block"},
		{text: "Thank you for the feedback. Please call us.", review: "Bad service.", want: ""},
		{text: "Your appointment reminders now come by text.", want: ""},
		// Friendly replies in slang, with staff and the reviewer's child,
		// and in other languages (issue 11).
		{review: "Nurse was great with my son.", text: "sarah says hi to your little guy!", want: "block"},
		{review: "Quick fix for my tooth.", text: "Glad that filling is holding up! See you in 6 months.", want: "block"},
		{review: "Fast.", text: "glad u were in and out quick, take care!", want: "block"},
		{review: "Great care.", text: "so glad he's sleeping better these days!", want: "block"},
		{review: "Kevin was kind.", text: "Kevin had to order one more blood draw, sorry for the extra poke.", want: "block"},
		{review: "Muy buena clínica.", text: "¡Gracias! Nos vemos en su próxima cita.", want: "block"},
		{review: "좋아요", text: "감사합니다! 다음 주사 때 뵙겠습니다.", want: "block"},
		{review: "很好", text: "谢谢! 下次打针见。", want: "block"},
		{review: "Tuyệt vời", text: "Cảm ơn bạn! Hẹn gặp bạn ở mũi tiêm tiếp theo.", want: "block"},
		{review: "Had a terrible cold all week.", text: "Hope your cold clears up soon!", want: "warn"},
		{review: "Great doctor.", text: "Wishing you a quick recovery!", want: "warn"},
		{review: "Great doctor.", text: "Que se mejore pronto.", want: "warn"},
		{review: "Great doctor.", text: "hope ur tummy settles soon", want: "warn"},
		{review: "My daughter loved the nurses.", text: "Tell your daughter we said hi!", want: "warn"},
		{review: "Great clinic.", text: "Tell your daughter we said hi!", want: "block"},
		{review: "After a year of trying I'm finally pregnant!", text: "We're so happy for you!", want: "warn"},
		{review: "Lovely staff.", text: "We're so happy for you to have found us!", want: ""},
		{review: "La mejor clínica.", text: "¡Gracias por sus palabras! Para cualquier cosa, llámenos.", want: ""},
		{review: "Phones never answered.", text: "That's a fair complaint; new phones arrive next week.", want: ""},
		{review: "Nice staff.", text: "Thank you! Kevin says thanks for the kind words.", want: ""},
		{review: "Nice.", text: "Glad the new phone system is working better for you!", want: ""},
		{review: "Never again.", text: "With respect, you arrived 40 minutes late, so we had to reschedule.", want: "block"},
		{review: "Rude.", text: "Actually, we explained all of this to you in person.", want: "block"},
		{review: "They ignored me.", text: "We're sorry you feel that way, but your own lab values tell a different story.", want: "block"},
		{review: "Love my skin now!", text: "So happy the peel worked for you!", want: "block"},
		{review: "Great place.", text: "Nurse Sarah can do a touch-up next week, just call.", want: "block"},
		{review: "좋아요", text: "소중한 후기 감사합니다! 다음 방문 때 뵙겠습니다.", want: "block"},
		{review: "Excelente", text: "¡Gracias! Nos alegra que le gusten sus resultados.", want: "block"},
		{review: "Great team.", text: "We loved having you in!", want: "block"},
		{review: "Tuyệt vời", text: "Cảm ơn bạn! Hẹn gặp lại bạn!", want: ""},
		{review: "Great place.", text: "Sending healing vibes your way!", want: "warn"},
		{review: "Great place.", text: "Wishing you all the best on your healing journey.", want: "warn"},
		{review: "Great place.", text: "Sending you our thanks!", want: ""},
		// Derm, med-spa and counseling replies (issue 11, dev4 kinds).
		{review: "The peel stung.", text: "Some tingling is normal after a light peel. Keep using the gentle moisturizer we sent you home with.", want: "block"},
		{review: "Love my results!", text: "Your thighs looked great in the 8-week photos!", want: "block"},
		{review: "Great doctor.", text: "Remember to keep those compression socks on for another week!", want: "block"},
		{review: "Excelente.", text: "¡Nos alegra que la extracción haya salido bien!", want: "block"},
		{review: "Came in nervous, left relaxed.", text: "We're so glad you felt calmer!", want: "warn"},
		{review: "Great staff.", text: "Hope your recovery is smooth sailing!", want: "warn"},
		{review: "Great staff.", text: "Wishing you many pain-free years ahead!", want: "warn"},
		{review: "Never got my results.", text: "We're sorry, and we hope everything is okay. Please call us.", want: "warn"},
		{review: "Great staff.", text: "Take good care of yourself!", want: "warn"},
		{review: "Wouldn't refill my meds.", text: "We can't discuss anyone's prescriptions here, but please call so we can walk you through our policy.", want: ""},
		{review: "Waited an hour for my ultrasound.", text: "Thanks for the feedback. We're adding a second ultrasound room in March.", want: ""},
		{review: "Dr. Patel fixed my knee!", text: "Thank you for the five stars!", want: ""},
		{review: "Buena atención", text: "¡Gracias! Para cualquier consulta, llámenos.", want: ""},
	},
	"REV-02": {
		{text: "Hi Karen, please call us.", review: "Awful. - HappyCamper", want: "block"},
		{text: "Hi Karen, please call us.", review: "Awful. Karen", want: ""},
		// A greeting with a name the review does not carry is most likely the
		// reviewer's display name: a person checks (issue 11).
		{text: "Thanks Denise! Dr. Patel will be thrilled to hear this.", review: "5 stars for Dr. Patel", want: "warn"},
		{text: "Hi Denise, glad your knee surgery went well!", review: "Great surgeon", want: "block"},
		{text: "Please ask for Sarah at the front desk.", review: "Awful.", want: ""},
		// A name the reply addresses to the reader is the reviewer's
		// display name; the name the review is signed with is theirs.
		{text: "Thank you so much, Gloria!", review: "Wonderful staff.", want: "warn"},
		{text: "Sorry to hear this, Walter. Please call us.", review: "Long wait.", want: "warn"},
		{text: "We told Gloria about the parking.", review: "Wonderful staff.", want: "block"},
		{text: "thank u priya!!", review: "Great visit — Priya S.", want: "warn"},
		{text: "Thanks, Priya!", review: "Great visit — Priya S.", want: "warn"},
		{text: "Priya, thank you so much!", review: "— Priya S.\nSo grateful for this team.", want: "warn"},
		{text: "Thanks for the kind words, Omar!", review: "Omar T. — Good service, parking was tough.", want: "warn"},
		{text: "We're sorry you felt rushed, Mr. Okafor. Please call us.", review: "Felt rushed. — D. Okafor", want: "warn"},
		{text: "¡Gracias! Le esperamos pronto.", review: "Muy amables.", want: ""},
	},
	"REV-03": {
		{text: "Get a life. This review is ridiculous.", review: "Rude staff.", want: "block"},
		{text: "Maybe try showing up on time. Good riddance.", review: "They made me wait!", want: "block"},
		{text: "You obviously didn't read the sign.", review: "Rude staff.", want: "block"},
		{text: "Nobody forced you to book with us. Enjoy your next dentist!", review: "Overpriced.", want: "block"},
		{text: "Maybe set an alarm next time.", review: "They gave away my slot!", want: "block"},
		{text: "You were the one yelling at our front desk.", review: "Rude staff.", want: "block"},
		{text: "Then maybe stick to the drugstore brand, sweetie.", review: "Pricey.", want: "block"},
		{text: "Usted miente, nunca le cobramos eso.", review: "Me cobraron de más.", want: "block"},
		{text: "We can't please everyone, but we'd like to try. Please call us.", review: "Meh.", want: ""},
		{text: "Hi Karen, we are sorry about the wait. Please call us.", review: "Long wait. Karen", want: ""},
		{text: "We are sorry to hear this. Please call us.", review: "Rude staff.", want: ""},
	},
	"REV-04": {
		{text: "Thank you. We are sorry. We want to help. Please call us.", review: "Rude staff.", want: "info"},
		{text: "Thank you. Please call us.", review: "Rude staff.", want: ""},
	},
	"CLAIM-01": {
		// A claim the post warns readers against, or denies of a "nothing"
		// subject, is no claim of the practice's.
		{text: "Be wary of any clinic that guarantees weight loss.", want: ""},
		{text: "Nothing about braces is painless, but we make it as comfortable as we can.", want: ""},
		{text: "Nothing beats our painless laser hair removal!", want: "block"},
		{text: "Tired of clinics that overpromise? We guarantee results.", want: "block"},
		// A guarantee of something that is no care promises no result.
		{text: "We can't guarantee snow days, but we can guarantee hot coffee in the lobby.", want: "info"},
		{text: "Guaranteed fun at the fall festival booth!", want: "info"},
		{text: "Guaranteed smoother skin in one session.", want: "block"},
		{text: "We guarantee you'll love your new smile.", want: "block"},
		{text: "Guaranteed weight loss with our program.", want: "block"},
		{text: "Guaranteed clear skin by prom.", want: "block"},
		{text: "Guaranteed results or your money back!", want: "block"},
		{text: "This treatment cures diabetes.", want: "block"},
		{text: "Cleanings are painless for most people.", want: "warn"},
		{text: "There is no cure for the common cold.", want: ""},
		// Having cured many is deceptive (NC 8.3.1) but promises no one a
		// result: a doctor decides (the dev sets' writers label it review).
		{text: "We have healed thousands of migraine sufferers.", want: "warn"},
		{text: "Dr. Lee has fixed hundreds of shoulders and she'll fix yours.", want: "warn"},
		// A guarantee of access or a call back promises no medical result.
		{text: "Guaranteed same-day sick visits, or the next one is on us.", want: "warn"},
		{text: "We guarantee someone will call you back within the hour.", want: "info"},
		{text: "Guaranteed pain relief in one visit.", want: "block"},
		{text: "Our therapy ends knee pain permanently.", want: "block", match: "ends knee pain permanently"},
		{text: "Say goodbye to back pain forever!", want: "block"},
		{text: "We can't guarantee results, but most patients feel better.", want: ""},
		{text: "We can't promise to end your pain for good, but we can help.", want: ""},
		{text: "We have treated thousands of patients since 1998.", want: ""},
		{text: "Quit smoking for good: we can help you make a plan.", want: ""},
		{text: "Don't miss our guaranteed weight loss program.", want: "block"},
		{text: "No more back pain, ever!", want: "block"},
		{text: "We promise you'll feel better after one visit.", want: "block"},
		{text: "Cure your diabetes naturally with our program.", want: "block"},
		{text: "Big Pharma is hiding the real cure for diabetes.", want: ""},
	},
	"CLAIM-02": {
		{text: "The most trusted pediatricians in the county.", want: "warn"},
		// A ranking a few words from the provider, or owned by a place (issue 11).
		{text: "Springfield's best family doctors, three years running!", want: "warn"},
		{text: "Voted the county's favorite pediatric team!", want: "warn"},
		{text: "The top pediatric practice in town.", want: "warn"},
		{text: "The best way to protect your baby from whooping cough is the Tdap shot.", want: ""},
		{text: "Happy Nurses Week to our favorite nurses!", want: ""},
		{text: "Top 5 ways to beat the winter blues.", want: ""},
		{text: "The best dentist in town!", want: "warn"},
		{text: "The friendliest staff in the state.", want: "warn"},
		{text: "Named a Top Doctor 2025 by Columbus Monthly, the best dentist award.", want: ""},
		{text: "Walking is one of the best things for your heart.", want: ""},
		{text: "We are the #1 family practice in Ohio.", want: "warn"},
		{text: "Tip #1: drink water. Tip #2: sleep well.", want: ""},
		{text: "#1: wash your hands often.", want: ""},
		{text: "Step 1: wash your hands. Step 2: dry them well.", want: ""},
		// "#1" ranks the practice only when a provider or nothing follows.
		{text: "The #1 rule of our break room: label your lunch.", want: ""},
		{text: "Voted #1 burger joint by our own staff.", want: ""},
		{text: "The #1 cause of cavities in kids is juice at bedtime.", want: ""},
		{text: "Our printer ranking: #1 the new one, #2 the old one.", want: ""},
		{text: "We're #1!", want: "warn"},
		{text: "Voted #1 in Columbus three years running.", want: "warn"},
		{text: "The #1 choice for families in Ohio.", want: "warn"},
		// "best" ranked against a place, of care or carers.
		{text: "best midwives in the city, period.", want: "warn"},
		{text: "Best crowns in Ohio. Come see.", want: "warn"},
		{text: "Best tacos in town, and we would know.", want: ""},
	},
	"CLAIM-03": {
		{text: "Don't believe anyone who promises overnight results.", want: ""},
		{text: "Believe us: our program melts fat overnight.", want: "warn"},
		{text: "Our detox IV drip flushes toxins and resets your gut.", want: "warn"},
		{text: "We've helped thousands of migraine sufferers get their lives back.", want: "warn"},
		{text: "We've helped thousands of families get their flu shots.", want: ""},
		{text: "This miracle tea melts fat.", want: "warn"},
		{text: "Lose 20 pounds in 10 days!", want: "warn"},
		{text: "Eat more vegetables.", want: ""},
		{text: "A breakthrough in knee pain relief.", want: "warn"},
		{text: "Erase wrinkles overnight with our new cream.", want: "warn"},
		{text: "We are proud to support Children's Miracle Network.", want: ""},
		{text: "Breakthrough infections are usually mild in vaccinated people.", want: ""},
		{text: "Our overnight sleep study results are ready in a week.", want: ""},
		// A negated fraud word, and titles holding one.
		{text: "We don't do miracle cures, just good checkups.", want: ""},
		{text: "Movie night: Miracle on 34th Street at the library.", want: ""},
		// Quick fixes and branded methods.
		{text: "Stop colic overnight with our soothing method.", want: "warn"},
		{text: "Acne gone in 2 weeks with our skin plan.", want: "warn"},
		{text: "Varicose veins cured in one 45-minute visit!", want: "warn"},
		{text: "Try our proven 3-step protocol for back pain.", want: "warn"},
		{text: "Our 5-step system ends snoring.", want: "warn"},
		{text: "Hand washing in 5 steps: wet, soap, scrub, rinse, dry.", want: ""},
	},
	"CLAIM-04": {
		{text: "Clinically proven to reduce pain.", want: "warn"},
		{text: "Studies show flossing helps (https://pubmed.ncbi.nlm.nih.gov/123456/).", want: ""},
		{text: "Promising results from a pilot study.", want: "info"},
	},
	"CLAIM-05": {
		{text: "Our device is FDA approved.", want: "warn"},
		{text: "Compounded semaglutide, the generic Ozempic!", want: "block"},
		{text: "Ask us about weight loss options.", want: ""},
		{text: "Our FDA-approved herbal supplement helps you sleep.", want: "block"},
		{text: "We carry generic Wegovy at half the price.", want: "block"},
		{text: "Our compounded semaglutide is identical to Ozempic.", want: "block"},
		{text: "Remember: supplements are not FDA approved.", want: ""},
		{text: "There is no generic Ozempic.", want: ""},
		{text: "Compounded drugs are not the same as brand-name drugs.", want: ""},
		// There is no HIPAA certification; these brands have no generic;
		// the FDA has approved no PRP, stem-cell or exosome treatment.
		{text: "Proud to be HIPAA-certified: your data is safe with us.", want: "block"},
		{text: "Our office is fully HIPAA accredited.", want: "block"},
		{text: "We follow HIPAA and train our staff every year.", want: ""},
		{text: "Now offering generic Botox at half the price!", want: "block"},
		{text: "Our FDA-approved stem cell therapy for knees.", want: "block"},
		{text: "PRP for hair loss is here and it's FDA-approved.", want: "block"},
	},
	"CLAIM-06": {
		{text: "Dr. Greene is board certified in pediatrics.", want: "warn"},
		{text: "Dr. Greene is board eligible in dermatology.", want: "block"},
		{text: "Dr. Greene sees children and adults.", want: ""},
	},
	"CLAIM-07": {
		// A discount on something that is no care prices no care; one
		// that names nothing is on the practice's care.
		{text: "Our logo hoodies are 20% off through Friday; all proceeds go to the food pantry.", want: ""},
		{text: "Half-price cookies at the bake sale after 2pm!", want: ""},
		{text: "Buy one get one free on raffle tickets for the spring carnival.", want: ""},
		{text: "Mugs and tote bags are now 30% off at the front desk.", want: ""},
		{text: "20% off your first facial this month!", want: "warn"},
		{text: "Ask about our 10% military discount.", want: "warn"},
		{text: "BOGO on all chemical peels in December.", want: "warn"},
		{text: "15% off everything for Black Friday.", want: "warn"},
		{text: "10% off for seniors and students.", want: "warn"},
		{text: "20% off cardiac calcium scoring this month only!", want: "warn"},
		{text: "Your yearly wellness visit is covered at no cost by most plans.", want: ""},
		{text: "Flu shots are in! Most insurance covers it at no cost.", want: ""},
		{text: "Wellness visits at no cost to you!", want: "warn"},
		{text: "Free whitening with every cleaning!", want: "warn"},
		{text: "We waive your copay this month.", want: "block"},
		{text: "Your copay is on us this month!", want: "block"},
		{text: "We may waive copays for patients with financial hardship, case by case.", want: "warn"},
		{text: "We can't waive copays; the law requires us to collect them.", want: ""},
		{text: "Please pay your copay at check-in.", want: ""},
		{text: "We never charge a copay. Ever.", want: "block"},
		{text: "No copay for flu shots with most insurance plans.", want: "warn"},
		{text: "Free flu shots this Saturday!", want: "warn"},
		{text: "Flu shots this Saturday. Free for everyone!", want: "warn"},
		{text: "Free coffee in the lobby all week while you wait.", want: ""},
		{text: "Join a free class at the YMCA this Saturday on healthy cooking.", want: ""},
		{text: "Our lobby has free Wi-Fi and free parking.", want: ""},
		{text: "Every dollar goes to the toy drive. Thank you, neighbors!", want: ""},
		{text: "Self-pay visits start at $95.", want: "warn"},
		{text: "We raised $5,000 for the food bank!", want: ""},
		{text: "Feel free to call us. Our office is smoke-free.", want: ""},
		// A price of something that is not care: wages, goods others sell.
		{text: "We're hiring a front desk lead, full-time, $22-25/hr.", want: ""},
		{text: "Hiring a dental assistant, $21 an hour plus benefits.", want: ""},
		{text: "The scouts are selling wreaths in our lobby, $25 each.", want: ""},
		{text: "Chili supper at the church Saturday, $12 adults, kids eat free.", want: ""},
		{text: "Botox for migraines, $10 a unit this month only!", want: "warn"},
		{text: "New patient special: $49.", want: "warn"},
		{text: "Flu shots are $0 with most insurance plans.", want: ""},
		{text: "A $50 fee applies to missed appointments without 24 hours' notice.", want: ""},
		{text: "BOGO: buy 20 units of Xeomin, get 20 free!", want: "warn"},
		{text: "Find our booth at the market: free SPF samples and a raffle!", want: ""},
		{text: "Can't afford your deductible? We waive it for ALL vein procedures.", want: "block"},
		{text: "Flu shots are $0 for everyone this week!", want: "warn"},
		// Free care that others run is no offer of the practice's.
		{text: "Free blood pressure checks at the library every Monday are run by the county nurses.", want: ""},
		{text: "Free blood pressure checks at our office every Monday.", want: "warn"},
		// A routine waiver in other words.
		{text: "Medicare folks: we just don't bill the 20% coinsurance here. Never have.", want: "block"},
	},
	"CLAIM-08": {
		{text: "Before and after: six months of aligners.", want: "warn"},
		{text: "Before and after: six months of aligners. Model, not an actual patient.", want: ""},
		{text: "before 👉 after: week 1 vs week 6 on our eczema routine 📸", want: "warn"},
		{text: "Before/after pics from our acne program!", want: "warn"},
		{text: "Swipe for this before & after: 3 sessions of microneedling.", want: "warn"},
		{text: "Before and after school care is open to staff kids.", want: ""},
	},
	"CLAIM-09": {
		{text: "90% of patients feel better in a week.", want: "info"},
		{text: "Smokers are 3 times more likely to get gum disease (cdc.gov).", want: ""},
	},
	"ENDORSE-01": {
		{text: "Read our latest patient success story!", want: "warn"},
		{text: "\"Dr. Patel fixed my knee and I can run again,\" says a patient.", want: "warn"},
		{text: "Our team loves helping families.", want: ""},
		// With a statement of typical results the testimonial has its note.
		{text: "\"Dr. Patel fixed my knee and I can run again,\" says a patient. Individual results vary.", want: ""},
		{text: "\"They got me in the same day,\" one patient says; wait times vary with the season.", want: ""},
		{text: "\"My back pain is gone!\" Most patients feel better within six visits.", want: ""},
		{text: "\"My back pain is gone!\" Results like these are what we aim for.", want: "warn"},
		{text: "Thank you for the five stars! We'll share this with the team.", review: "★★★★★ Dr. Patel fixed my knee", want: ""},
		// Single quotes signed with a dash.
		{text: "'my son's asthma is finally under control after 2 months in the program!' – a happy dad", want: "warn"},
		{text: "‘I can finally sleep through the night’ — real review from a patient", want: "warn"},
		{text: "We're open late on Thursdays - it's the best time for a checkup.", want: ""},
		{text: "Our motto 'we treat you like family' - since 1984.", want: ""},
	},
	"ENDORSE-02": {
		{text: "Use code MAPLE20 for 20% off these vitamins, link in bio!", want: "warn"},
		{text: "#ad Use code MAPLE20 for 20% off these vitamins.", want: ""},
	},
	"ENDORSE-03": {
		// Insider and fake reviews asked in slang; staff told not to review
		// is the opposite (issue 11).
		{text: "Team!! Everyone pls leave us 5 stars from ur personal acct this week", want: "block"},
		{text: "when u review us don't mention u work here, just say ur a neighbor", want: "block"},
		{text: "Need more Yelp reviews! Write something nice even if you haven't been in yet.", want: "block"},
		{text: "Staff reminder: please do NOT review the practice from your own accounts.", want: ""},
		{text: "Leave us an honest review, even if it's not a 5-star one.", want: ""},
		{text: "Not so happy with your visit? Don't post a review, text us instead.", want: "block"},
		{text: "5 stars = $10 off your next visit!", want: "block"},
		{text: "Write us any review, good or bad! Everyone who does is entered in a drawing.", want: "warn"},
		{text: "A $25 gift card to everyone who leaves a 5-star review this month!", want: "block"},
		{text: "Loved your visit? Tell Google! Didn't? Tell us first.", want: "block"},
		{text: "Loved your visit? Review us on Google! Not so much? Call us first.", want: "block"},
		{text: "Our staff will be posting reviews this week to help us catch up.", want: "block"},
		{text: "Spread the word and leave us a review! (Staff, you can too 😉)", want: "block"},
		{text: "Happy with your care? We'd love a Google review. Not happy? We want to hear that too: please review us or call.", want: ""},
		{text: "Staff reminder: please respond to new Google reviews within a day.", want: ""},
		{text: "Leave us a 5-star review and get $10 off!", want: "block"},
		{text: "Review us on Google for a chance to win!", want: "block"},
		{text: "We'd love your honest feedback on Google.", want: ""},
		// Insider reviews and review gating.
		{text: "Team: please post a 5-star review from your personal accounts this week.", want: "block"},
		{text: "Staff reminder: please do NOT review us from your personal accounts. It's against the rules.", want: ""},
		{text: "Team, never post reviews of the practice, and don't ask your family to either.", want: ""},
		{text: "Staff reminder: ask your family to leave us five stars on Google before Friday.", want: "block"},
		{text: "If you had a bad visit, call us first instead of posting a review.", want: "block"},
		{text: "Happy with your visit? Leave us a review! Not happy? Call our office manager.", want: "block"},
		{text: "If your visit was less than perfect, please don't leave a review. Call us and we will fix it.", want: "block"},
		{text: "Our team loves reading your reviews!", want: ""},
		{text: "Please leave a review for our team!", want: ""},
		{text: "Everyone, please leave us a review on Google!", want: ""},
		{text: "We read every review. If something went wrong, please call us too so we can fix it.", want: ""},
		{text: "If you had a bad experience, please call our office manager. We want to make it right.", want: ""},
		{text: "Create a few Google accounts and leave us five stars.", want: "block"},
		{text: "We only ask patients who loved their visit for reviews.", want: "block"},
		{text: "Nurses, please ask your spouses to leave us reviews this month.", want: "block"},
		{text: "Never post fake reviews, and never ask staff to review us.", want: ""},
		{text: "Our nurses love your reviews!", want: ""},
	},
	"ENDORSE-04": {
		{text: "Remove your review or we will sue.", want: "block"},
		{text: "We take all feedback seriously.", want: ""},
	},
	"PROF-01": {
		// A masked word with a plain suffix is still the word.
		{text: "omg this wait list is a sh!tshow, we're working on it", want: "warn"},
		{text: "What a cr@ppy week. Coffee, please.", want: "warn"},
		{text: "Shout out to the Cr8show crew for the lobby mural!", want: ""},
		{text: "What a shitty day.", want: "block"},
		{text: "Well, that was a crappy storm.", want: "warn"},
		{text: "Class assessment today.", want: ""},
		// Masked or abbreviated, the author has already toned it down: a
		// doctor decides whether it fits the practice's voice (issue 11).
		{text: "What a sh*t day at the office.", want: "warn", match: "sh*t"},
		{text: "F*** this snow.", want: "warn"},
		{text: "WTF is up with this weather.", want: "warn"},
		{text: "This cold is a b*tch.", want: "warn"},
		{text: "Fuck this snow.", want: "block"},
		{text: "Well, d*mn, that storm.", want: "warn"},
		{text: "Our **new** hours start Monday.", want: ""},
		{text: "Tag us with #FluShot and @maplefamilymed!", want: ""},
		{text: "Code A*B9 is on the box, 5*3 = 15.", want: ""},
		// Spanish, for bilingual practices.
		{text: "Qué día de mierda, pero los bebés nos salvan.", want: "block"},
		{text: "hoy fue un día de m*erda pero los bebés nos salvan", want: "warn"},
		{text: "La merienda es a las cuatro.", want: ""},
		{text: "it's cold af out there, bundle up", want: "warn"},
		{text: "this effin snow, man", want: "warn"},
		{text: "Jordan Reyes, BS, joins our lab team. AF screening at your checkup.", want: ""},
		{text: "It was 40°F in the lot this morning; SOB or chest pain? Call 911.", want: ""},
	},
	"PROF-02": {
		{text: "He suffers from asthma.", want: "warn"},
		{text: "He lives with asthma.", want: ""},
	},
	"PROF-03": {
		// Earning a medical degree is no contempt; claiming one from the
		// internet is.
		{text: "Remembering Elizabeth Blackwell, the first woman to earn a medical degree in the US.", want: ""},
		{text: "That lady thinks she has a medical degree because she read a Facebook post.", want: "block"},
		{text: "This guy got his medical degree from TikTok apparently.", want: "block"},
		// Callouts, retorts and contempt in a coordinator's slang (issue 11).
		{text: "To the dads who nap in the lobby every Saturday: we see you 😂", want: "block"},
		{text: "Clients who no-show twice: we see you. So does the fee 😤", want: "block"},
		{text: "Dear lady in the red minivan: the fire lane is not for you 💅", want: "block"},
		{text: "Parents who volunteered at the book fair: thank you! 😂 what a day", want: ""},
		{text: "to the 2-star reviewer who said we lost her chart: u yelled at our receptionist. bye 👋", want: "block"},
		{text: "Maybe if you'd read the reminder text you wouldn't have missed it.", want: "block"},
		{text: "the moms at pickup giving the front desk medical advice rn 💀", want: "block"},
		{text: "some of y'all treat the 8am slot like a suggestion 🙃", want: "block"},
		{text: "teens at camp physicals lying about their shoe size 😂", want: "block"},
		{text: "Google isn't a medical degree, ladies.", want: "block"},
		{text: "if one more caller asks whether we're open on Christmas I'm going to lose it", want: "warn"},
		{text: "We've watched your kids grow up, and we're grateful.", want: ""},
		{text: "To the families who came to our fall festival: thank you! 😂 what a day", want: ""},
		{text: "Shoutout to the little guy who didn't cry at his shots! You know who you are.", want: ""},
		{text: "Imagine being so dumb you think vaccines have 5G in them 🤡", want: "block"},
		{text: "Pro tip: if you show up 30 min late, don't act shocked when we reschedule you 🙃", want: "block"},
		{text: "Another drug seeker today.", want: "block"},
		{text: "Our team is here for you.", want: ""},
		{text: "Some patients think Google is a medical degree. Smh.", want: "block"},
		{text: "Another parent today insisted their kid needed antibiotics for a cold 🙄", want: "block"},
		{text: "Dear parents who show up 20 minutes late and still expect to be seen: the nerve.", want: "block"},
		{text: "Parents, don't panic: most fevers are harmless.", want: ""},
		{text: "Some people feel nervous about shots, and that is normal.", want: ""},
		{text: "Some people can't follow simple instructions before a fasting lab.", want: "block"},
		// Put-downs and contempt for a group, in any words (issue 11).
		{text: "To the lady who yelled at our front desk over a 10 minute wait: grow up.", want: "block"},
		{text: "Anti-vax parents, take your nonsense somewhere else. We're done arguing with you people.", want: "block"},
		{text: "Growing up healthy starts with a checkup.", want: ""},
		{text: "We know a wait can be frustrating; thank you for your patience.", want: ""},
		{text: "To the one-star reviewer: maybe try showing up on time.", want: "block"},
		{text: "Congrats to our former patient who got into medical school!", want: ""},
		{text: "Parents, please read the instructions on the medicine box.", want: ""},
		{text: "Please be kind to our front desk team; they work hard for you.", want: ""},
	},
	"PROF-04": {
		{text: "Woke up to snow? We open at 10 today.", want: ""},
		{text: "This election matters for your health. Vote for candidates who protect the ACA.", want: "warn"},
		{text: "Remember to vote for the school levy.", want: "warn"},
		{text: "Remember your flu shot.", want: ""},
		{text: "Vote no on Issue 2 to protect our patients.", want: "warn"},
		{text: "Call your senator today and tell them to support the bill.", want: "warn"},
		{text: "Vote for us in the Readers' Choice awards!", want: ""},
		{text: "We close early on Election Day so our staff can vote.", want: "info"},
		{text: "Why we oppose the state budget cuts to doula coverage: call Sen. Ramos today.", want: "warn"},
		{text: "Email Sen. Ortiz and ask her to defeat the funding cuts.", want: "warn"},
		{text: "Call your insurance rep to check your coverage.", want: ""},
		{text: "Call your reps today and tell them to protect school nurses.", want: "warn"},
		{text: "Call your state rep and tell them to vote YES on HB 417!", want: "warn"},
		{text: "Election Day is Tuesday. Whoever you vote for, go vote!", want: "info"},
	},
	"PROF-05": {
		// Advice or a diagnosis answering someone tagged in public.
		{text: "@jo.runs sounds like a sprain, ice it and stay off it til Monday", want: "block"},
		{text: "@mark_t from what u describe it's probably a cold, no need to come in", want: "block"},
		{text: "@mark_t we can't give advice in the comments, please call the office!", want: ""},
		{text: "@maplefamilymed you should stop by our booth!", want: ""},
		{text: "To the gentleman in the blue truck asking about his cholesterol: cut the bacon and start a statin.", want: "block"},
		{text: "Dizzy? You should stop taking your blood pressure pills.", want: "warn"},
		{text: "Talk to your doctor before changing any medicine.", want: ""},
		{text: "To the dad who called about his son's fever: alternate Tylenol and Motrin every 3 hours.", want: "block", match: "To the dad"},
		{text: "To the families who came to our health fair: thank you!", want: ""},
	},
	"PROF-06": {
		{text: "DM us your symptoms!", want: "block"},
		{text: "Comment below with your date of birth to win.", want: "block"},
		{text: "Please call us instead of posting health questions.", want: ""},
	},
	"PROF-07": {
		{text: "HUGE NEWS TODAY FOLKS!!! Come see us.", want: "info"},
		{text: "Big news today. Come see us!", want: ""},
		{text: "FLU SHOTS ARE HERE. WALK IN ANY TIME THIS WEEK. NO APPOINTMENT NEEDED.", want: "warn"},
		{text: "NEW hours: we now open at 7 am on Mondays.", want: ""},
		// Text too hard to read: shorthand and numbers for letters.
		{text: "h0liday h0urs: m0n 8-5, tue cl0sed, w3d 9-3, ask fr0nt d3sk 4 th3 r3st", want: "warn"},
		{text: "ok so like tmrw w/ dr f n shawn 4 the thing, pls ck w bk ofc b4 u go", want: "warn"},
		{text: "thank u! pls call us or book online, we have evening hrs thru friday", want: ""},
		{text: "Our H1N1 and COVID19 shots are in; B12 injections too.", want: ""},
		{text: "#tbt #mcm #wcw to our 2019 team photo, see bit.ly/xkcd or @drs_lmnt", want: ""},
	},
	"PROF-08": {
		{text: "Book your apointment today.", want: "info"},
		{text: "Book your appointment today.", want: ""},
	},
	"PROF-09": {
		{text: "Some days feel like there's no point in going on. If you feel that way, talk to someone.", want: "warn"},
		{text: "some days u just feel like giving up and disappearing. take care of ur mental health", want: "warn"},
		{text: "If there's no point in going on for you right now, call or text 988.", want: ""},
		{text: "Chest pain after shoveling? Rest and take an aspirin.", want: "warn"},
		{text: "Chest pain? Call 911 right away.", want: ""},
		{text: "Quitting smoking lowers your risk of heart disease, stroke and cancer.", want: ""},
		{text: "Walking helps prevent heart attack and stroke.", want: ""},
		{text: "Keep your blood pressure down to cut your stroke risk.", want: ""},
		{text: "Know the warning signs of a stroke: face drooping and slurred speech.", want: "warn"},
		{text: "If you are thinking about suicide, please reach out to someone.", want: "warn"},
		{text: "If you are thinking about suicide, call 911.", want: "warn"},
		{text: "If you or someone you love is thinking about suicide, call or text 988.", want: ""},
		// Texting forms of the same words.
		{text: "ngl some days this job makes me wanna die lol", want: "warn"},
		{text: "Our neighbor took his own life last spring; we miss him.", want: "warn"},
		{text: "Some days I don't want to be alive.", want: "warn"},
		{text: "if ur having thoughts of hurting urself after the baby, u r not alone", want: "warn"},
	},
	"READ-01": {
		{text: "Immunization against influenza is recommended annually for individuals aged six months and older, particularly those with chronic cardiopulmonary conditions. Consult your healthcare professional regarding contraindications, potential adverse reactions, and appropriate scheduling considerations.", want: "warn"},
		{text: "Get your flu shot every year. It is safe for most people. It helps you and your kids stay well. Call us to book a time that works for you. We are open six days a week. See you soon!", want: ""},
		{text: "Immunization against influenza is recommended annually for individuals aged six months and older.", want: ""},
		// A reply to a review is no patient material: its grade is noted.
		{text: "We understand how frustrating that experience must have been. We're not able to discuss anyone's prescriptions publicly, but please contact our practice administrator so we can explain our refill policies.", review: "★ Wouldn't refill my prescription. Ridiculous.", want: "info"},
		// Long names of partners and places are not what makes a post hard.
		{text: "Thank you to Kessler Feed & Seed, the Bridgewater Stockgrowers Cooperative and Northwestern Montana Agricultural Extension for sponsoring the kids' safety booth at the Riverside County Fairgrounds this year. The kids loved the reflective halters and the free water bottles.", want: "info"},
		{text: "Dr. Alessandra Montgomery-Okonkwo's orthopedic clinic visits Stillwater Community Hospital every second Wednesday. She drives from Missoula, so please keep your appointment or call us to cancel. Thank you for helping us keep the day full.", want: "info"},
		{text: "We're hiring a full-time medical receptionist with excellent communication skills, scheduling experience and familiarity with electronic health records. Competitive compensation, comprehensive benefits and professional development opportunities are available. Apply today.", want: "info"},
		// The grade is the mean of the two formulas (COMPLIANCE.md): short
		// sentences of long words, which Coleman-Liau alone puts at 10 and
		// Flesch-Kincaid at 4.
		{text: "Thanks for your patience this month. We're adding afternoon appointments and weekend flu clinics, so waits should get shorter soon. Questions? Give our front desk a call anytime this week.", want: "info"},
		{text: "Please welcome Dr. Anita Patel, who joins our practice after completing residency training in comprehensive family medicine. Dr. Patel specializes in preventive cardiology, diabetes management and adolescent healthcare. Appointments are available immediately.", want: "info"},
	},
	"READ-02": {
		{text: "Hypertension is common.", want: "info"},
		{text: "High blood pressure is common.", want: ""},
	},
	"READ-03": {
		{text: "The vaccine is given in two doses.", want: "info"},
		{text: "We give the vaccine in two doses.", want: ""},
	},
	"PLAT-02": {
		{text: "Congrats to @jenny_runs on her race!", want: "warn"},
		{text: "Follow @maplefamilymed for tips.", want: ""},
	},
	"MIS-01": {
		// A remedy said to unclog arteries or flush cholesterol; fluoride
		// said to weaken; the flu shot giving a child the flu.
		{text: "Coconut oil reverses clogged arteries. Three tablespoons a day.", want: "block"},
		{text: "Our aunties' tea flushes cholesterol out of your blood in 7 days.", want: "block"},
		{text: "No, coconut oil does not unclog arteries.", want: "warn"},
		{text: "Statins lower cholesterol and cut heart attack risk.", want: ""},
		{text: "Fluoride in the water weakens your bones.", want: "block"},
		{text: "Heads up, parents: the flu shot can give your kid the flu.", want: "block"},
		// Myths of other writers: feeding a cold, catching the flu from
		// the shot.
		{text: "Feed a cold, starve a fever!", want: "block"},
		{text: "You can catch the flu from the flu shot, so skip it.", want: "block"},
		{text: "True or false: you can catch the flu from the flu shot. FALSE!", want: "warn"},
		{text: "It's a myth that you should feed a cold and starve a fever.", want: "warn"},
		// Stated as true: block.
		{text: "Vaccines cause autism.", want: "block"},
		{text: "Fact: the MMR shot causes autism.", want: "block"},
		{text: "It's not a myth: vaccines cause autism.", want: "block"},
		{text: "Do vaccines cause autism? Yes.", want: "block"},
		{text: "We believe vaccines cause autism.", want: "block"},
		{text: "Take antibiotics for your cold so it clears up faster.", want: "block"},
		{text: "Fluoride in the water is poisoning our kids.", want: "block"},
		{text: "You don't need a measles shot if you eat well.", want: "block", match: "don't need a measles shot if you eat"},
		{text: "Vaccines contain microchips to track you.", want: "block"},
		{text: "The flu shot gives you the flu.", want: "block"},
		// Framed as false: a doctor checks the wording.
		{text: "Myth: vaccines cause autism. Fact: they do not.", want: "warn"},
		{text: "No, the MMR shot does not cause autism.", want: "warn"},
		{text: "There is no evidence that the MMR shot causes autism.", want: "warn"},
		{text: "Myth vs fact: vaccines cause autism?", want: "warn"},
		{text: "Do vaccines cause autism? No. Dozens of studies show they don't.", want: "warn"},
		{text: "Some parents worry that the MMR shot causes autism. Large studies show it does not.", want: "warn"},
		{text: "The idea that vaccines cause autism is a myth.", want: "warn"},
		{text: "Eating well does not mean you can skip the measles shot.", want: "warn"},
		{text: "Myth: you don't need a measles shot if you eat well. Fact: good food does not stop measles.", want: "warn"},
		// The facts these myths mirror, said plainly, are health
		// education (session 18, mythmirror17.go); framed as an answer
		// they warn.
		{text: "The flu shot can't give you the flu.", want: ""},
		{text: "Colds are caused by viruses, and antibiotics only work on bacteria.", want: ""},
		{text: "No, the flu shot can't give you the flu.", want: "warn"},
		{text: "Myth: antibiotics cure colds. Fact: colds are caused by viruses, and antibiotics only work on bacteria.", want: "warn"},
		{text: "Claim: vaccines cause autism. Reality: they don't.", want: "warn"},
		{text: "❌ Vaccines cause autism ✅ Vaccines prevent measles", want: "warn"},
		{text: "Contrary to popular belief, cold weather does not cause colds.", want: "warn"},
		{text: "Your cold doesn't need antibiotics.", want: "warn"},
		{text: "Doctors won't tell you this, but vaccines cause autism.", want: "block"},
		{text: "Don't let anyone tell you otherwise: vaccines cause autism.", want: "block"},
		{text: "Kids who get all their shots are more likely to be autistic.", want: "block"},
		{text: "Vitamin C and elderberry work better than the flu shot.", want: "block"},
		{text: "Vaccines are full of toxins like mercury and formaldehyde.", want: "block"},
		{text: "Ask for a Z-Pak to clear up your cold.", want: "block"},
		{text: "The amount of aluminum in vaccines is smaller than in breast milk.", want: ""},
		{text: "Vaccines and autism: there is no link.", want: "warn"},
		{text: "Myth buster: the MMR vaccine and autism.", want: "warn"},
		{text: "We don't give shots and autism screenings on the same day.", want: ""},
		// Common myths of parents, dentists and wellness posts, stated as fact.
		{text: "Teething always brings on a high fever, so don't worry if it hits 103.", want: "block"},
		{text: "Rub a little brandy on the gums for teething pain.", want: "block"},
		{text: "A spoon of cereal in the bottle helps your baby sleep through the night.", want: "block"},
		{text: "Nursing moms can't get pregnant, so no rush on the IUD.", want: "block"},
		{text: "Breastfeeding is nature's birth control.", want: "block"},
		{text: "Yellow mucus means a bacterial infection that needs antibiotics.", want: "block"},
		{text: "Fluoride in tap water causes thyroid problems and ADHD.", want: "block"},
		{text: "Oil pulling will heal your cavities in a month.", want: "block"},
		{text: "Only rusty nails can give you tetanus.", want: "block"},
		{text: "This detox tea flushes toxins out of your kidneys.", want: "block"},
		{text: "Apple cider vinegar cures a UTI in two days.", want: "block"},
		{text: "A base tan protects you from sunburn all summer.", want: "block"},
		{text: "Darker skin doesn't need sunscreen.", want: "block"},
		{text: "Depression is just a choice; snap out of it.", want: "block"},
		{text: "Try our detox tea!", want: ""},
		{text: "Honey helps a cough in kids over 1.", want: ""},
		{text: "Baby teeth don't matter because they fall out anyway.", want: "block"},
		{text: "El té de manzanilla quita los cólicos del bebé.", want: "block"},
		{text: "Our hygienist says it all the time: oil pulling reverses cavities.", want: "block"},
		{text: "If you eat well, you don't need a measles shot.", want: "block"},
		{text: "Our midwife says it every week: if you're nursing you can't get pregnant.", want: "block"},
		{text: "Parents ask if teething causes fevers. It doesn't.", want: "warn"},
		{text: "Heard at the diner: \"you can't get tetanus from a clean nail.\" Not true, folks!", want: "warn"},
		{text: "reminder that the flu shot can give u the flu, so rest up after", want: "block"},
		{text: "Fluoride is a neurotoxin, so we sell fluoride-free toothpaste 🦷🚫", want: "block"},
		{text: "Root canals cause cancer, so we pull teeth instead.", want: "block"},
		{text: "Vaping is harmless, it's just water vapor.", want: "block"},
		{text: "Reading in dim light will ruin your eyesight.", want: "block"},
		{text: "A high fever causes brain damage, so treat every fever right away.", want: "block"},
		{text: "An IUD causes infertility.", want: "block"},
		{text: "COVID is just the flu.", want: "block"},
		{text: "Only men get heart attacks.", want: "block"},
		// Education about the same subjects.
		{text: "Vaping is not harmless: it delivers nicotine to teen brains.", want: "warn"},
		{text: "A root canal saves your natural tooth.", want: ""},
		{text: "Fevers help the body fight infection; call us if your baby is under 3 months.", want: ""},
		{text: "Sugary drinks raise your risk of type 2 diabetes.", want: ""},
		{text: "Wait 15 minutes after sunscreen before you swim.", want: ""},
		{text: "Epidiolex, a CBD medicine, is FDA-approved for some seizures.", want: ""},
		{text: "Women have heart attacks too, and the signs can differ.", want: ""},
		{text: "Crossing your legs causes varicose veins, ladies!", want: "block"},
		{text: "Antibiotics clear up warts fast.", want: "block"},
		{text: "Tanning beds give you a base tan that protects you from burning.", want: "block"},
		{text: "The fluoride in tap water is what's causing your adult acne.", want: "block"},
		// A myth heading quotes a myth, listed or not.
		{text: "Myth: you only need sunscreen in summer. Fact: UVA comes through clouds all year.", want: "warn"},
		{text: "MYTH vs FACT: therapy means something is wrong with you? No, it is a tool.", want: "warn"},
		{text: "myth #3: retinol thins your skin. fact: it thickens it over time.", want: "warn"},
		{text: "It's not a myth: sunscreen matters in winter too.", want: ""},
		{text: "Read our myth-busting guide to sunscreen.", want: ""},
		// ...and framed as myths.
		{text: "Myth: teething causes high fevers. Fact: a fever over 100.4 is something else.", want: "warn"},
		{text: "Mito: el té de anís quita los cólicos. Realidad: babies under 6 months need only milk.", want: "warn"},
		{text: "No, fluoride does not cause ADHD.", want: "warn"},
		{text: "Myth: you can't get pregnant while breastfeeding. Fact: you can.", want: "warn"},
		// Education that names no myth.
		{text: "Ask us about birth control that is safe while nursing.", want: ""},
		{text: "Fluoride varnish helps keep cavities away in little teeth.", want: ""},
		{text: "Teething can make babies cranky; call us for a fever over 100.4.", want: ""},
		// Not the claim at all.
		{text: "Vaccines protect kids from measles.", want: ""},
		{text: "We screen for autism at the 18-month visit, the same visit as the MMR shot.", want: ""},
		{text: "Antibiotics treat bacterial infections like strep; colds are caused by viruses.", want: ""},
		{text: "Call poison control if your child swallows a lot of fluoride toothpaste.", want: ""},
		{text: "The flu shot gives you the best protection against the flu.", want: ""},
		{text: "Our COVID vaccine clinic is open Saturday.", want: ""},
	},
	"MIS-02": {
		{text: "Our filler is completely safe.", want: "warn"},
		{text: "Our filler is safe for most adults.", want: ""},
		{text: "No treatment is 100% safe, but vaccines are very safe.", want: ""},
	},
	"MIS-03": {
		{text: "What doctors don't want you to know about sugar.", want: "warn"},
		{text: "What you should know about sugar.", want: ""},
		// Advice to cover up is no cover-up.
		{text: "Use repellent and cover up at dusk.", want: ""},
		{text: "The government cover-up of vaccine injuries is real.", want: "warn"},
	},
	"MIS-04": {
		{text: "Sugar causes diabetes.", want: "info"},
		{text: "Sugar causes diabetes, says cdc.gov.", want: ""},
	},
}

// TestRuleTables runs each rule's table: the rule must report exactly the
// wanted severity (the highest of its findings), or nothing.
func TestRuleTables(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	for _, r := range rules {
		table, ok := ruleTables[r.id]
		// The channel rules need a channel: PLAT-01 is tested in
		// TestChannelsAndVariants, PLAT-03 and PLAT-04 in TestGoogleRules,
		// PLAT-05 in TestContentWarningRule, PLAT-06 to PLAT-08 in
		// TestCountingRules.
		if !ok && !slices.Contains([]string{"PLAT-01", "PLAT-03", "PLAT-04", "PLAT-05", "PLAT-06", "PLAT-07", "PLAT-08"}, r.id) {
			t.Errorf("%s has no table", r.id)
			continue
		}
		t.Run(r.id, func(t *testing.T) {
			for _, tc := range table {
				rep := c.Check(context.Background(), Draft{Text: tc.text, ReviewText: tc.review, Now: now})
				var got post.Severity
				matched := tc.match == ""
				for _, f := range rep.Findings {
					if f.Rule != r.id {
						continue
					}
					if severityRank(f.Severity) > severityRank(got) {
						got = f.Severity
					}
					matched = matched || f.Match == tc.match
					if f.Match != tc.text[f.Start:f.End] && f.End > f.Start {
						t.Errorf("%q: match %q is not the span %d-%d", tc.text, f.Match, f.Start, f.End)
					}
				}
				if got != tc.want {
					t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
				}
				if !matched {
					t.Errorf("%q: no finding matches %q", tc.text, tc.match)
				}
			}
		})
	}
}

func TestHardIdentifiersCannotBeOverridden(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	rep := c.Check(context.Background(), Draft{Text: "SSN 536-22-1234. Guaranteed results!"})
	un := rep.Unoverridable()
	if len(un) != 1 || un[0].Rule != "PRIV-01" {
		t.Fatalf("unoverridable = %+v, want the SSN only", un)
	}
	if b := rep.Blocking(); len(b) != 2 {
		t.Fatalf("blocking = %d findings, want 2", len(b))
	}
	if rep.Verdict != post.VerdictBlock {
		t.Fatalf("verdict %s", rep.Verdict)
	}
}

// TestPatientIdentifyingFindingsNeedAuthorization: the block findings that
// point at a patient carry the authorization uses a reviewer's override
// needs; the others (a guarantee, a date away from any patient) do not.
func TestPatientIdentifyingFindingsNeedAuthorization(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	story := []post.Use{post.UseStory, post.UseTestimonial}
	tests := []struct {
		name string
		d    Draft
		want map[string][]post.Use // rule → Authorize of its block finding; nil: a reason is enough
	}{
		{"birthday of a named patient", Draft{Text: "Happy 91st birthday to our patient Rosa Delgado, DOB 03/14/1935"},
			map[string][]post.Use{"PRIV-06": story, "PRIV-10": story, "PRIV-05": story}},
		{"age over 89 with no patient", Draft{Text: "Our town's oldest resident, a retired teacher, is 95 years old and still walks to the library."},
			map[string][]post.Use{"PRIV-06": nil}},
		{"a guarantee", Draft{Text: "Our clinic guarantees a cure for back pain!"},
			map[string][]post.Use{"CLAIM-01": nil}},
		{"image of a patient", Draft{Text: "Great day at the clinic.", Media: []post.Media{{Name: "knee.jpg", ShowsPatient: true}}},
			map[string][]post.Use{"PRIV-13": {post.UsePhoto}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.d.Now = now
			rep := c.Check(context.Background(), tt.d)
			got := map[string][]post.Use{}
			for _, f := range rep.Findings {
				if f.Severity == post.SeverityBlock {
					got[f.Rule] = f.Authorize
				} else if len(f.Authorize) > 0 {
					t.Errorf("%s (%s) asks for an authorization; only overridable block findings are overridden", f.Rule, f.Severity)
				}
			}
			for rule, uses := range tt.want {
				g, ok := got[rule]
				if !ok {
					t.Errorf("%s did not block: %+v", rule, rep.Findings)
					continue
				}
				if !slices.Equal(g, uses) {
					t.Errorf("%s Authorize = %v, want %v", rule, g, uses)
				}
			}
		})
	}
}

// TestRaisedRuleKeepsItsIdentifying: a practice that makes a patient-context
// warning block (PRIV-14, rarity) gets a finding only the patient's
// authorization can wave through, not a reason alone.
func TestRaisedRuleKeepsItsIdentifying(t *testing.T) {
	p := testProfile()
	p.Severity = map[string]post.Severity{"PRIV-14": post.SeverityBlock}
	c, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	rep := c.Check(context.Background(), Draft{Text: "Our patient was the first in the state to get this implant."})
	for _, f := range rep.Findings {
		if f.Rule == "PRIV-14" {
			if f.Severity != post.SeverityBlock || !slices.Equal(f.Authorize, patientUses) {
				t.Fatalf("PRIV-14 raised to block: %s, Authorize %v", f.Severity, f.Authorize)
			}
			return
		}
	}
	t.Fatalf("no PRIV-14 finding: %+v", rep.Findings)
}

func TestNewRejectsBadSettings(t *testing.T) {
	tests := []struct {
		name string
		p    Profile
		want string
	}{
		{"unknown disabled rule", Profile{Disabled: []string{"PRIV-99"}}, `"PRIV-99"`},
		{"unknown severity rule", Profile{Severity: map[string]post.Severity{"NOPE-1": "warn"}}, `"NOPE-1"`},
		{"bad severity", Profile{Severity: map[string]post.Severity{"CLAIM-02": "loud"}}, `"loud"`},
		{"lowering a hard identifier", Profile{Severity: map[string]post.Severity{"PRIV-02": "warn"}}, "PRIV-02"},
		{"extra rules: unknown list", Profile{ExtraRules: []byte("[CLAIM-42]\nfoo\n")}, "line 1"},
		{"extra rules: phrase before header", Profile{ExtraRules: []byte("\n\nmiracle water\n")}, "line 3"},
		{"extra rules: version", Profile{ExtraRules: []byte("version 9\n")}, "line 1"},
		{"extra rules: open header", Profile{ExtraRules: []byte("[CLAIM-03\n")}, "line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.p)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one naming %s", err, tt.want)
			}
		})
	}
}

func TestProfileSettings(t *testing.T) {
	ctx := context.Background()
	text := "Our miracle tea is the best tea in town."
	base, _ := New(testProfile())
	p := testProfile()
	p.Disabled = []string{"CLAIM-03"}
	p.Severity = map[string]post.Severity{"CLAIM-02": post.SeverityBlock}
	p.ExtraRules = []byte("# our own\n[CLAIM-03]\nmagic tea\n")
	custom, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	if base.Ruleset() == custom.Ruleset() || !strings.HasPrefix(custom.Ruleset(), "2026.") {
		t.Fatalf("rulesets %s and %s", base.Ruleset(), custom.Ruleset())
	}
	rep := custom.Check(ctx, Draft{Text: text})
	for _, f := range rep.Findings {
		if f.Rule == "CLAIM-03" {
			t.Errorf("disabled rule reported: %+v", f)
		}
		if f.Rule == "CLAIM-02" && f.Severity != post.SeverityBlock {
			t.Errorf("severity override not applied: %+v", f)
		}
	}
	p.Disabled = nil
	extra, _ := New(p)
	rep = extra.Check(ctx, Draft{Text: "Try our magic tea."})
	if !hasRule(rep, "CLAIM-03") {
		t.Errorf("extra phrase not matched: %+v", rep.Findings)
	}
	// State rules: Illinois blocks testimonials.
	p = testProfile()
	p.State = "IL"
	il, _ := New(p)
	rep = il.Check(ctx, Draft{Text: "Read our newest patient success story on the blog."})
	if rep.Verdict != post.VerdictBlock {
		t.Errorf("IL testimonial verdict %s, want block", rep.Verdict)
	}
}

func hasRule(r Report, id string) bool {
	for _, f := range r.Findings {
		if f.Rule == id {
			return true
		}
	}
	return false
}

func TestAuthorizationAndMedia(t *testing.T) {
	c, _ := New(testProfile())
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	photo := []post.Media{{Name: "knee.jpg", ShowsPatient: true}}
	testimonial := "\"My knee pain is gone!\" - Maria G."
	current := &post.Authorization{Uses: []post.Use{post.UsePhoto, post.UseTestimonial}, Granted: now.AddDate(0, -1, 0)}
	expired := &post.Authorization{Uses: []post.Use{post.UsePhoto, post.UseTestimonial}, Granted: now.AddDate(-2, 0, 0), Expires: now.AddDate(0, 0, -1)}
	photoOnly := &post.Authorization{Uses: []post.Use{post.UsePhoto}, Granted: now.AddDate(0, -1, 0)}
	revoked := &post.Authorization{Uses: []post.Use{post.UsePhoto, post.UseTestimonial}, Granted: now.AddDate(0, -1, 0), Revoked: true}
	tests := []struct {
		name  string
		d     Draft
		priv  bool // PRIV-13 expected
		media post.Severity
	}{
		{"photo without authorization", Draft{Text: "Great day at the clinic.", Media: photo}, true, post.SeverityWarn},
		{"photo with authorization", Draft{Text: "Great day at the clinic.", Media: photo, Authorization: current}, false, post.SeverityWarn},
		{"photo with expired authorization", Draft{Text: "Great day at the clinic.", Media: photo, Authorization: expired}, true, post.SeverityWarn},
		{"photo not of a patient", Draft{Text: "Our new lobby.", Media: []post.Media{{Name: "lobby.jpg"}}}, false, post.SeverityInfo},
		{"named testimonial", Draft{Text: testimonial}, true, ""},
		{"named testimonial, authorized", Draft{Text: testimonial, Authorization: current}, false, ""},
		{"named testimonial, photo-only authorization", Draft{Text: testimonial, Authorization: photoOnly}, true, ""},
		{"named testimonial, revoked", Draft{Text: testimonial, Authorization: revoked}, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.d.Now = now
			rep := c.Check(context.Background(), tt.d)
			if got := hasRule(rep, "PRIV-13"); got != tt.priv {
				t.Errorf("PRIV-13 = %v, want %v: %+v", got, tt.priv, rep.Findings)
			}
			var media post.Severity
			for _, f := range rep.Findings {
				if f.Rule == "PRIV-12" && f.Match != "" && strings.HasSuffix(f.Match, ".jpg") {
					media = f.Severity
				}
			}
			if media != tt.media {
				t.Errorf("PRIV-12 media severity %q, want %q", media, tt.media)
			}
		})
	}
}

func TestChannelsAndVariants(t *testing.T) {
	c, _ := New(testProfile())
	long := strings.Repeat("Wash your hands. ", 20) // 340 characters
	d := Draft{
		Text:     long,
		Variants: map[string]string{"x": "Wash your hands! Call Jim at (312) 555-7788."},
		Channels: []Target{target("x", "x"), target("li", "linkedin"), target("fb", "facebook"), target("m", "manual")},
	}
	rep := c.Check(context.Background(), d)
	if fit := rep.Channels["x"]; !fit.Fits || fit.Limit != 280 {
		t.Errorf("x fit %+v", fit)
	}
	if fit := rep.Channels["li"]; !fit.Fits || fit.WeightedLength != len(long) {
		t.Errorf("linkedin fit %+v", fit)
	}
	if fit := rep.Channels["m"]; fit.Limit != 0 || !fit.Fits {
		t.Errorf("manual fit %+v", fit)
	}
	var phone *post.Finding
	for i, f := range rep.Findings {
		if f.Rule == "PRIV-02" {
			phone = &rep.Findings[i]
		}
	}
	if phone == nil || phone.Channel != "x" || d.Variants["x"][phone.Start:phone.End] != "(312) 555-7788" {
		t.Fatalf("phone in the x variant: %+v", phone)
	}
	// Without the variant, the long text goes to X and is too long there.
	d.Variants = nil
	rep = c.Check(context.Background(), d)
	var over *post.Finding
	for i, f := range rep.Findings {
		if f.Rule == "PLAT-01" {
			over = &rep.Findings[i]
		}
	}
	if over == nil || over.Channel != "x" || rep.Verdict != post.VerdictBlock || rep.Channels["x"].Fits {
		t.Fatalf("PLAT-01: %+v, verdict %s", over, rep.Verdict)
	}
	if fit := length("x", long[:over.Start]); fit > 280 || length("x", long[:over.Start+1]) <= 280 {
		t.Errorf("overflow starts at %d (prefix length %d)", over.Start, fit)
	}
	for _, tt := range []struct {
		kind string
		text string
		want int
	}{{"linkedin", "héllo 👋", 8}, {"facebook", "abc", 3}, {"x", "héllo 👋", 8}} {
		if got := length(tt.kind, tt.text); got != tt.want {
			t.Errorf("length(%s, %q) = %d, want %d", tt.kind, tt.text, got, tt.want)
		}
	}
}
