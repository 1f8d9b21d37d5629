from dsl import P, S, L, A, D, N

P("fr", "facebook", S, """Pirogue bi dina dem 🇪🇸 inchallah
Départ depuis Mbour vers les Canaries la semaine prochaine
400.000 FCFA par personne, ñu ngi fi pour les infos
{SN1:n}""",
  prices=[(400000, "XOF")], routes=[("Mbour", "SN", "Canary Islands", "ES")],
  notes="Wolof-influenced French pirogue offer; French dominates; Senegalese national number (Mbour, FCFA cues).")

P("fr", "telegram", S, """🚤 Départ de Nouadhibou vers El Hierro
moteur neuf 2x60, GPS, eau pour 7 jours
2500 euros, enfants 1000
appelle {MR1:i}""",
  prices=[(2500, "EUR"), (1000, "EUR")], routes=[("Nouadhibou", "MR", "El Hierro", "ES")],
  notes="Atlantic route Mauritania -> Canaries; bare 1000 takes EUR; engine power and days are not prices.")

P("fr", "facebook", L, """Voyage Bamako ➡️ Tamanrasset en 4x4 puis Tamanrasset ➡️ Alger
chauffeur connaît tous les check-points
600 000 CFA tout compris
{ML1:n}""",
  prices=[(600000, "XOF")], routes=[("Bamako", "ML", "Tamanrasset", "DZ"), ("Tamanrasset", "DZ", "Algiers", "DZ")],
  notes="Desert land crossing with two legs; Alger -> Algiers; CFA in Mali is XOF.")

P("fr", "facebook", L, """Passage Angleterre depuis Ouistreham 🇬🇧 en camion frigo
place garantie, le chauffeur est avec nous
3000 € et tu payes rien avant d'arriver
{FR3:n}""",
  prices=[(3000, "EUR")], routes=[("Ouistreham", "FR", "United Kingdom", "GB")],
  notes="Hiding in a refrigerated lorry is land_crossing.")

P("fr", "instagram", D, """Titre de séjour 10 ans ✅ enregistré en préfecture, pas du faux de rue
Carte vitale aussi dispo
2 500 € la carte, livraison en main propre
{FR4:dot}""",
  prices=[(2500, "EUR")], routes=[],
  notes="Forged residence card 'registered' with the prefecture: documents; national French number with dots.")

P("fr", "telegram", S, """Traversée Saïdia → Almería en zodiac 🇪🇸
départ de nuit, 30 places seulement
3 millions de centimes, paiement chez le garant
{MA4:n}""",
  prices=[(30000, "MAD")], routes=[("Saidia", "MA", "Almeria", "ES")],
  notes="Moroccan French; 3 millions de centimes = 30,000 MAD.")

P("fr", "facebook", A, """ABIDJAN ✈️ PARIS
Passeport d'emprunt + visa Schengen, la personne te ressemble à 90%
Accompagnement jusqu'à l'embarquement
4,5 millions FCFA
{CI1:n}""",
  prices=[(4500000, "XOF")], routes=[("Abidjan", "CI", "Paris", "FR")],
  notes="Borrowed passport with flight and escort: air_crossing; 4,5 millions FCFA = 4,500,000 XOF.")

P("fr", "facebook", S, """Traversée de Mahdia vers Lampedusa 🇮🇹
bateau en fer, 9 heures, 6000 dinars, rabais pour les familles
contact {TN5:n}""",
  prices=[(6000, "TND")], routes=[("Mahdia", "TN", "Lampedusa", "IT")],
  notes="Tunisian French; dinar in Tunisia is TND; hours are a duration.")

P("fr", "x", N, """La préfecture du Pas-de-Calais annonce le démantèlement d'un réseau de passeurs à Boulogne-sur-Mer. Il organisait des traversées de la Manche vers le Royaume-Uni, facturées 1 500 € par personne.""",
  prices=[(1500, "EUR")], routes=[(None, None, "United Kingdom", "GB")],
  notes="Prefecture press release; place of the dismantling is not a route; Channel is transit.")

P("fr", "facebook", N, """✈️ Promo Dakar - Paris aller-retour dès 450 000 FCFA
Agence Teranga Voyages, agréée IATA
Réservez au {SN2:i}""",
  prices=[(450000, "XOF")], routes=[("Dakar", "SN", "Paris", "FR")],
  notes="Legitimate travel agency (invented name).")

P("fr", "facebook", N, """🆘 Vous êtes en mer en difficulté ou un proche a disparu après un départ ? La ligne d'urgence de l'association Mer Solidaire répond 24h/24 : {FR5:i}""",
  prices=[], routes=[],
  notes="NGO emergency line; no journey named.")

P("fr", "tiktok", N, """Barsa walla Barsakh 😢 les jeunes arrêtez de donner 500 000 FCFA aux passeurs, la mer a pris trop de nos frères. Restez, travaillons ici.""",
  prices=[(500000, "XOF")], routes=[],
  notes="Wolof-influenced warning ('Barcelona or death' is a saying, not a route); price mentioned.")

P("fr", "facebook", N, """Recrutement saisonniers agricoles en France 🍇 contrat OFII légal, logement fourni
Salaire 1 800 € net par mois, visa demandé par l'employeur""",
  prices=[(1800, "EUR")], routes=[],
  notes="Legal seasonal job advert.")

P("fr", "facebook", N, """Mon frère Ousmane est parti de Nouakchott en pirogue vers les Canaries il y a 10 jours et personne n'a de nouvelles 🙏 Si vous savez quelque chose appelez {MR2:n}""",
  prices=[], routes=[("Nouakchott", "MR", "Canary Islands", "ES")],
  notes="Relative searching for a missing person; Mauritanian national number (Nouakchott cue).")

P("fr", "forum", N, """Je cherche un passeur sérieux pour aller de Ceuta à la péninsule, quelqu'un peut m'aider ? Je suis bloqué ici depuis 3 mois.""",
  prices=[], routes=[("Ceuta", "ES", "Spain", "ES")],
  notes="Demand-side post; 'la péninsule' is mainland Spain.")

P("fr", "classifieds", N, """Vends camion Renault Magnum 480, 650 000 km, contrôle technique OK, 18 000 € à débattre. {FR6:n}""",
  prices=[(18000, "EUR")], routes=[],
  notes="Truck sale; mileage is not a price.")
