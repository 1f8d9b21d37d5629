from dsl import P, S, L, A, D, N

# ---- Serbian (Latin and Cyrillic) ----
P("sr", "telegram", L, """IGRA iz Šida za Hrvatsku 🇭🇷
vodič + auto sa druge strane, grupa do 10 ljudi
cena 1500 € po osobi
pozovi {RS1:slash}""",
  prices=[(1500, "EUR")], routes=[("Sid", "RS", "Croatia", "HR")],
  notes="Serbian Latin 'game' offer; Serbian national number written with slash and dash.")

P("sr", "telegram", L, """Комби од Сомбора до Аустрије 🚐
полазак викендом, без заустављања
1.800 евра по особи
{RS2:n}""",
  prices=[(1800, "EUR")], routes=[("Sombor", "RS", "Austria", "AT")],
  notes="Serbian Cyrillic van smuggling offer; евра = EUR.")

P("sr", "facebook", D, """Radna dozvola za Hrvatsku ✅ sređujemo ugovor i potvrdu o smeštaju
bez čekanja, 100% prolazi
2.500 eura
{RS3:i}""",
  prices=[(2500, "EUR")], routes=[],
  notes="Work permit with made-up contract and housing papers: documents; Croatia is the permit country, not a route.")

P("sr", "telegram", A, """Лет из Београда за Лондон са сличним пасошем ✈️
пратња на аеродрому
6.000 евра, пола унапред
{RS4:i}""",
  prices=[(6000, "EUR")], routes=[("Belgrade", "RS", "London", "GB")],
  notes="Look-alike passport with flight: air_crossing.")

P("sr", "x", N, """MUP: kod Subotice uhapšen krijumčar migranata. Migranti su mu platili po 800 evra za prevoz do granice s Mađarskom.""",
  prices=[(800, "EUR")], routes=[(None, None, "Hungary", "HU")],
  notes="Police news; arrest place is not a route; transport 'to the Hungarian border' names Hungary.")

P("sr", "facebook", N, """🚌 Аутобуска линија Ниш – Беч, сваког дана у 21ч
карта 45 евра, повратна 80 евра""",
  prices=[(45, "EUR"), (80, "EUR")], routes=[("Nis", "RS", "Vienna", "AT")],
  notes="Legitimate bus line; Беч -> Vienna; 21h is a time.")

P("sr", "facebook", N, """Info-centar za izbeglice u Beogradu: besplatna pravna pomoć i prevodilac na farsi i arapski. Radnim danima od 9 do 17h.""",
  prices=[], routes=[],
  notes="NGO information centre.")

P("sr", "classifieds", N, """Потребан возач Ц категорије за међународни транспорт, плата 1.200 евра + дневнице. {RS5:n}""",
  prices=[(1200, "EUR")], routes=[],
  notes="Cyrillic job advert.")

# ---- Albanian ----
P("sq", "facebook", S, """🚤 Nisje me gomone nga Vlora për në Brindisi
natën, 2 orë e gjysmë
3.000 euro për person
{AL1:n}""",
  prices=[(3000, "EUR")], routes=[("Vlore", "AL", "Brindisi", "IT")],
  notes="Albanian speed-boat offer; Albanian national number.")

P("sq", "telegram", L, """Me kamion nga Durrësi në Ankona 🚛
i fshehur në ngarkesë, shoferi është yni
4500 € pagesa pasi të mbërrish
{AL2:i}""",
  prices=[(4500, "EUR")], routes=[("Durres", "AL", "Ancona", "IT")],
  notes="Hiding in a lorry on a ferry is land_crossing.")

P("sq", "tiktok", S, """Kalim për në Angli 🇬🇧 me varkë nga plazhi i De Panne
vende të kufizuara, jelekë shpëtimi
£4,000 për kokë
shkruaj {GB1:n}""",
  prices=[(4000, "GBP")], routes=[("De Panne", "BE", "United Kingdom", "GB")],
  notes="Albanian Channel small-boat offer; UK national number.")

P("sq", "instagram", D, """Pasaporta italiane 🇮🇹 të regjistruara në sistem
me foton tënde, gati në 20 ditë
3.500 €
{AL3:i}""",
  prices=[(3500, "EUR")], routes=[],
  notes="Forged Italian passports: documents.")

P("sq", "x", N, """Policia e Shtetit arrestoi në Durrës dy persona që organizonin kalime të paligjshme. Emigrantët kishin paguar 10 mijë euro secili për në Britani.""",
  prices=[(10000, "EUR")], routes=[(None, None, "United Kingdom", "GB")],
  notes="Police news; '10 mijë euro' = 10000 EUR; arrest place not a route; Britani -> United Kingdom.")

P("sq", "facebook", N, """⛴️ Tragete Durrës – Bari çdo ditë
bileta nga 50 €, makina nga 120 €""",
  prices=[(50, "EUR"), (120, "EUR")], routes=[("Durres", "AL", "Bari", "IT")],
  notes="Legitimate ferry advert.")

P("sq", "classifieds", N, """Punë në Gjermani me kontratë dhe vizë pune legale, 2.300 € neto në muaj. Agjenci e licencuar.""",
  prices=[(2300, "EUR")], routes=[],
  notes="Legal job advert; the work country is not a route.")
