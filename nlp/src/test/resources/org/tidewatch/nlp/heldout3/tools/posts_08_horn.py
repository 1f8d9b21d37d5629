from dsl import P, S, L, A, D, N

# ---- Tigrinya ----
P("ti", "facebook", L, """ካብ ካርቱም ናብ ሊብያ ብመኪና ጉዕዞ ኣሎ 🚙
መራሒ ዘለዎ፣ ማይን መግብን ምሳና
ዋጋ 3000 ዶላር
ቁጽሪ ሱዳን {SD1:n}""",
  prices=[(3000, "USD")], routes=[("Khartoum", "SD", "Libya", "LY")],
  notes="Tigrinya desert-crossing offer; Sudanese national number with 'Sudan number' cue.")

P("ti", "telegram", S, """ካብ ትሪፖሊ ናብ ኢጣልያ ብጃልባ 🚤
ዓባይ ጃልባ፣ ውሑስ ጉዕዞ
4500 ዶላር፣ ክፍሊት ድሕሪ ምብጻሕ
{LY1:i}""",
  prices=[(4500, "USD")], routes=[("Tripoli", "LY", "Italy", "IT")],
  notes="Tigrinya boat offer with payment after arrival.")

P("ti", "facebook", D, """ፓስፖርትን ቪዛን ንስራሕ ደገ 📄
ኩሉ ወረቐት ንሕና ነዳልው
2000 ዶላር
{ET1:i}""",
  prices=[(2000, "USD")], routes=[],
  notes="Tigrinya documents offer (passport and visa, 'we prepare all papers').")

P("ti", "facebook", N, """ተጠንቀቑ ❌ እዚ ቁጽሪ ኣታላሊ እዩ {LY2:i}
1500 ዶላር ወሲዱ ጠፊኡ""",
  prices=[(1500, "USD")], routes=[],
  notes="Victim warning about a scammer's number.")

P("ti", "x", N, """ካብ ሊብያ ናብ ኢጣልያ ትጓዓዝ ዝነበረት ጃልባ ሰጢማ 60 ኤርትራውያን ጠፊኦም ኣለዉ።""",
  prices=[], routes=[("Libya", "LY", "Italy", "IT")],
  notes="News of a shipwreck with the journey.")

P("ti", "facebook", N, """ሓወይ ካብ ሱዳን ናብ ሊብያ ከይዱ ድሕሪኡ ኣይተራኸብናን 😢 ዝፈልጥ እንተሎ ደውሉ {ER1:i}""",
  prices=[], routes=[("Sudan", "SD", "Libya", "LY")],
  notes="Relative looking for a missing brother.")

# ---- Amharic ----
P("am", "telegram", S, """ከኦቦክ ወደ የመን በጀልባ 🚤
በየሳምንቱ ጉዞ አለ
ዋጋ 50,000 ብር
{DJ1:i}""",
  prices=[(50000, "ETB")], routes=[("Obock", "DJ", "Yemen", "YE")],
  notes="Amharic Horn of Africa boat offer; ብር = ETB.")

P("am", "facebook", L, """ከሞያሌ ወደ ደቡብ አፍሪካ በመኪና 🚐
በኬንያ እና ታንዛኒያ በኩል፣ ታማኝ ሹፌር
3500 ዶላር
{ET1:n}""",
  prices=[(3500, "USD")], routes=[("Moyale", "ET", "South Africa", "ZA")],
  notes="Southern route by car; Kenya and Tanzania are transit (በ...በኩል); Ethiopian national number (Moyale cue).")

P("am", "facebook", D, """የሳውዲ የስራ ቪዛ በዋስትና 🇸🇦
የስራ ውል እና ሰነዶች እኛ እናዘጋጃለን
80 ሺህ ብር
{ET2:i}""",
  prices=[(80000, "ETB")], routes=[],
  notes="Guaranteed work visa with made-up contract: documents; 80 ሺህ = 80 thousand.")

P("am", "x", N, """አይኦኤም፡ በየመን የነበሩ 300 ኢትዮጵያውያን ስደተኞች ከየመን ወደ ኢትዮጵያ በበረራ ተመለሱ።""",
  prices=[], routes=[("Yemen", "YE", "Ethiopia", "ET")],
  notes="IOM voluntary-return news.")

P("am", "facebook", N, """ህጋዊ የውጭ ሀገር ስራ ስምሪት ኤጀንሲ 🏢 በሰራተኛና ማህበራዊ ሚኒስቴር የተፈቀደ
ዱባይ ውስጥ የቤት ሰራተኛ ስራ፣ ደሞዝ 1,500 ድርሃም፣ ህጋዊ ውል""",
  prices=[(1500, "AED")], routes=[],
  notes="Licensed employment agency; the job is in Dubai, so ድርሃም is AED; the job location is not a route.")

P("am", "facebook", N, """እህቴ በሊቢያ ታግታለች 😭 5000 ዶላር ካልከፈልን ይገድሏታል ይላሉ። እባካችሁ እርዱን""",
  prices=[(5000, "USD")], routes=[],
  notes="Family asking for help with a ransom; where she is held is not a route.")

# ---- Somali ----
P("so", "facebook", S, """Tahriib 🚤 Boosaaso ilaa Yemen doon
Toddobaad walba waa la baxaa
Qiimaha $400 qofkii
{SO1:i}""",
  prices=[(400, "USD")], routes=[("Bosaso", "SO", "Yemen", "YE")],
  notes="Somali boat offer across the Gulf of Aden.")

P("so", "telegram", L, """Safar Muqdisho → Itoobiya → Suudaan → Liibiya 🚙
gaari iyo hage, biyo iyo cunto
lacagta 3,500 doolar
{SO2:n}""",
  prices=[(3500, "USD")], routes=[("Mogadishu", "SO", "Ethiopia", "ET"), ("Ethiopia", "ET", "Sudan", "SD"), ("Sudan", "SD", "Libya", "LY")],
  notes="Somali multi-leg land trip 'A -> B -> C -> D': one route per leg; Somali national number.")

P("so", "facebook", D, """Baasaboor Kenya ah oo system-ka ku jira 🇰🇪
sawirkaaga iyo magacaaga
$1,200
{KE1:i}""",
  prices=[(1200, "USD")], routes=[],
  notes="Forged Kenyan passport 'in the system': documents.")

P("so", "x", N, """Doon ka soo ambabaxday Boosaaso una socotay Yemen ayaa ku degtay, 40 qof ayaa la la'yahay.""",
  prices=[], routes=[("Bosaso", "SO", "Yemen", "YE")],
  notes="Somali shipwreck news.")

P("so", "facebook", N, """💵 Xawaalad degdeg ah: lacag u dir Soomaaliya, Kenya iyo Itoobiya. Adeeg aamin ah. {SO3:n}""",
  prices=[], routes=[],
  notes="Money-transfer advert; transfers are not routes.")

P("so", "facebook", N, """Wiilkayga wuxuu u baxay tahriib, hadda Liibiya ayuu ku xiran yahay. Waxay dalbanayaan $8,000 madax-furasho 😢 Fadlan na caawiya""",
  prices=[(8000, "USD")], routes=[],
  notes="Parent asking for help with a ransom.")
