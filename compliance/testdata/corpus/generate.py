# Generates posts.jsonl: templates with varied slots plus hand-written cases,
# labelled by hand (verdict and the warn/block rule ids a reviewer expects).
# Run from this directory: python3 generate.py
import json, random
random.seed(20261127)
R=random.choice
first=["Maria","James","Linda","Robert","Aisha","Carlos","Emily","David","Priya","Thomas","Nancy","Kevin M","Olivia","Daniel","Fatima","George","Hannah","Luis","Megan","Samuel"]
first=[f for f in first if " " not in f]
last=["Garcia","Nguyen","Okafor","Miller","Kowalski","Hernandez","Brooks","Yamamoto","Schultz","Reyes","Campbell","Foster","Ibrahim","Walsh"]
conds=["a broken wrist","pneumonia","a deep cut on his hand","kidney stones","a severe asthma attack","shingles","a dislocated shoulder","strep throat","a bad burn","appendicitis"]
tips=[
"Drink water through the day, not just when you feel thirsty. Kids need more on hot days.",
"Wash your hands for 20 seconds with soap and water, especially before eating.",
"Wear sunscreen with SPF 30 or higher and put more on every two hours at the pool.",
"Adults need 7 to 9 hours of sleep. Try to keep the same bedtime on weekends.",
"A walk after dinner helps your blood sugar. Even ten minutes counts.",
"Brush twice a day with fluoride toothpaste and floss once a day.",
"Flu season is here. Everyone 6 months and older should get a flu vaccine each year.",
"Allergy season is starting. Keep windows closed on windy days and shower after being outside.",
"Heat can be dangerous for older adults and babies. Check on neighbors who live alone.",
"Swap one sugary drink a day for water and you cut a lot of sugar from your week.",
"Keep medicines locked up and out of reach of children.",
"Screen time before bed makes it harder to fall asleep. Put phones away an hour before bed.",
"Stretch before and after you exercise to lower the chance of a strain.",
"Eat a rainbow: fruits and vegetables of different colors give you different vitamins.",
"Check your smoke and carbon monoxide alarms when the clocks change.",
"Wear a helmet every time you ride a bike or scooter.",
"Replace your toothbrush every three months, or after you have been sick.",
"Stay home when you are sick so you do not spread germs at work or school.",
"Take breaks from sitting. Stand up and move every half hour.",
"Talk to us about which screenings are right for your age.",
]
tail=["See you soon!","Questions? Call (614) 555-2368.","Book online at maplefamilymed.com.","Stay well, Columbus!","","Your health matters to us.","We are here to help."]
holidays=[("Monday, May 25","Memorial Day"),("Friday, July 3","Independence Day"),("Monday, September 7","Labor Day"),("Thursday, November 26","Thanksgiving"),("December 24 and 25","the holidays"),("Monday, January 18","Martin Luther King Jr. Day")]
rows=[]
def add(text, verdict, rules, review="", kind=""):
    rows.append({"text":text,"review":review,"verdict":verdict,"rules":sorted(set(rules)),"kind":kind})

# ---------------- clean posts
for t in tips:
    add(t+" "+R(tail), "pass", [], kind="tip")
for t in random.sample(tips,12):
    add(R(["Tip of the week: ","Health tip: ","Did you know? ",""])+t, "pass", [], kind="tip")
for d,h in holidays:
    add(f"Our office will be closed {d} for {h}. For urgent needs, call (614) 555-2368 and follow the prompts. If it is an emergency, call 911.", "pass", [], kind="hours")
    add(f"Holiday hours: we close at noon on {d}. Regular hours resume the next business day. Happy {h}!", "pass", [], kind="hours")
for day in ["Saturday, October 10","Saturday, Oct 17","Sunday, Oct 25","Saturday, November 7"]:
    add(f"Flu shot clinic on {day}, 9 am to 1 pm, at our office at 1200 Oak Street, Suite 4. Walk-ins welcome. Bring your insurance card.", "pass", [], kind="event")
    add(f"Join our nurses at the Westside Library, 45 Elm Street, on {day} for a blood pressure check and healthy snack ideas.", "pass", [], kind="event")
for s in ["Kevin Tran","Sarah Lopez"]:
    add(f"Please welcome {s} to Maple Family Medicine! You will see a friendly face at the front desk. Say hi on your next visit.", "pass", [], kind="staff")
    add(f"Happy work anniversary to {s}! Five years of kindness and hard work. Thank you for all you do.", "pass", [], kind="staff")
add("Welcome Dr. Marcus Greene to our team. Dr. Greene sees children and adults and is taking new patients. Call (614) 555-2368 to book.", "pass", [], kind="staff")
add("Dr. Anita Patel will be at a conference next week. Dr. Greene will cover her patients. Our hours do not change.", "pass", [], kind="staff")
add("Meet our team! Dr. Anita Patel, Dr. Marcus Greene, Sarah Lopez, RN and Kevin Tran keep things running every day.", "pass", [], kind="staff")
for i in range(6):
    add(R(["Need an appointment? ","New patients welcome! ","Same-day sick visits available. "])+R(["Call (614) 555-2368","Call us at 614-555-2368","Phone (614) 555-2368"])+R([" or visit maplefamilymed.com."," or stop by 1200 Oak Street, Suite 4, Columbus, OH 43215."," or email frontdesk@maplefamilymed.com."]), "pass", [], kind="contact")
myths=[
("Myth: vaccines cause autism. Fact: many large studies have found no link between vaccines and autism.",),
("Myth: the flu shot gives you the flu. Fact: the shot has no live virus that can make you sick.",),
("Can mRNA vaccines change your DNA? No. The mRNA never enters the part of the cell where DNA is kept.",),
("Myth busting Monday: antibiotics do not cure colds. Colds are caused by viruses, and antibiotics only work on bacteria.",),
("Myth: 5G spreads COVID. Fact: viruses cannot travel on radio waves.",),
("There is no evidence that drinking bleach cures anything. It is poison. Please call poison control at 1-800-222-1222 if someone swallows it.",),
("Fact check: the HPV vaccine does not cause infertility. It prevents cancers later in life.",),
("Myth: sunscreen causes cancer. Fact: sunscreen lowers your risk of skin cancer.",),
]
# A myth-busting post quotes the myth: it goes to a doctor (MIS-01 warn),
# who checks the fact is stated clearly; only the myth said as true blocks.
for (m,) in myths:
    add(m+" Questions? Ask us at your next checkup.", "review", ["MIS-01"], kind="myth")
    add(R(["Let's clear something up. ","We hear this a lot. ","Myth vs fact. "])+m, "review", ["MIS-01"], kind="myth")
clean_replies=[
"Thank you for the kind words! Our team works hard and it means a lot to hear this.",
"Thank you for taking the time to share your feedback. We would like to learn more. Please call our office manager at (614) 555-2368.",
"We are sorry to hear this. We can't discuss anyone's care online, but we want to make it right. Please call us at (614) 555-2368.",
"Thanks so much! We will pass your note along to the whole team.",
"We appreciate your feedback. Please reach out to us directly at (614) 555-2368 so we can talk.",
"Thank you! We are glad you found us friendly and easy to reach.",
]
reviews_pos=["Best doctor's office in Columbus! Everyone is so friendly.","Quick check-in, friendly staff, nice clean office.","Dr. Patel really listens. Highly recommend.","Front desk was super helpful with scheduling."]
reviews_neg=["Waited over an hour and nobody told me why. Terrible.","They billed me twice and nobody calls back.","Rude receptionist. Will not be back.","Doctor barely looked at me and rushed me out."]
for r in clean_replies:
    add(r, "pass", [], review=R(reviews_pos+reviews_neg), kind="reply")
    add(r+" "+R(["Take care!","Wishing you well.","- The Maple Family Medicine team"]), "pass", [], review=R(reviews_pos+reviews_neg), kind="reply")
# more clean, hand-written
for t in [
"Back to school checklist: sports physicals, updated shots and a vision check. Book early, August fills up fast.",
"Our parking lot will be repaved on Saturday, June 13. Please use the street parking on Elm that day.",
"We now offer evening hours on Tuesdays and Thursdays until 7 pm.",
"Thank you, Columbus, for voting us a favorite family practice in the 2025 Readers' Choice awards by Columbus Monthly.",
"Feeling stressed? A short walk, a call with a friend, or a few slow breaths can help. If you are struggling, talk to us.",
"Did you know that regular dental checkups can catch problems early? Ask us for a referral.",
"Our new patient portal is live. Log in at maplefamilymed.com/portal to see your appointments.",
"Winter tip: dress in layers, and watch for frostbite signs like numb, pale skin on fingers and toes.",
"We are hiring a medical assistant. Apply at maplefamilymed.com/careers.",
"Reminder: bring a list of your medicines to every visit, including vitamins.",
"Happy National Nurses Week to Sarah Lopez and all the nurses who keep our community healthy!",
"We celebrate our 10th year in the neighborhood this spring. Thank you for trusting us.",
"Kids' corner: read together for 20 minutes a day. It builds language skills and bonds.",
"The CDC has great tips on safe food handling at cdc.gov/foodsafety.",
"Going on a trip abroad? Some countries need vaccines. Come in 4 to 6 weeks before you travel.",
"Sore throat and fever? Call us for a same-day visit. Most sore throats get better on their own.",
"Spring cleaning? Take old medicines to a drug take-back site instead of the trash.",
"Quiet hour: the first hour on Wednesdays is kept calm and low-light for patients who need it.",
"Our lab now opens at 7 am, so you can get fasting blood work done before work.",
]:
    add(t, "pass", [], kind="misc")

# ---------------- violations
def ssn():
    while True:
        a=random.randint(1,665); g=random.randint(1,99); s=random.randint(1,9999)
        if a!=666: return f"{a:03d}-{g:02d}-{s:04d}"
def phone():
    return f"({random.randint(2,9)}{random.randint(0,9)}{random.randint(0,9)}) {random.randint(2,9)}{random.randint(10,99)}-{random.randint(1000,9999)}"
def luhn_card(prefix="4", n=16):
    d=[int(c) for c in prefix]+[random.randint(0,9) for _ in range(n-len(prefix)-1)]
    for c in range(10):
        t=d+[c]; s=0
        for i,v in enumerate(reversed(t)):
            if i%2==1:
                v*=2
                if v>9: v-=9
            s+=v
        if s%10==0:
            x="".join(map(str,t)); return " ".join(x[i:i+4] for i in range(0,len(x),4))
for i in range(8):
    n=R(first)
    add(R([f"Reminder for {n}: we need your SSN {ssn()} on file before Friday.",f"Found a wallet in the waiting room with SSN {ssn()} inside. Call us to claim it.",f"Please update the form: social security number {ssn()}."]), "block", ["PRIV-01"], kind="ssn")
    if rows[-1]["text"].startswith("Reminder for"):
        rows[-1]["rules"]=sorted(rows[-1]["rules"]+["PRIV-10"])  # a person named: at least review
for i in range(10):
    p=phone()
    add(R([f"Whoever left a blue jacket here, call {p} and we will hold it.",f"Mrs. {R(last)}, please call us back at {p} about your results.",f"Our patient asked us to share: text {p} if you found her dog.",f"Sign up for the fun run! Contact Jim at {p}."]), "block", ["PRIV-02"], kind="phone")
# fix labels for the ones with more rules
for r in rows:
    if r["kind"]=="phone" and r["text"].startswith("Mrs."):
        r["rules"]=sorted(set(r["rules"]+["PRIV-10"]))
    if r["kind"]=="phone" and r["text"].startswith("Our patient"):
        r["rules"]=sorted(set(r["rules"]+["PRIV-11"]))
for i in range(6):
    e=R(["jenny.k","mikeg1987","sunnyday22","bob.lee","t.ibrahim"])+"@"+R(["gmail.com","yahoo.com","outlook.com","aol.com"])
    add(R([f"Congrats to our raffle winner! Prize pickup details were sent to {e}.",f"If you know the family, please email {e} to help with meals.",f"Questions about the 5K? Email our volunteer at {e}."]), "block", ["PRIV-03"], kind="email")
for i in range(8):
    n,l,c=R(first),R(last),R(conds)
    add(R([f"{n} {l} came in this morning with {c}. We got {R(['him','her'])} fixed up in no time!",
           f"Shout out to our patient {n} {l}, who was treated for {c} and is already back on the soccer field!",
           f"Get well soon, {n}! You were so brave when we treated your {c.replace('a ','')} today."]), "block", ["PRIV-10","PRIV-11","PRIV-05"] , kind="name")
for r in rows[-8:]:
    t=r["text"]; rs=["PRIV-10"]
    if "this morning" in t or "today" in t: rs += ["PRIV-05","PRIV-11"]
    if "our patient" in t or "came in" in t: rs.append("PRIV-11")
    r["rules"]=sorted(set(rs))
for i in range(8):
    n,l=R(first),R(last)
    add(R([f"Mr. {l}'s daughter brought him in after his fall. He is doing great now.",
           f"Mrs. {l} was admitted last week with pneumonia, and we are so glad she is home.",
           f"Huge thanks to Ms. {l} for letting us treat her son's asthma. What a trooper."]), "block", ["PRIV-10"], kind="name2")
for r in rows[-8:]:
    if "last week" in r["text"]: r["rules"]=sorted(set(r["rules"]+["PRIV-05","PRIV-11"]))
for i in range(8):
    age=random.randint(90,104)
    add(R([f"Happy birthday to our {age}-year-old patient who still walks two miles a day!",
           f"At {age} years old, one of our patients just finished physical therapy. Amazing.",
           f"Our oldest patient turns {age} today. Born in {2026-age}, she has seen it all."]), "block", ["PRIV-06"], kind="age")
for r in rows[-8:]:
    t=r["text"]
    if "one of our patients" in t: r["rules"]=sorted(set(r["rules"]+["PRIV-11"]))
    if "today" in t: r["rules"]=sorted(set(r["rules"]+["PRIV-05","PRIV-11"]))
    if "oldest patient" in t: r["rules"]=sorted(set(r["rules"]+["PRIV-14"]))
for i in range(8):
    d=R(["March 3","3/14","June 21st","on 10/02/2025","Aug. 9"])
    add(R([f"Our patient was discharged {d} after a long stay. So proud of her!",
           f"A patient came in on {d} with a fishhook in his thumb. We removed it in 5 minutes.",
           f"She was diagnosed on {d}, and now she is cancer free."]), "block", ["PRIV-05"], kind="date")
for r in rows[-8:]:
    t=r["text"]
    if "Our patient" in t or "A patient came" in t: r["rules"]=sorted(set(r["rules"]+["PRIV-11"]))
for i in range(6):
    st=R(["418 Birch Lane","77 Maple Ave","2230 Riverside Drive","9 Hawthorn Court"])
    add(R([f"Our patient who lives at {st} asked neighbors to help with her yard while she recovers.",
           f"We treated a family from {st} for carbon monoxide poisoning. Check your alarms!"]), "block", ["PRIV-07"], kind="address")
for r in rows[-6:]:
    if "Our patient" in r["text"]: r["rules"]=sorted(set(r["rules"]+["PRIV-11"]))
for i in range(6):
    add(R([f"Lost and found: medical record MRN {random.randint(100000,9999999)} was left at the front desk.",
           f"Please use member ID {R(['W','XJ','H'])}{random.randint(10000000,999999999)} when you call the insurer.",
           f"Her Medicare number is 1EG4-TE5-MK{random.randint(10,99)}, please update the chart."]), "block", ["PRIV-08"], kind="record")
for i in range(5):
    add(R([f"Someone paid with card {luhn_card('4')} and forgot it here. Call us!",
           f"Payment for the charity run can go to account number {random.randint(10000000,999999999999)} at Buckeye Bank."]), "block", ["PRIV-09"], kind="card")
for i in range(4):
    add(R([f"Our portal had a login from {random.randint(11,223)}.{random.randint(0,255)}.{random.randint(0,255)}.{random.randint(1,254)} that we blocked.",]), "block", ["PRIV-04"], kind="ip")
for i in range(6):
    add(R(["A patient came in today with the worst sunburn we have ever seen. Please wear sunscreen!",
           "Case of the day: a toddler who swallowed a magnet. All is well, but keep small magnets away from kids.",
           "One of our patients told us she finally quit smoking after 30 years. So proud!",
           "We just delivered twins for one of our favorite families!"]), "review", ["PRIV-11"], kind="narrative")
for r in rows[-6:]:
    t=r["text"]
    if "today" in t: r["rules"]=sorted(set(r["rules"]+["PRIV-05"]))
    if "twins" in t: pass
for i in range(4):
    add(R(["Our patient was the first in the state to get this new knee implant.",
           "We treated a very rare case of tick paralysis in a patient this spring, the only one we have seen."]), "review", ["PRIV-14"], kind="rare")
for r in rows[-4:]:
    if "Our patient" in r["text"]: r["rules"]=sorted(set(r["rules"]+["PRIV-11"]))
for i in range(5):
    n=R(first)
    add(R([f"So proud of our patient {n}, six months sober after rehab!",
           f"Our patient who was treated for depression last year ran her first marathon.",
           f"{n}, one of our patients, just found out she is pregnant after years of IVF!"]), "block", ["PRIV-15"], kind="sensitive")
for r in rows[-5:]:
    t=r["text"]; rs=["PRIV-15"]
    if any(n in t for n in first): rs.append("PRIV-10")
    if "our patient" in t.lower() or "one of our patients" in t: rs.append("PRIV-11")
    if "last year" in t: pass
    r["rules"]=sorted(set(rs))
    r["verdict"]="block" if "PRIV-10" in rs else "review"
# testimonials (no authorization)
for i in range(6):
    n,l=R(first),R(last)[0]
    add(R([f"\"My back pain is gone and I can finally play with my grandkids again!\" - {n} {l}.",
           f"Patient success story: {n} lost 40 pounds with our weight program and feels like a new person."]), "block", ["ENDORSE-01","PRIV-13"], kind="testimonial")
for r in rows[-6:]:
    r["rules"]=sorted(set(r["rules"]+["PRIV-10"]))  # a name with back pain or weight loss
# reviews
for i in range(10):
    rev=R(reviews_neg)
    add(R(["We're sorry you feel that way. Our records show you missed two appointments last month.",
           "Your insurance denied the claim, which is why you got the bill. Please call billing.",
           "As your dentist, I explained the treatment plan clearly at your visit.",
           "We are sorry about the wait during your appointment on Tuesday. Please call us.",
           "You were seen by Dr. Greene and he spent 20 minutes with you."]), "block", ["REV-01"], review=rev, kind="rev1")
for r in rows[-10:]:
    if "last month" in r["text"]: pass
for i in range(5):
    n,l=R(first),R(last)
    t=R([f"Hi {n} {l}, we remember you well and we did everything we could.", f"Dear {n}, please call our office so we can talk."])
    add(t, "block", ["REV-02"]+(["REV-01"] if "remember you" in t else []), review="Terrible experience, never going back. - Happy Camper", kind="rev2")
for i in range(5):
    add(R(["Get a life. Anyone with your level of intelligence would understand a wait.",
           "This review is a lie and you know it. Shame on you.",
           "You clearly have no idea what you are talking about."]), "block", ["REV-03"], review=R(reviews_neg), kind="rev3")
# claims
for i in range(8):
    add(R(["Guaranteed results or your money back!","Our laser treatment is 100% effective and risk-free.","Painless fillings for the whole family.","This therapy cures arthritis for good.","New weight loss shots with no side effects!"])+" "+R(tail), "block", ["CLAIM-01"], kind="claim1")
for i in range(6):
    add(R(["The best pediatricians in Columbus, hands down.","We are the #1 family practice in Ohio.","World-class care, right in your neighborhood.","Unlike other doctors, we actually listen."]), "review", ["CLAIM-02"], kind="claim2")
for i in range(6):
    add(R(["Try our detox tea cleanse to flush toxins and boost your immune system!","This miracle supplement melts fat while you sleep.","Lose 20 pounds in 10 days with our secret formula!"]), "review", ["CLAIM-03"], kind="claim3")
for i in range(5):
    add(R(["Our new knee brace is clinically proven to reduce pain.","Studies show that our vitamin drip improves energy levels.","Doctor recommended for better sleep."]), "review", ["CLAIM-04"], kind="claim4")
for i in range(4):
    add(R(["Now offering compounded semaglutide, the generic Ozempic, for $199 a month!","Our weight loss injection has the same active ingredient as Wegovy."]), "review", ["CLAIM-05"], kind="claim5")
for r in rows[-4:]:
    if "generic Ozempic" in r["text"]:
        r["verdict"]="block"; r["rules"]=["CLAIM-05","CLAIM-07"]
for i in range(3):
    add("Dr. Greene is board eligible in dermatology and sees skin concerns every Friday.", "block", ["CLAIM-06"], kind="claim6")
for i in range(5):
    add(R(["Free teeth whitening with every cleaning this month!","We waive your copay for all new patients.","We accept all insurance, no questions asked."]), "review", ["CLAIM-07"], kind="claim7")
for r in rows[-5:]:
    # Advertising a copay waiver makes it routine: block (TX 164.3).
    if "waive" in r["text"]: r["verdict"]="block"
for i in range(3):
    add("Before and after: six months of clear aligners. Book your consult today!", "review", ["CLAIM-08","PRIV-12"], kind="claim8")
# endorse
for i in range(4):
    add(R(["Use code MAPLE20 for 20% off our favorite vitamin brand, link in bio!","Loving these gifted compression socks from FitLeg. Use my code DRP10."]), "review", ["ENDORSE-02","CLAIM-07"], kind="endorse2")
for r in rows[-4:]:
    if "gifted" in r["text"]: r["rules"]=["ENDORSE-02"]
for i in range(6):
    add(R(["Leave us a 5-star review and get $10 off your next visit!","Review us on Google for a chance to win a gift card!","Only happy patients, please leave a review!"]), "block", ["ENDORSE-03"], kind="endorse3")
for r in rows[-6:]:
    if "$10" in r["text"]: r["rules"]=["CLAIM-07","ENDORSE-03"]
for i in range(4):
    add(R(["Remove your review or we will take legal action.","Posting lies about us is defamation. Our lawyers will be in touch."]), "block", ["ENDORSE-04"], review=R(reviews_neg) if i%2 else "", kind="endorse4")
# professional
for i in range(4):
    add(R(["What a shitty day, the computers crashed again.","Flu season is kicking our ass, holy crap."]), "block", ["PROF-01"], kind="prof1")
for i in range(4):
    add(R(["Did you know that many addicts can recover with the right support?","He suffers from diabetes but stays active every day."]), "review", ["PROF-02"], kind="prof2")
for i in range(4):
    add(R(["Another day, another drug seeker trying to get pain pills.","Non-compliant patients are the reason our wait times are long."]), "block", ["PROF-03"], kind="prof3")
for i in range(4):
    add(R(["DM us your symptoms and we will tell you if you need to come in!","Comment below with your date of birth to enter our raffle!"]), "block", ["PROF-06"], kind="prof6")
for i in range(3):
    add("If you are on blood pressure pills and feel dizzy, you should stop taking your medication.", "review", ["PROF-05"], kind="prof5")
for i in range(3):
    add("Chest pain after shoveling snow? Do not ignore it. Rest and take an aspirin.", "review", ["PROF-09"], kind="prof9")
# misinformation
for i in range(4):
    add(R(["Vaccines cause autism. Do your research.","The flu shot gives you the flu, so we skip it."]), "block", ["MIS-01"], kind="mis1")
for i in range(3):
    add("Our new filler is completely safe for everyone.", "review", ["MIS-02"], kind="mis2")
for i in range(3):
    add("What doctors don't want you to know about cholesterol.", "review", ["MIS-03"], kind="mis3")
# platform/other privacy
for i in range(3):
    add("Huge congrats to @jenny_runs_5k on finishing her first race after knee surgery with us!", "block", ["PLAT-02","PRIV-10"], kind="plat2")  # a patient's handle with a procedure
for r in rows[-3:]:
    r["rules"]=["PLAT-02","PRIV-10"]
for i in range(3):
    add("Check out our patient's recovery blog at jennysknee.blogspot.com!", "review", ["PRIV-04","PRIV-11"], kind="url")

more_clean=[
"Did you know most ear infections in kids clear up on their own in a few days? Call us if your child has a high fever or ear drainage.",
"Pollen counts are high this week. Rinse your nose with saline and keep car windows up.",
"Our office is accessible, with ramp entry and a wheelchair in the lobby for anyone who needs it.",
"Cold and flu season tip: cover coughs with your elbow, not your hand.",
"We offer interpreters in Spanish, Somali and Nepali at no extra step for you. Just ask when you book.",
"Baby's first visit? Bring the hospital discharge papers and any questions you have. We love meeting new families.",
"Our phones will be down for maintenance Sunday night from 10 pm to midnight.",
"Happy Fourth of July! Be careful with fireworks and keep a bucket of water nearby.",
"Sports season is here. Ask about concussion signs: headache, confusion, or feeling foggy after a hit.",
"Daylight saving time ends this weekend. Go to bed a little earlier a few nights before.",
"Walking is one of the best things you can do for your heart. Start with ten minutes and build up.",
"Got questions about your bill? Our billing team is available weekdays from 9 to 4 at (614) 555-2368.",
"New this month: online check-in. You get a text when the room is ready.",
"Eye strain from screens? Try the 20-20-20 rule: every 20 minutes look 20 feet away for 20 seconds.",
"Our team ran the Columbus Half Marathon this weekend to raise money for the food pantry. Thank you for cheering!",
"Thinking about quitting tobacco? We can help you make a plan. Ask at your next visit.",
"Headaches after long days at the computer? Check your posture and take breaks.",
"We are closed for staff training on the morning of Wednesday, March 11. We reopen at 1 pm.",
"Kids need a booster seat until the seat belt fits right, usually around age 8 to 12.",
"Teething tips: a cold washcloth or a clean finger rub can soothe sore gums.",
"We partner with the Eastside Food Pantry every November. Drop off canned goods in our lobby.",
"Healthy lunchbox idea: whole grain wrap, veggies with hummus, and a piece of fruit.",
"High blood pressure often has no symptoms. A quick check at any visit can catch it early.",
"Mental health matters. If you are having a hard time, you can call or text 988 any time, day or night.",
"Our waiting room now has a quiet corner with books for kids.",
"Stay cool: on hot days, plan outdoor play for the morning and drink plenty of water.",
"Thank you to everyone who donated to our coat drive! We collected 212 coats for families this winter.",
"Please arrive 15 minutes early for your first visit to fill out forms.",
"Masks are available at the front desk if you have a cough.",
"We will send appointment reminders by text two days before. Reply C to confirm.",
"Sleep tip for teens: a steady wake-up time helps more than sleeping in on weekends.",
"Why do we ask about your family history? Some conditions run in families, and it helps us plan screenings.",
"Shingles vaccine: two doses, recommended for adults 50 and older. Ask us if it is right for you.",
"Working in the yard? Wear gloves and check for ticks when you come inside.",
"Moving soon? Ask us to send your records to your new doctor.",
"Flu vaccines are in! Call (614) 555-2368 to schedule or ask at your next visit.",
"Back pain from lifting? Bend your knees and keep the load close to your body.",
"We support breastfeeding families. Our lactation room is open to anyone who needs it.",
"Eat breakfast! Kids who eat in the morning focus better at school.",
"Thank you for your patience while we update our computer system this week.",
]
for t in more_clean:
    add(t, "pass", [], kind="misc2")
for t in random.sample(tips, 14):
    add(t+" "+R(["Book a checkup at maplefamilymed.com.","Call (614) 555-2368 with questions.","From all of us at Maple Family Medicine."]), "pass", [], kind="tip2")
more_replies=[
"Thank you for the five-star rating! We're so glad the team made you feel welcome.",
"We hear you, and we are sorry. Please call our office manager at (614) 555-2368 so we can look into it.",
"Thanks for the feedback about our parking. We are adding more spaces this summer.",
"We're glad you had a good experience with our front desk. Thank you for letting us know!",
]
for r in more_replies:
    add(r, "pass", [], review=R(reviews_pos+reviews_neg), kind="reply2")

# hand-written harder cases (labels written before running the checker)
H=[
("Blood pressure checks are quick and painless for most people. Stop by any weekday morning.","review",["CLAIM-01"]),
("Shoutout to the little guy in room 3 this morning who didn't cry once during his shots! You know who you are, buddy.","review",["PRIV-05","PRIV-11"]),
("Our nurse Kevin Tran will give a talk on heart health at the senior center on Thursday, April 16.","pass",[]),
("We were honored to care for a local firefighter injured in last night's warehouse fire. Get well soon, Captain!","review",["PRIV-05","PRIV-11"]),
("Pictured: Dr. Patel with the 2026 Little League team we sponsor. Go Tigers!","review",["PRIV-12"]),
("Meet Rosa! She has been coming to us since she was a baby and just graduated from nursing school.","block",["PRIV-10","PRIV-11"]),
("Ever wonder what a kidney stone looks like? Here is one we removed last Tuesday. Ouch!","review",["PRIV-11"]),
("Ask Dr. Greene: Is it a cold or the flu? Flu comes on fast with fever and body aches. Colds build slowly.","pass",[]),
("Patients with diabetes: schedule your yearly eye exam. Diabetes can damage the eyes with no early signs.","pass",[]),
("Congrats to Mr. and Mrs. Alvarez on the birth of their baby girl, delivered here on June 2!","block",["PRIV-05","PRIV-10"]),
("Please keep Ms. Jordan in your prayers as she starts chemo next week.","block",["PRIV-10"]),
("We offer same-day appointments for sick kids. Call before 10 am for the best chance at a morning spot.","pass",[]),
("Our patient's mom asked us to share her GoFundMe for his leukemia treatment: gofundme.com/f/help-tommy","block",["PRIV-04","PRIV-10","PRIV-11"]),  # a fundraiser link and a diagnosis point at one family
("Thank you for the review! We remember your son's broken arm, he was such a champ.","block",["REV-01"]),
("Sorry you had trouble reaching us. Our phone lines are open 8 to 5. Please call (614) 555-2368 and ask for Sarah.","pass",[]),
("Your bill reflects the lab work Dr. Patel ordered. Please call billing at (614) 555-2368.","block",["REV-01"]),
("Our prices for self-pay visits start at $95. No surprises.","review",["CLAIM-07"]),
("Join our diabetes prevention class, eight weeks of tips on food and activity. Sign up at the front desk.","pass",[]),
("Our hygienists are the gentlest in the state, guaranteed.","block",["CLAIM-01","CLAIM-02"]),
("New study shows that flossing reduces heart disease risk. Floss daily!","review",["CLAIM-04"]),
("Research shows walking 7,000 steps a day lowers risk of early death (JAMA 2021, doi:10.1001/jamanetworkopen.2021.24516).","pass",[]),
("This amazing supplement reverses aging and melts belly fat overnight.","review",["CLAIM-03"]),
("We are proud to be in-network with most major insurance plans. Call to check yours.","pass",[]),
("Please do not post your health questions in the comments. Call us at (614) 555-2368 so we can help privately.","pass",[]),
("Drop your insurance ID in the comments and we'll check your coverage!","block",["PROF-06"]),
("Have a question about your rash? Send us a photo by DM and we'll take a look.","block",["PROF-06"]),
("If your chest feels tight and you are short of breath, call 911 right away.","pass",[]),
("Feeling hopeless or thinking about suicide? You are not alone. Call or text 988.","pass",[]),
("Vaccines are safe and save millions of lives every year. Talk to us about your family's shots.","pass",[]),
("Natural immunity is always better than getting vaccinated, so skip the shot.","block",["MIS-01"]),
("Big Pharma is hiding the real cure for diabetes.","review",["MIS-03"]),
("Thanks to @ColumbusHealthDept for the free flu vaccines for our community clinic!","review",["CLAIM-07","PLAT-02"]),
("Follow us @maplefamilymed for health tips every week.","pass",[]),
("Happy 90th birthday, Grandma Pearl! Our team loves seeing you every month.","block",["PRIV-06","PRIV-10"]),
("A reminder that screenings like colonoscopy start at age 45 for most adults.","pass",[]),
("This patient's x-ray shows why you should never swallow a battery. (Shared with permission.)","review",["PRIV-11","PRIV-12"]),
("Our office manager Kevin Tran just ran his first marathon! So proud of him.","pass",[]),
("Welcome to the world, baby Liam! Congrats to the Nguyen family from all of us.","block",["PRIV-10"]),
("We saw a lot of poison ivy this week. Learn the plant: leaves of three, let it be.","pass",[]),
("Are you a veteran? Ask us about programs that can help with costs.","pass",[]),
# issue 3: "patient" before a service noun is not a patient, and a
# condition named as a risk is not an urgent symptom
("Our patient portal is open day and night. See test results, ask for refills and book visits at maplefamilymed.com.","pass",[]),
("Fill out your patient forms before your visit to save time at check-in.","pass",[]),
("Our patient survey is open this week. Tell us how we are doing!","pass",[]),
("Quitting smoking lowers your risk of heart disease, stroke and lung cancer. Ask us for help to quit.","pass",[]),
("Regular walks help prevent heart attack and stroke. Start with ten minutes a day.","pass",[]),
("Keep your blood pressure in check to cut your stroke risk.","pass",[]),
("Know the warning signs of a stroke: face drooping, arm weakness, slurred speech. Act fast.","review",["PROF-09"]),
("Our patient came in with a fishhook in his thumb. He is doing fine now.","review",["PRIV-11"]),
]
# Issue 11, the non-privacy kinds: new sentences written for this corpus
# (not taken from any other set), each kind with the false alarms it must
# not raise. Labels written before running the checker.
N=[
# myths stated as fact block; framed as false they go to a doctor
("The MMR shot causes autism, so we space out shots for our little ones.","block",["MIS-01"]),
("Fact: antibiotics knock out a cold faster. Ask for them at your visit.","block",["MIS-01"]),
("Skip the chemicals: fluoride in tap water is a neurotoxin.","block",["MIS-01"]),
("Healthy kids who eat organic food don't need a measles shot.","block",["MIS-01"]),
("The new shots have tracking microchips in them, so read the label.","block",["MIS-01"]),
("Myth: the MMR shot causes autism. Fact: study after study of millions of kids found no link.","review",["MIS-01"]),
("Do antibiotics cure the flu? No. Flu is a virus, and antibiotics only work on bacteria.","review",["MIS-01"]),
("You may have heard that fluoride is poison. At the level in tap water, it is safe and protects teeth.","review",["MIS-01"]),
("No, eating well does not mean your child can skip the measles shot.","review",["MIS-01"]),
("Autism screening is part of the 18-month checkup, the same visit as some routine shots.","pass",[]),
("Call poison control at 1-800-222-1222 if a child swallows fluoride toothpaste.","pass",[]),
# claims
("We have cured hundreds of back pain sufferers with one simple adjustment.","block",["CLAIM-01"]),
("Our laser ends heel pain permanently, in just three visits.","block",["CLAIM-01"]),
("This breakthrough wrap melts inches overnight!","review",["CLAIM-03"]),
("Our FDA approved herbal tea supports healthy blood sugar.","block",["CLAIM-05"]),
("Ask about our generic Mounjaro program.","block",["CLAIM-05"]),
("Our compounded tirzepatide is exactly like Zepbound, for less.","block",["CLAIM-05"]),
("Your deductible? We write it off for every patient.","block",["CLAIM-07"]),
("We cannot promise results overnight, but steady care helps most people.","pass",[]),
("Remember that herbal supplements are not FDA approved, so tell us about any you take.","pass",[]),
("Free hot cocoa in the lobby this week, and a free coloring page for the kids.","pass",[]),
("Our staff walked in the Children's Miracle Network 5K this weekend.","pass",[]),
("Winter tip #3: moisturize after every bath to keep skin from cracking.","pass",[]),
("Step 2 of our handwashing series: scrub for 20 seconds, backs of hands too.","pass",[]),
("We won't promise zero wait time, but we will text you when your room is ready.","pass",[]),
("Breakthrough cases of chickenpox after one dose are usually mild.","pass",[]),
# endorsements
("Staff: please log in to your personal Google accounts and give us five stars before the board meeting.","block",["ENDORSE-03"]),
("Loved your visit? Leave us a review on Google! Had a problem? Call our office manager directly.","block",["ENDORSE-03"]),
("Not thrilled with your visit? Please talk to us before you post a review anywhere.","block",["ENDORSE-03"]),
("We welcome every review, good or bad. You can also call us any time with concerns.","pass",[]),
# conduct
("Some parents really think a fever of 100 is an emergency. Smh.","block",["PROF-03"]),
("Shoutout to the patient who asked if they could skip the line because they were 'busy'. Aren't we all, lol.","block",["PROF-03"]),
("To the grandpa who asked about his blood thinner on our page: take the full dose every night and skip the aspirin.","block",["PROF-05"]),
# professional image
("Flu season is here and it's a b*tch.","block",["PROF-01"]),
("Our phones were down all morning. WTF.","block",["PROF-01"]),
("Feeling hopeless, or thinking about hurting yourself? Reach out to a friend tonight.","review",["PROF-09"]),
("Suicide is preventable. If you are struggling, call or text 988 any time.","pass",[]),
("Contact your state senator and urge a yes vote on the Medicaid expansion bill.","review",["PROF-04"]),
("Thank you for voting us a favorite family practice again this year!","pass",[]),
("OUR OFFICE IS CLOSED MONDAY FOR THE HOLIDAY. HAPPY NEW YEAR TO ALL OUR FAMILIES.","review",["PROF-07"]),
# more kinds, new sentences
("Babies who get the full shot schedule are more likely to end up autistic.","block",["MIS-01"]),
("Elderberry syrup works better than the flu shot, and it's natural.","block",["MIS-01"]),
("Busting the myth that cold weather causes colds: colds come from viruses.","review",["MIS-01"]),
("Think your child's cold needs antibiotics? Think again: they do nothing for viruses.","review",["MIS-01"]),
("Say goodbye to migraines for good with our new protocol.","block",["CLAIM-01"]),
("We promise results you can feel after the very first session.","block",["CLAIM-01"]),
("We're sorry we can't promise pain relief in one visit; healing takes time.","pass",[]),
("Office reminder: make a couple of new Google accounts and leave us five-star reviews.","block",["ENDORSE-03"]),
("Only patients who had a great visit should leave us a Google review, please!","block",["ENDORSE-03"]),
("Some patients just can't be bothered to read the prep instructions. Every. Single. Time.","block",["PROF-03"]),
("Please be patient with our front desk during the flu rush. We're doing our best!","pass",[]),
("Join our growing team! We are hiring an experienced medical assistant to support our providers with patient intake, vital signs, immunization administration and electronic documentation. Full-time position with comprehensive benefits. Apply online at maplefamilymed.com/careers.","pass",[]),
]
for t,v,r in N:
    add(t,v,r,kind="n11")
REPLY={"Thank you for the review! We remember your son's broken arm, he was such a champ.":"Great with kids, 5 stars.",
"Sorry you had trouble reaching us. Our phone lines are open 8 to 5. Please call (614) 555-2368 and ask for Sarah.":"Nobody ever answers the phone!!",
"Your bill reflects the lab work Dr. Patel ordered. Please call billing at (614) 555-2368.":"Charged me $300 for a 10 minute visit. Ridiculous."}
for t,v,r in H:
    add(t,v,r,review=REPLY.get(t,""),kind="hand")
# issue 11, privacy side: the kinds the checklist missed on another
# practice's posts, written anew for this corpus (person plus health with no
# word "patient", one-person roles, handles, partial identifiers, replies
# that confirm care) and the false alarms it raised (event and delivery
# dates, staff short forms, community names, staff welcomes).
K=[
("Congrats to Darnell Brooks on his new knee!","block",["PRIV-10"]),
("Get well soon, Coach Ruiz! Rest up after Tuesday's surgery.","block",["PRIV-10"]),
("So proud of Tasha, 2 years sober this month!","block",["PRIV-10"]),
("Big hugs to Mateo, who finished his last round of chemo.","block",["PRIV-10"]),
("Congrats to Priyanka on beating breast cancer!","block",["PRIV-10"]),
("Welcome back, Siobhan! Glad the cast is finally off.","block",["PRIV-10"]),
("Kwame is expecting twins, congratulations!","block",["PRIV-10"]),
("Our crossing guard is out after a hip replacement. We miss you!","block",["PRIV-10"]),
("The principal at the middle school is recovering from pneumonia. Send good thoughts!","block",["PRIV-10"]),
("Our mail carrier broke her wrist on the ice. Heal fast!","block",["PRIV-10"]),
("Dr. Patel's mother is doing great after her bypass surgery.","block",["PRIV-10"]),
("Shout out to @bigmike_lifts for crushing physical therapy this month!","block",["PLAT-02","PRIV-10"]),
("Thanks to Officer Delgado for bringing his son in for his asthma check.","block",["PRIV-10"]),
("Congrats to Maria L., 91 years young today!","block",["PRIV-06","PRIV-10"]),
("Maria turned 95 today!","block",["PRIV-06","PRIV-10"]),
("Happy birthday to Mrs. Alvarez, DOB 03/14/1975!","block",["PRIV-05","PRIV-10"]),
("Born 02/11/1931, she still walks every day.","block",["PRIV-05","PRIV-06"]),
("Please pay the balance on the card ending 9021 before Friday.","block",["PRIV-09"]),
("Your account no. 55-1290 is past due; the MRI bill is attached.","block",["PRIV-08"]),
("Questions about the form? Write to jsmith (at) mail dot com.","block",["PRIV-03"]),
("Before your visit, have the last four of your SSN ready.","block",["PRIV-01"]),
("Two kids in 43085 caught measles this week.","block",["PRIV-07"]),
("The family on Elm Street all had the flu last week.","block",["PRIV-07"]),
("Thanks to Mr. Rogers for the lovely mural in our lobby.","review",["PRIV-10"]),
("Congrats to Aaliyah Johnson on her scholarship!","review",["PRIV-10"]),
("Dr. Patel and Marcus will run the flu clinic on Saturday.","pass",[]),
("Anita will answer questions about flu shots at the health fair.","pass",[]),
("Kevin and Sarah are the ones to ask about your portal login.","pass",[]),
("The new X-ray machine arrived Tuesday!","pass",[]),
("The new X-ray machine was delivered on March 3.","pass",[]),
("Our flu vaccine shipment was delivered Tuesday, Oct 6, so walk-ins are back.","pass",[]),
("We delivered 200 backpacks to Lincoln Elementary on Aug 20.","pass",[]),
("Road work on Oak Street starts March 3; use the side entrance.","pass",[]),
("Happy Martin Luther King Jr. Day from all of us.","pass",[]),
("Grace and gratitude: thank you for a great year!","pass",[]),
("Summer hours start June 1.","pass",[]),
("Mark your calendars: flu shots start October 1.","pass",[]),
("Meet our new front desk lead, Keisha Williams! She joins our team Monday.","pass",[]),
("Thank you, Columbus, for a wonderful year of care.","pass",[]),
("Flu season is here. Ask about a flu shot at your next visit.","pass",[]),
]
KREPLY=[
("So glad your shoulder feels better since the injection!","Dr. Patel is the best.","block",["REV-01"]),
("We're happy your knee surgery went well. Thanks for the review!","Great surgeon.","block",["REV-01"]),
("Sorry the wait was long after your MRI.","Waited an hour.","block",["REV-01"]),
("We hope you're feeling better.","Nice staff.","review",["REV-01"]),
("Thank you for the kind words! We hope to see you again.","Nice staff.","pass",[]),
]
for t,v,r in K:
    add(t,v,r,kind="issue11")
for t,rev,v,r in KREPLY:
    add(t,v,r,review=rev,kind="issue11-reply")
seen=set(); uniq=[]
for r in rows:
    if r["text"] in seen: continue
    seen.add(r["text"]); uniq.append(r)
rows=uniq
with open('posts.jsonl','w') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False)+"\n")
import collections
print(len(rows), collections.Counter(r["verdict"] for r in rows))
