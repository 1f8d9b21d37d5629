from dsl import P, S, L, A, D, N

# ---- Italian ----
P("it", "telegram", L, """🚗 Passaggio Ventimiglia → Mentone in macchina
Si parte la sera, niente controlli sul treno
250 € a testa
scrivi al {IT1:n}""",
  prices=[(250, "EUR")], routes=[("Ventimiglia", "IT", "Menton", "FR")],
  notes="Irregular car crossing at the Italy-France border; Mentone -> Menton; Italian national number.")

P("it", "facebook", D, """NULLA OSTA DECRETO FLUSSI GARANTITO ✅
Contratto di lavoro in agricoltura già pronto, ditta nostra
6.000 euro, metà all'uscita del nulla osta
{IT2:i}""",
  prices=[(6000, "EUR")], routes=[],
  notes="Work permit with a made-up employer contract: documents.")

P("it", "telegram", L, """Trieste ➡️ Stoccarda in furgone
Partenza giovedì notte, 9 posti
800 € per persona, pagamento all'arrivo
{IT3:dot}""",
  prices=[(800, "EUR")], routes=[("Trieste", "IT", "Stuttgart", "DE")],
  notes="Onward smuggling by van; Stoccarda -> Stuttgart; Italian national number with dots.")

P("it", "telegram", S, """Partenze da Bengasi per Pozzallo 🇮🇹
Barca grande, 3mila euro, bambini gratis
Garanzia con ufficio
{LY1:i}""",
  prices=[(3000, "EUR")], routes=[("Benghazi", "LY", "Pozzallo", "IT")],
  notes="Italian-language sea offer; '3mila' = 3000.")

P("it", "facebook", D, """Permesso di soggiorno per lavoro subordinato, registrato in questura 🇮🇹
Pratica completa in 30 giorni, niente file
3.500 € tutto compreso
WhatsApp {IT4:e}""",
  prices=[(3500, "EUR")], routes=[],
  notes="Fraudulent residence permit 'registered' with the police: documents; 30 days is a duration.")

P("it", "x", N, """Crotone, arrestati due presunti scafisti dopo lo sbarco di un veliero partito dalla Turchia con 63 migranti a bordo. Ogni passeggero avrebbe pagato 8.000 euro.""",
  prices=[(8000, "EUR")], routes=[("Turkey", "TR", "Crotone", "IT")],
  notes="News: arrival of a sailing boat in Crotone from Turkey (the landing is the arrival end); arrest is not a route.")

P("it", "facebook", N, """⛴️ Traghetti Civitavecchia – Tunisi da 89 € a passeggero
Auto al seguito da 140 €. Prenota sul nostro sito.""",
  prices=[(89, "EUR"), (140, "EUR")], routes=[("Civitavecchia", "IT", "Tunis", "TN")],
  notes="Legitimate ferry advert.")

P("it", "facebook", N, """Sportello legale gratuito per richiedenti asilo ogni mercoledì a Ventimiglia, presso la parrocchia. Portate i vostri documenti. Info {IT5:n}""",
  prices=[], routes=[],
  notes="NGO/church legal help desk; location is not a route.")

P("it", "classifieds", N, """Cercasi braccianti per raccolta pomodori in Puglia, contratto regolare, 7 € l'ora, alloggio disponibile.""",
  prices=[(7, "EUR")], routes=[],
  notes="Legal job advert.")

P("it", "x", N, """"Viaggio sicuro, barca nuova" dicono gli scafisti. Poi la barca nuova è un gommone bucato e il capitano è un ragazzo di 17 anni. Smettiamola di credergli.""",
  prices=[], routes=[],
  notes="Sarcastic warning; 17 is an age.")

# ---- Spanish ----
P("es", "facebook", L, """🇺🇸 Paso a Estados Unidos por Reynosa
Con guía, sin caminar días en el monte
7 mil dólares, la mitad al llegar
Info {MX1:n}""",
  prices=[(7000, "USD")], routes=[(None, None, "United States", "US")],
  notes="Coyote offer at the US-Mexico border; 'por Reynosa' introduces the crossing point as transit, so the origin is null; '7 mil dólares' = 7000 USD; Mexican national number.")

P("es", "facebook", L, """Viaje por tierra de Managua a Tapachula 🚐
cruzando Honduras y Guatemala, todo incluido
paquete 4.500 USD
{GT1:n}""",
  prices=[(4500, "USD")], routes=[("Managua", "NI", "Tapachula", "MX")],
  notes="Irregular overland trip; the countries crossed are transit ('cruzando'); Guatemalan national number (route cue).")

P("es", "instagram", D, """Visa americana de turista GARANTIZADA 🇺🇸
Nosotros armamos los papeles: cartas de trabajo, cuentas bancarias
6 mil dólares, pagas cuando te la aprueban
WhatsApp Ecuador {EC1:n}""",
  prices=[(6000, "USD")], routes=[],
  notes="Fraudulent visa with made-up papers, no transport: documents; Ecuadorian national number with an explicit 'WhatsApp Ecuador' cue.")

P("es", "telegram", S, """Patera desde Alhucemas a Motril 🇪🇸
Salida de madrugada, motor de 150
2.500 € por persona
{MA1:i}""",
  prices=[(2500, "EUR")], routes=[("Al Hoceima", "MA", "Motril", "ES")],
  notes="Western Mediterranean boat offer in Spanish; Alhucemas -> Al Hoceima; engine power is not a price.")

P("es", "facebook", A, """Vuelo Quito ✈️ Madrid con pasaporte español prestado
Te pareces a la persona, te acompañamos hasta la puerta
9 mil euros
{EC2:i}""",
  prices=[(9000, "EUR")], routes=[("Quito", "EC", "Madrid", "ES")],
  notes="Borrowed passport with escorted flight: air_crossing.")

P("es", "x", N, """Salvamento Marítimo rescata a 54 personas de un cayuco que salió de Nuadibú con destino a Canarias. Los supervivientes dicen que pagaron unos 1.000 euros cada uno.""",
  prices=[(1000, "EUR")], routes=[("Nouadhibou", "MR", "Canary Islands", "ES")],
  notes="Rescue news; Nuadibú -> Nouadhibou.")

P("es", "facebook", N, """⛴️ Ferry Algeciras – Ceuta desde 35 € por trayecto
Salidas cada hora, compra online""",
  prices=[(35, "EUR")], routes=[("Algeciras", "ES", "Ceuta", "ES")],
  notes="Legitimate ferry advert.")

P("es", "facebook", N, """Mi hija salió de Turbo hacia Panamá hace una semana con un grupo y no sé nada de ella 🙏 Si alguien la vio en la selva por favor escríbame {CO1:n}""",
  prices=[], routes=[("Turbo", "CO", "Panama", "PA")],
  notes="Mother looking for a missing daughter; Colombian national number (Turbo cue).")

P("es", "classifieds", N, """Se busca camionero para rutas internacionales, 2.200 € al mes más dietas. Imprescindible carnet C+E y CAP.""",
  prices=[(2200, "EUR")], routes=[],
  notes="Job advert.")

P("es", "x", N, """La Policía Nacional desarticula en Almería una red que vendía falsos contratos de trabajo a migrantes por 3.000 euros cada uno.""",
  prices=[(3000, "EUR")], routes=[],
  notes="Police press release about document fraud; the place is not a route.")

# ---- German ----
P("de", "telegram", L, """Von Budapest nach Wien im Transporter 🚐
Abfahrt jede Nacht, kein Kontrollpunkt
500 Euro pro Person
{HU1:i}""",
  prices=[(500, "EUR")], routes=[("Budapest", "HU", "Vienna", "AT")],
  notes="Onward smuggling by van; Wien -> Vienna.")

P("de", "telegram", L, """Abholung in Białystok, Fahrt nach Berlin 🇩🇪
Fahrer mit deutschem Pass, sicher
1.200 € bar
{PL1:n}""",
  prices=[(1200, "EUR")], routes=[("Bialystok", "PL", "Berlin", "DE")],
  notes="Pickup after the Belarus-Poland crossing and car ride to Germany; Polish national number.")

P("de", "telegram", A, """Flug Athen → Frankfurt mit ähnlichem Pass ✈️
Du siehst aus wie der Passinhaber, Begleitung bis zum Gate
3.500 €
{GR2:i}""",
  prices=[(3500, "EUR")], routes=[("Athens", "GR", "Frankfurt", "DE")],
  notes="Look-alike passport with flight: air_crossing.")

P("de", "instagram", D, """Aufenthaltstitel & Fiktionsbescheinigung, echt im System 📄
Lieferung in 3 Wochen
4.000 € Anzahlung 1.000 €
{DE1:n}""",
  prices=[(4000, "EUR"), (1000, "EUR")], routes=[],
  notes="Fraudulent German residence documents: documents; German national number.")

P("de", "x", N, """Schleierfahnder stoppen Kleintransporter bei Passau, Fahrer festgenommen. Die zwölf Insassen sagen, sie seien in Ungarn mit Ziel München losgefahren und hätten pro Kopf 2.500 Euro gezahlt.""",
  prices=[(2500, "EUR")], routes=[("Hungary", "HU", "Munich", "DE")],
  notes="Police news; the place of the stop (Passau) is not a route; the passengers' stated trip is Hungary -> Munich.")

P("de", "facebook", N, """🚌 Fernbus Belgrad – Wien ab 39 €, täglich 3 Abfahrten, WLAN an Bord""",
  prices=[(39, "EUR")], routes=[("Belgrade", "RS", "Vienna", "AT")],
  notes="Legitimate bus advert.")

P("de", "facebook", N, """Kostenlose Asylverfahrensberatung in Leipzig, dienstags 10–14 Uhr. Wir helfen auch bei Familiennachzug. Tel. {DE3:n}""",
  prices=[], routes=[],
  notes="NGO advice service; times are not prices.")

P("de", "classifieds", N, """Erntehelfer gesucht 🍓 legal über die Westbalkanregelung, 13,90 € pro Stunde, Unterkunft wird gestellt.""",
  prices=[(13.9, "EUR")], routes=[],
  notes="Legal job advert; decimal comma price.")
