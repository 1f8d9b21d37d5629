from dsl import P, S, L, A, D, N

# ---- Persian / Dari ----
P("fa", "telegram", L, """🔺 انتقال از سلماس به وان 🔺
پیاده دو شب با راهنمای محلی، بعدش ماشین تا شهر
قیمت: ۶۰ میلیون تومان، نصف اول نصف بعد از رسیدن
تماس {IR1:pn}""",
  prices=[(600000000, "IRR")], routes=[("Salmas", "IR", "Van", "TR")],
  notes="Iran -> Turkey on foot; 60 million toman = 600,000,000 IRR; Iranian national number in Persian digits.")

P("fa", "telegram", S, """بلم از بدروم به کوس 🇬🇷
هوا خوب باشه هر شب حرکت داریم، جلیقه نجات داریم
۲۰۰۰ یورو، امانت پیش صراف
واتساپ {TR3:i}""",
  prices=[(2000, "EUR")], routes=[("Bodrum", "TR", "Kos", "GR")],
  notes="Dari/Persian rubber-boat offer with escrow at a money changer (not a route end).")

P("fa", "facebook", L, """از نیمروز به ایران هر هفته موتر داریم
کرایه ۵۰ هزار افغانی، راه امن و بی‌خطر
شماره {AF1:n}""",
  prices=[(50000, "AFN")], routes=[("Nimruz", "AF", "Iran", "IR")],
  notes="Dari offer Afghanistan -> Iran by car; افغانی is AFN.")

P("fa", "instagram", D, """ویزای کاری کرواسی 🇭🇷 تضمینی
قرارداد کار و مدارک شغلی و بانکی با ما
هزینه کامل ۴۵۰۰ یورو، بعد از صدور ویزا
دایرکت یا {IR1:z}""",
  prices=[(4500, "EUR")], routes=[],
  notes="Guaranteed work visa with made-up job and bank papers: documents; Croatia is the visa country, not a route.")

P("fa", "telegram", A, """✈️ پرواز مستقیم تهران به تورنتو
ویزای کانادا با مدارک کامل (همه مدارک رو خودمون درست میکنیم)
۱۲ هزار دلار، بلیط هم حساب شده
{IR2:i}""",
  prices=[(12000, "USD")], routes=[("Tehran", "IR", "Toronto", "CA")],
  notes="Fraudulently obtained visa (fabricated papers) with the flight: air_crossing.")

P("fa", "telegram", L, """گیم از سوبوتیتسا به مجارستان 🇭🇺
با نردبان از دیوار، ماشین آن طرف منتظره
۳ هزار یورو، پول پیش امانت‌دار
{RS2:n}""",
  prices=[(3000, "EUR")], routes=[("Subotica", "RS", "Hungary", "HU")],
  notes="Balkan 'game' over the border fence: land_crossing; Serbian national number cued by Subotica.")

P("fa", "x", N, """ژاندارمری ترکیه در یک مینی‌بوس در جاده ارزروم ۳۱ پناهجوی افغانستانی پیدا کرد. آنها چند روز قبل پیاده از ایران به ترکیه آمده بودند؛ راننده گفته از هر کدام ۲۵ هزار لیر گرفته است.""",
  prices=[(25000, "TRY")], routes=[("Iran", "IR", "Turkey", "TR")],
  notes="News; the place where the minibus was stopped is not a route, the reported crossing is; لیر = Turkish lira.")

P("fa", "instagram", N, """🌙 تور استانبول از تهران
۷ شب هتل ۴ ستاره با صبحانه
قیمت از ۴۵ میلیون تومان
آژانس مسافرتی آسمان‌سیر {IR3:n}""",
  prices=[(450000000, "IRR")], routes=[("Tehran", "IR", "Istanbul", "TR")],
  notes="Legitimate tour (invented agency); 45 million toman = 450,000,000 IRR.")

P("fa", "instagram", N, """مشاوره رایگان اخذ ویزای تحصیلی آلمان 🎓
فقط پرونده‌های واقعی، هیچ تضمینی نمی‌دهیم، وقت سفارت را خودتان می‌گیرید.""",
  prices=[], routes=[],
  notes="Legitimate study-visa consultancy; a visa country is not a route.")

P("fa", "facebook", N, """برادرم جاوید سه هفته پیش از ماکو به طرف ترکیه رفت و دیگر خبری ازش نداریم 😔 اگر کسی خبری دارد لطفاً به این شماره زنگ بزند {AF2:i}""",
  prices=[], routes=[("Maku", "IR", "Turkey", "TR")],
  notes="Dari post by a relative looking for a missing person.")

P("fa", "forum", N, """کسی قاچاقبر مطمئن برای رفتن از استانبول به بلغارستان میشناسه؟ هر کی میشناسه پیام بده، پول نقد دارم.""",
  prices=[], routes=[("Istanbul", "TR", "Bulgaria", "BG")],
  notes="Demand-side post.")

P("fa", "telegram", N, """⛔️ هشدار ⛔️ این شماره کلاهبرداره: {AF3:n}
از ما ۱۵۰۰ دلار گرفت به اسم گیم بوسنی و دیگه جواب نمیده. پخش کنید""",
  prices=[(1500, "USD")], routes=[],
  notes="Victim warning about a scammer; 'Bosnia game' names no journey ends; Afghan national number (Dari wording, Afghan victims).")

# ---- Pashto ----
P("ps", "facebook", L, """له کوټې څخه زاهدان ته او بیا استانبول ته 🚶
لاره خوندي ده، ډوډۍ او اوبه راسره دي
قیمت ۲۵۰۰ ډالر
اړیکه {PK1:n}""",
  prices=[(2500, "USD")], routes=[("Quetta", "PK", "Zahedan", "IR"), ("Zahedan", "IR", "Istanbul", "TR")],
  notes="Pashto land-route offer with two legs; Pakistani national number (Quetta cue).")

P("ps", "telegram", L, """له هرات نه ایران ته هره ورځ حرکت
کرایه ۴۰ زره افغانۍ
واټساپ {AF4:i}""",
  prices=[(40000, "AFN")], routes=[("Herat", "AF", "Iran", "IR")],
  notes="Pashto offer; ۴۰ زره = 40 thousand.")

P("ps", "facebook", D, """د اروپا ویزې او پاسپورټونه په تضمین 📄
ستاسو عکس، زموږ کار، ټول سیسټم کې ثبت
قیمت ۵ لکه کلدارې
{PK2:i}""",
  prices=[(500000, "PKR")], routes=[],
  notes="Forged passports/visas 'registered in the system'; 5 lakh kaldar (Pakistani rupees) = 500000 PKR.")

P("ps", "telegram", S, """له انطالیې نه ایټالیا ته په یخت ⛵
اته زره یورو، ماشومان نیمه بیه
امانت په دفتر کې
{TR4:i}""",
  prices=[(8000, "EUR")], routes=[("Antalya", "TR", "Italy", "IT")],
  notes="Pashto yacht offer; 'اته زره' is eight thousand in words; half price is a share.")

P("ps", "x", N, """د ایران پولیسو تېره اونۍ ۳۰۰ افغان کډوال بېرته افغانستان ته وشړل. ډېری یې له نیمروز لارې ایران ته تللي وو.""",
  prices=[], routes=[(None, None, "Afghanistan", "AF"), (None, None, "Iran", "IR")],
  notes="News about a deportation (Iran is named only as the police's country, not as a departure point, so the origin is null) and the earlier crossing; Nimruz is introduced as the way through (transit), so the second journey has no stated origin.")

P("ps", "facebook", N, """⚠️ د UNHCR خبرتیا: قاچاقبرو ته پیسې مه ورکوئ. د پناه غوښتنې لپاره زموږ دفتر ته راشئ، مرسته وړیا ده.""",
  prices=[], routes=[],
  notes="UNHCR warning.")

P("ps", "facebook", N, """په دبۍ کې د ټیکسي چلوونکي دنده 🚕
معاش ۳۰۰۰ درهمه او استوګنځای
قانوني ویزه د شرکت له خوا
{AE2:n}""",
  prices=[(3000, "AED")], routes=[],
  notes="Legitimate job advert in Dubai; درهم in the UAE is AED; UAE national number cued by Dubai.")

P("ps", "forum", N, """زما ورور په بلغاریا کې نیول شوی، څوک یو ښه وکیل پیژني چې مرسته وکړي؟ موږ ډېر پرېشانه یو.""",
  prices=[], routes=[],
  notes="Asking for help; where the brother is held is not a route.")

# ---- Urdu ----
P("ur", "facebook", S, """🇮🇹 اٹلی کا پکا کام 🇮🇹
لاہور سے بن غازی فلائٹ، پھر کشتی سے اٹلی
ٹوٹل 22 لاکھ روپے، آدھے پہنچنے کے بعد
رابطہ {PK3:n}""",
  prices=[(2200000, "PKR")], routes=[("Lahore", "PK", "Benghazi", "LY"), ("Benghazi", "LY", "Italy", "IT")],
  notes="Flight to Libya then boat: sea_crossing; 22 lakh = 2,200,000 PKR.")

P("ur", "facebook", L, """تفتان سے ایران، پھر وان تک پیدل 🚶‍♂️
گروپ نکل رہا ہے اگلے ہفتے
فی بندہ 8 لاکھ روپے
واٹس ایپ {PK4:dash}""",
  prices=[(800000, "PKR")], routes=[("Taftan", "PK", "Iran", "IR"), ("Iran", "IR", "Van", "TR")],
  notes="Land route Pakistan -> Iran -> Van (Turkey); national number with dashes.")

P("ur", "facebook", D, """یونان کا ریزیڈنس کارڈ 🇬🇷 سسٹم میں رجسٹرڈ
پانچ سال والا، اصل جیسا، چیک کروا لیں
4000 یورو
{GR1:i}""",
  prices=[(4000, "EUR")], routes=[],
  notes="Fraudulent Greek residence card: documents.")

P("ur", "telegram", A, """دبئی سے لندن ✈️ ہمشکل پاسپورٹ کے ساتھ
ایئرپورٹ پر بندہ ساتھ ہوگا
£9,500 مکمل پیکج
{AE3:i}""",
  prices=[(9500, "GBP")], routes=[("Dubai", "AE", "London", "GB")],
  notes="Look-alike passport and airport escort: air_crossing.")

P("ur", "x", N, """ایف آئی اے نے گوجرانوالہ میں انسانی اسمگلر کو گرفتار کر لیا جو فی کس 25 لاکھ روپے لے کر لوگوں کو لیبیا کے راستے اٹلی بھیجتا تھا۔""",
  prices=[(2500000, "PKR")], routes=[(None, None, "Italy", "IT")],
  notes="FIA press release; arrest place is not a route, Libya is transit ('کے راستے').")

P("ur", "facebook", N, """🕋 عمرہ پیکج لاہور سے جدہ
15 دن، ہوٹل حرم کے قریب
صرف 3 لاکھ 50 ہزار روپے
الحرمین ٹریولز {PK5:n}""",
  prices=[(350000, "PKR")], routes=[("Lahore", "PK", "Jeddah", "SA")],
  notes="Legitimate pilgrimage package (invented agency); 3 lakh 50 thousand = 350000.")

P("ur", "facebook", N, """کوئی بھائی بتائے یورپ جانے کا محفوظ راستہ؟ کسی اچھے ایجنٹ کا نمبر دے دیں، پیسے کا انتظام ہے""",
  prices=[], routes=[(None, None, "Europe", None)],
  notes="Demand-side post asking for a smuggler.")

P("ur", "facebook", N, """میرا بیٹا یونان کے قریب کشتی حادثے میں لاپتہ ہو گیا 💔 ایجنٹوں کے چکر میں مت آئیں، اپنے بچوں کو مت بھیجیں""",
  prices=[], routes=[],
  notes="Grieving parent warning others; accident place is not a route.")
