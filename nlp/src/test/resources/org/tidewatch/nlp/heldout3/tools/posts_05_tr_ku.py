from dsl import P, S, L, A, D, N

# ---- Turkish ----
P("tr", "telegram", S, """🚤 ÇEŞME ➡️ SAKIZ 🚤
Hava uygun olunca her gece çıkış var
Fiyat 1.800 €, emanet sistemi, varınca ödeme
Bilgi için {TR1:n}""",
  prices=[(1800, "EUR")], routes=[("Cesme", "TR", "Chios", "GR")],
  notes="Turkish boat offer; Sakız is Chios; Turkish national number.")

P("tr", "facebook", L, """Edirne'den Yunanistan'a Meriç nehri geçişi
Botla karşıya, orada araba bekliyor
Kişi başı 2 bin euro
WhatsApp {TR2:zc}""",
  prices=[(2000, "EUR")], routes=[("Edirne", "TR", "Greece", "GR")],
  notes="River crossing at a land border is land_crossing.")

P("tr", "instagram", D, """🇩🇪 Almanya oturum kartı (Aufenthaltstitel) sisteme kayıtlı
Orijinal gibi değil, orijinal 😉
5.000 € teslimatta ödeme
{DE2:i}""",
  prices=[(5000, "EUR")], routes=[],
  notes="Fraudulent German residence card 'registered in the system': documents.")

P("tr", "telegram", L, """İran'dan Van'a geçiş Doğubayazıt üzerinden
Yaya 1 gece, sonra araçla şehre
Ücret 35 bin TL
{TR3:n}""",
  prices=[(35000, "TRY")], routes=[("Iran", "IR", "Van", "TR")],
  notes="Iran -> Van via Dogubayazit (transit, üzerinden). 35 bin TL = 35000 TRY.")

P("tr", "telegram", A, """✈️ İstanbul – Amsterdam uçuşu benzer pasaportla
Havalimanında bizim adam eşlik ediyor
7500 euro, yarısı peşin
{TR4:s3}""",
  prices=[(7500, "EUR")], routes=[("Istanbul", "TR", "Amsterdam", "NL")],
  notes="Look-alike passport with airport escort: air_crossing.")

P("tr", "telegram", S, """⛵ Didim'den Kalabriya'ya yelkenli ile
Kabinli, yemekli, 4 gün
7.000 € kişi başı, çocuk 3.500 €
{TR5:n}""",
  prices=[(7000, "EUR"), (3500, "EUR")], routes=[("Didim", "TR", "Calabria", "IT")],
  notes="Sailing-yacht route Turkey -> Calabria; 4 days is a duration.")

P("tr", "x", N, """Sahil Güvenlik Komutanlığı: Ayvacık açıklarında Midilli'ye geçmeye çalışan 42 düzensiz göçmen yakalandı. Göçmenlerin organizatörlere kişi başı 1.500 dolar ödedikleri belirlendi.""",
  prices=[(1500, "USD")], routes=[(None, None, "Lesbos", "GR")],
  notes="Coast-guard press release; Ayvacık is the capture place, not stated as departure; Midilli -> Lesbos.")

P("tr", "facebook", N, """⛴️ Kuşadası – Samos feribot seferleri başladı
Gidiş-dönüş 35 euro, pasaport ve vize ile
Acenta: Ege Mavi Turizm {TR6:n}""",
  prices=[(35, "EUR")], routes=[("Kusadasi", "TR", "Samos", "GR")],
  notes="Legitimate ferry (invented agency).")

P("tr", "classifieds", N, """Almanya'da yerleşik firmamıza uluslararası tır şoförü aranıyor. Maaş 2.800 € + yol parası. SRC ve psikoteknik şart.""",
  prices=[(2800, "EUR")], routes=[],
  notes="Job advert; company location is not a route.")

P("tr", "x", N, """Kaçakçılar "garantili geçiş" diyor, sonra botu denizin ortasında bırakıp kaçıyorlar 😡 Çocuklarınızı bu insanlara emanet etmeyin.""",
  prices=[], routes=[],
  notes="Warning about smugglers quoting their slogan.")

P("tr", "facebook", N, """Schengen vize danışmanlığı 📑 randevu takibi ve dosya hazırlığı
Hizmet bedeli 3.500 TL, vize garantisi vermiyoruz
Adres: Kadıköy""",
  prices=[(3500, "TRY")], routes=[],
  notes="Legitimate visa consultancy that explicitly gives no guarantee.")

P("tr", "classifieds", N, """Satılık şişme bot 7,5 metre, 115 beygir motor, römork dahil. 450.000 TL pazarlık payı var. {TR7:i}""",
  prices=[(450000, "TRY")], routes=[],
  notes="Boat sale; length and horse power are not prices.")

# ---- Kurdish Sorani ----
P("ku", "facebook", L, """گەشتی ئەوروپا 🇩🇪
لە هەولێرەوە بۆ مینسک بە فڕۆکە، پاشان لە بێلاروسیاوە بۆ ئەڵمانیا بە ڕێبەر و ئۆتۆمبێل
نرخ ٥٠٠٠ دۆلار
ژمارەی عێراق {IQ1:n}""",
  prices=[(5000, "USD")], routes=[("Erbil", "IQ", "Minsk", "BY"), ("Belarus", "BY", "Germany", "DE")],
  notes="Sorani Belarus package; the irregular leg is by guide and car: land_crossing; Iraqi national number with 'Iraq number' cue.")

P("ku", "telegram", S, """بەلەم لە دانکێرکەوە بۆ بەریتانیا 🇬🇧
هەفتەی داهاتوو، جلی ژیان هەیە
سێ هەزار پاوەند بۆ هەر کەسێک
{FR1:i}""",
  prices=[(3000, "GBP")], routes=[("Dunkirk", "FR", "United Kingdom", "GB")],
  notes="Sorani Channel small-boat offer; 'three thousand pounds' in words.")

P("ku", "facebook", D, """پاسپۆرتی یۆنانی 🇬🇷 لە سیستەمدا تۆمارکراو
وێنەی خۆت، ناوی خۆت
٦٠٠٠ یۆرۆ
{GR1:n}""",
  prices=[(6000, "EUR")], routes=[],
  notes="Forged Greek passport 'registered in the system': documents; Greek national number (Greek passport cue).")

P("ku", "x", N, """ڕووداو: ٢٧ کۆچبەر لە کەناڵی ئینگلیز خنکان. بەلەمەکە لە فەرەنساوە بەرەو بەریتانیا دەڕۆیشت. خێزانەکان دەڵێن هەر کەسێک ٢٥٠٠ یۆرۆی داوە بە قاچاخچییەکان.""",
  prices=[(2500, "EUR")], routes=[("France", "FR", "United Kingdom", "GB")],
  notes="News; the Channel is where they drowned, the journey is France -> UK.")

P("ku", "facebook", N, """✈️ گەشتی هەولێر - ئەستەنبوڵ
بلیت ١٥٠ دۆلار، ڕۆژانە
ئاژانسی گەشتیاری ئاسۆ""",
  prices=[(150, "USD")], routes=[("Erbil", "IQ", "Istanbul", "TR")],
  notes="Legitimate airline ticket advert by an invented agency.")

P("ku", "facebook", N, """براکەم دوو هەفتە پێش ئێستا لە مینسکەوە چوو بۆ سنووری پۆڵەندا و هیچ هەواڵێکمان نییە 😢 تکایە هەر کەس زانیاری هەیە پەیوەندی بکات {IQ2:i}""",
  prices=[], routes=[("Minsk", "BY", "Poland", "PL")],
  notes="Relative looking for a missing brother; 'to the Polish border' names Poland as the destination end.")

# ---- Kurdish Kurmanji ----
P("ku", "facebook", L, """Ji Amûdê derbasî Tirkiyê 🚶
Bi rêberê ewle, şevekê
Biha 1200 dolar
Têkilî {SY1:i}""",
  prices=[(1200, "USD")], routes=[("Amuda", "SY", "Turkey", "TR")],
  notes="Kurmanji Syria -> Turkey on foot.")

P("ku", "telegram", S, """Ji Marmarîsê ber bi Rodosê bi qeyikê 🚤
Hefteya bê, cihên kêm hene
1700 euro, pere li cem emanetçî
{TR8:n}""",
  prices=[(1700, "EUR")], routes=[("Marmaris", "TR", "Rhodes", "GR")],
  notes="Kurmanji boat offer with escrow (emanet).")

P("ku", "facebook", N, """Hişyarî! Qaçaxçî derewan dikin, dibêjin "rê ewle ye". Zarokên xwe neşînin nav deryayê. Gelek ji me winda bûn.""",
  prices=[], routes=[],
  notes="Kurmanji warning about smugglers.")

P("ku", "classifieds", N, """Li Almanyayê karkerê avahiyê tê xwestin. Meaş 2.400 € mehê, peymana qanûnî. {DE1:n}""",
  prices=[(2400, "EUR")], routes=[],
  notes="Kurmanji legal job advert; German national number (Germany cue).")
