from dsl import P, S, L, A, D, N

P("en", "telegram", S, """🇬🇧 UK TRIPS THIS WEEK 🇬🇧
Boats going from Gravelines beach when the weather is good
£2.5k per head, kids £1200
Life jackets included, no stress
WhatsApp only {FR1:i}""",
  prices=[(2500, "GBP"), (1200, "GBP")], routes=[("Gravelines", "FR", "United Kingdom", "GB")],
  notes="Channel small-boat offer; £2.5k = 2500 GBP.")

P("en", "facebook", L, """Hidden in lorry from Zeebrugge to England 🚛
driver is our guy, 100% guaranteed, if police catch you we try again for free
6k euro, payment with the office in Brussels after you arrive
message me {BE1:n}""",
  prices=[(6000, "EUR")], routes=[("Zeebrugge", "BE", "United Kingdom", "GB")],
  notes="Hiding in a lorry is land_crossing even though it crosses by ferry; England -> United Kingdom; the payment office in Brussels is not a route end; Belgian national number.")

P("en", "tiktok", L, """Darien with a real guide, not alone 🙏🏽
boat Necocli ➡️ Capurgana, then 3 days walking to Panama
$350 adult, children $150
food and tent included
WA {CO1:s3}""",
  prices=[(350, "USD"), (150, "USD")], routes=[("Necocli", "CO", "Capurgana", "CO"), ("Capurgana", "CO", "Panama", "PA")],
  notes="Darien Gap crossing: the irregular border crossing is on foot, so land_crossing; two legs; 3 days is a duration.")

P("en", "facebook", L, """Tijuana to San Diego crossing, coyote with papers for the checkpoint
$8,000 US, half when you arrive
no walking in the desert, direct by car
text {MX1:n}""",
  prices=[(8000, "USD")], routes=[("Tijuana", "MX", "San Diego", "US")],
  notes="US-Mexico border crossing by car offered by a coyote; Mexican number in national form (Tijuana cue).")

P("en", "facebook", S, """Boat to Malaysia leaving from Teknaf soon
big boat, food for 10 days, captain knows the way
2 lakh taka per person, family discount
call {BD1:n}""",
  prices=[(200000, "BDT")], routes=[("Teknaf", "BD", "Malaysia", "MY")],
  notes="Rohingya/Andaman sea route; 2 lakh = 200000 BDT; 10 days is a duration.")

P("en", "facebook", S, """EUROPE PACKAGE 🇮🇹🇮🇹
Lagos to Tripoli by road, then boat to Italy
₦4,500,000 all inclusive, pay in 3 parts
{NG1:n} ask for Bro K""",
  prices=[(4500000, "NGN")], routes=[("Lagos", "NG", "Tripoli", "LY"), ("Tripoli", "LY", "Italy", "IT")],
  notes="Multi-leg package ending with a boat: sea_crossing; Nigerian national number.")

P("en", "telegram", D, """BRP cards + share codes 📄
registered on the Home Office system, pass every right-to-work check
£3,800 delivered in 2 weeks
DM or {GB1:n}""",
  prices=[(3800, "GBP")], routes=[],
  notes="Fraudulent UK residence documents 'registered on the system': documents.")

P("en", "instagram", D, """Need EU residence? 💍
Marriage with genuine EU citizen, all paperwork + registry office handled by us
€12k total, €3k deposit
{NL1:i}""",
  prices=[(12000, "EUR"), (3000, "EUR")], routes=[],
  notes="Sham marriage for residence: documents.")

P("en", "facebook", A, """DHAKA ✈️ ITALY direct flight
Schengen visa 100% sure, we make bank statement and hotel booking
total 9 lakh taka incl ticket
office in Motijheel, {BD2:i}""",
  prices=[(900000, "BDT")], routes=[("Dhaka", "BD", "Italy", "IT")],
  notes="Fraudulently obtained visa (fabricated bank statement) with the flight included: air_crossing; office location is not a route.")

P("en", "telegram", L, """GAME from Bihac to Trieste 🇮🇹
walking 4 days + car at the end, max 8 people
€2,500 with escrow, you pay only when in Italy
contact {BA1:i}""",
  prices=[(2500, "EUR")], routes=[("Bihac", "BA", "Trieste", "IT")],
  notes="Balkan 'game' on foot with escrow; 'in Italy' restates the destination country of Trieste.")

P("en", "x", N, """Two men were jailed at Canterbury Crown Court today for smuggling migrants in the back of a lorry from Calais to Dover. Prosecutors said each passenger paid £4,000.""",
  prices=[(4000, "GBP")], routes=[("Calais", "FR", "Dover", "GB")],
  notes="Court report; the court location is not a route.")

P("en", "facebook", N, """Are you in Calais or Dunkirk and need free legal advice about asylum in the UK or France? Our volunteers are at the food distribution every Tuesday. Call or text {FR2:n}""",
  prices=[], routes=[],
  notes="NGO service; where people are is not a route.")

P("en", "facebook", N, """Straitlink Ferries ⛴️ Dover – Calais crossings from £39 per car
book early for summer, 28 sailings a day""",
  prices=[(39, "GBP")], routes=[("Dover", "GB", "Calais", "FR")],
  notes="Legitimate ferry advert (invented company).")

P("en", "facebook", N, """Skilled Worker and Family visa applications handled by a regulated immigration adviser.
Fixed fees from £650. No guarantees, we only submit genuine documents.
Call {GB2:i}""",
  prices=[(650, "GBP")], routes=[],
  notes="Legitimate immigration consultancy.")

P("en", "classifieds", N, """HGV Class 1 driver wanted for EU routes, 4 on 2 off, £750/week + overnight allowance. Clean licence. {GB3:n}""",
  prices=[(750, "GBP")], routes=[],
  notes="Job advert; no route named.")

P("en", "forum", N, """My cousin is stuck in Tijuana for 2 months waiting for his asylum appointment. Does anyone know a free lawyer there? He does not want to pay a coyote.""",
  prices=[], routes=[],
  notes="Asking for help; where the cousin is now is not a route.")

P("en", "x", N, """Investigation: an advert we found on Telegram promised "Turkey to Italy by yacht, €7,000, guaranteed". When our reporter called, the man asked for a €1,000 deposit by Western Union.""",
  prices=[(7000, "EUR"), (1000, "EUR")], routes=[("Turkey", "TR", "Italy", "IT")],
  notes="Journalist quoting an advert: not an offer, but the quoted route and prices are labelled.")

P("en", "facebook", N, """⚠️ SCAM ALERT ⚠️ this guy {GB4:i} took £1,500 from my brother for "Dunkirk to UK" and blocked him. Do not send him anything.""",
  prices=[(1500, "GBP")], routes=[("Dunkirk", "FR", "United Kingdom", "GB")],
  notes="Victim warning about a scammer's number.")

P("en", "x", N, """"100% safe crossing" they said. Sure, because rubber boats in November are famously safe 🙄 please stop sending your kids with these people.""",
  prices=[], routes=[],
  notes="Sarcastic warning about smugglers.")

P("en", "x", N, """UNHCR: a boat carrying 180 Rohingya refugees that left Cox's Bazar landed in Aceh after 3 weeks at sea. Survivors said each had paid about 80,000 taka.""",
  prices=[(80000, "BDT")], routes=[("Cox's Bazar", "BD", "Aceh", "ID")],
  notes="UN news item with the reported journey and price.")

P("en", "x", N, """Border Patrol agents apprehended 41 migrants who had crossed the Rio Grande from Ciudad Juarez into El Paso. Agents said smugglers charged between $6,000 and $9,000 per person.""",
  prices=[(6000, "USD"), (9000, "USD")], routes=[("Ciudad Juarez", "MX", "El Paso", "US")],
  notes="Press release; range gives both ends; the crossing is stated as from Ciudad Juarez into El Paso; the river is transit.")
