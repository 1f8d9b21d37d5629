from dsl import P, S, L, A, D, N

# ---- Arabic offers ----
P("ar", "telegram", S, """🚤 رحلة جديدة من القره بوللي إلى لامبيدوزا 🇮🇹
المركب خشب 14 متر، قبطان تونسي خبرة
السعر ٣٥٠٠ يورو للشخص، الصغار نص السعر
الدفع عند الوصول عن طريق مكتب بطرابلس
واتساب ليبيا: {LY1:n}""",
  prices=[(3500, "EUR")], routes=[("Garabulli", "LY", "Lampedusa", "IT")],
  notes="Libyan-dialect boat offer; 'half price' for children is a share, not a price; the payment office in Tripoli is not a route end; national Libyan number with 'Libya WhatsApp' cue.")

P("ar", "facebook", S, """يا شباب الحرقة من جبنيانة للمبدوزة خارجة الجمعة إن شاء الله 🌊
الفلوكة فيها موتور 200 حصان
الثمن 8 ملاين و الي عندو صغار نتفاهمو
كلمني {TN1:i}""",
  prices=[(8000, "TND")], routes=[("Jebiniana", "TN", "Lampedusa", "IT")],
  notes="Tunisian dialect; Tunisian 'ملاين' counts millions of millimes, so 8 ملاين = 8000 TND; 200 hp is engine power, not a price.")

P("ar", "facebook", S, """حراقة عنابة ⛵ كاين خرجة لسردينيا هاد السمانة
البوطي جديد و الموطور 2 
الپلاصة 120 مليون، تخلص نص هنا و نص كي توصل
للتواصل {DZ1:n}""",
  prices=[(1200000, "DZD")], routes=[("Annaba", "DZ", "Sardinia", "IT")],
  notes="Algerian harga offer Annaba -> Sardinia; 120 مليون = 120 million centimes = 1,200,000 DZD.")

P("ar", "telegram", S, """الحريك من طرفاية لجزر الكناري 🇪🇸
الفلوكة كتخرج مع الفجر، 60 واحد فالمركب
الثمن 4 مليون سنتيم (يعني 40 ألف درهم)
واتساب {MA1:n}""",
  prices=[(40000, "MAD")], routes=[("Tarfaya", "MA", "Canary Islands", "ES")],
  notes="Moroccan darija; 4 million centimes restated as 40 ألف درهم: the same amount, listed once as 40000 MAD; 60 is a head count.")

P("ar", "facebook", S, """السفر لإيطاليا 🇮🇹 مضمون 100%
من مطروح لطبرق بالعربية، بعدين من طبرق لإيطاليا في مركب كبير
التكلفة ١٥٠ ألف جنيه والدفع على مراحل
اتصل: {EG1:n}""",
  prices=[(150000, "EGP")], routes=[("Marsa Matruh", "EG", "Tobruk", "LY"), ("Tobruk", "LY", "Italy", "IT")],
  notes="Egyptian offer with a land leg then a boat: two legs; multi-leg ending at sea is sea_crossing; جنيه in Egypt is EGP.")

P("ar", "telegram", L, """رحلات يومية من الفاشر إلى الكفرة 🚙 عربات لاندكروزر
الدليل من أهل المنطقة، توصيل لحدي بنغازي
السعر 2000 دولار
رقم السودان {SD1:n}""",
  prices=[(2000, "USD")], routes=[("El Fasher", "SD", "Kufra", "LY"), ("Kufra", "LY", "Benghazi", "LY")],
  notes="Sudanese desert crossing into Libya by car; 'delivery up to Benghazi' is a second leg; national number with 'Sudan number' cue.")

P("ar", "telegram", S, """رحلة بحرية من طرابلس الشام لقبرص 🇨🇾
يخت مريح، عدد محدود، مع سترات نجاة
٣ آلاف دولار للراس
للحجز {LB1:i}""",
  prices=[(3000, "USD")], routes=[("Tripoli", "LB", "Cyprus", "CY")],
  notes="Lebanon -> Cyprus smuggling trip; طرابلس الشام is Tripoli in Lebanon, not Libya.")

P("ar", "telegram", S, """📢 طلعة بلم من ازمير ع ساموس
الضمان بمكتب بإسطنبول، ما بتدفع ولا ليرة قبل ما توصل
السعر 1500$ والولد تحت ال 6 سنين ببلاش
تواصل واتس {TR1:i}""",
  prices=[(1500, "USD")], routes=[("Izmir", "TR", "Samos", "GR")],
  notes="Syrian-dialect rubber-boat (بلم) offer with escrow office (not a route end); 'free under 6' has no amount.")

P("ar", "facebook", L, """عروض بيلاروسيا رجعت 🔥
فيزا + تذكرة بغداد مينسك + تكسي لحدود بولندا + دليل بالغابة
السعر الكامل 4500 دولار
للاستفسار ٠٧٩١ ارسل رسالة واتس {IQ1:n}""",
  prices=[(4500, "USD")], routes=[("Baghdad", "IQ", "Minsk", "BY"), ("Minsk", "BY", "Poland", "PL")],
  notes="Iraqi Belarus package: flight Baghdad-Minsk then a guided forest crossing into Poland; irregular part is on foot: land_crossing. The lone '٠٧٩١' is not a full number.")

P("ar", "telegram", L, """تهريب من اليمن للسعودية عن طريق صعدة 🚶‍♂️🚶‍♂️
مشي ليلتين ومعاكم مرافق
1500 ريال سعودي
واتساب {YE1:i}""",
  prices=[(1500, "SAR")], routes=[("Yemen", "YE", "Saudi Arabia", "SA")],
  notes="Yemen -> Saudi on foot; Saada is introduced as transit (عن طريق), not an end.")

P("ar", "telegram", S, """✨ VIP ✨ رحلة يخت من طبرق إلى كريت
مقاعد محدودة 15 شخص فقط، أكل وشرب ومكان نوم
٦ آلاف يورو، الدفع بعد الوصول عند الضامن
{LY2:i}""",
  prices=[(6000, "EUR")], routes=[("Tobruk", "LY", "Crete", "GR")],
  notes="Eastern Libya -> Crete yacht VIP offer with guarantor payment.")

P("ar", "facebook", D, """إقامة إيطالية 🇮🇹 مسجلة بالسيستم، مش تقليد
تجديد خمس سنين، تستلمها خلال شهر
المبلغ 2500 يورو كاش أو حوالة
تليجرام أو واتس {IT1:i}""",
  prices=[(2500, "EUR")], routes=[],
  notes="Fraudulent Italian residence permit 'registered in the system'; documents only; 'five years' is a duration.")

P("ar", "instagram", S, """7arka mel Haouaria l Pantelleria 🚤 khat sghir w sari3
el prix 3000 dt el kbir w 1500 lel sghar
bel amana 3and wa7ed fi Tunis
contact {TN2:n}""",
  prices=[(3000, "TND"), (1500, "TND")], routes=[("El Haouaria", "TN", "Pantelleria", "IT")],
  notes="Tunisian Arabizi; 'dt' is TND and the bare 1500 takes it; amana holder in Tunis is not a route end.")

P("ar", "telegram", A, """سفر لبلجيكا بالطيارة ✈️ بجواز أوروبي شبيه (لوك لايك)
الطلعة من مطار إسطنبول IST، مرافق لحد ما تقطع الجوازات
9 آلاف يورو، نصها مقدم
للتواصل {TR2:e}""",
  prices=[(9000, "EUR")], routes=[("Istanbul", "TR", "Belgium", "BE")],
  notes="Flight with a look-alike European passport and airport escort: air_crossing.")

P("ar", "facebook", S, """جيت سكي 🌊 من القصر الصغير لطريفة فـ 40 دقيقة
جوج أشخاص فقط فكل رحلة
الثمن 25 ألف درهم للواحد
{MA2:dot}""",
  prices=[(25000, "MAD")], routes=[("Ksar es-Seghir", "MA", "Tarifa", "ES")],
  notes="Jet-ski crossing is sea_crossing; 40 minutes is a duration; Moroccan national number with dots, cued by darija and درهم.")

P("ar", "telegram", L, """🚙🚙 رحلات من أرليت إلى سبها كل خميس بالتويوتا
350 ألف فرنك سيفا للشخص
{NE1:i}""",
  prices=[(350000, "XOF")], routes=[("Arlit", "NE", "Sabha", "LY")],
  notes="Niger -> Libya desert crossing; CFA franc in Niger is XOF.")

P("ar", "facebook", D, """عقود عمل للبرتغال 🇵🇹 مع فيزا مضمونة 100%
نجهز لك كشف حساب وشهادة خبرة وكل الأوراق
7000 يورو، ولا تدفع شي قبل الفيزا
تواصل {AE1:i}""",
  prices=[(7000, "EUR")], routes=[],
  notes="Guaranteed work visa with made-up bank statement and experience certificate: documents; Portugal is the visa country, not a route.")

# ---- Arabic hard negatives ----
P("ar", "x", N, """عاجل | خفر السواحل ينقذ 112 مهاجرا قبالة صبراتة بعد تعطل محرك قاربهم الذي انطلق من صبراتة باتجاه لامبيدوزا. وقال ناجون إن كلا منهم دفع نحو 4000 دينار ليبي للمهربين.""",
  prices=[(4000, "LYD")], routes=[("Sabratha", "LY", "Lampedusa", "IT")],
  notes="News report: rescue place is not a route, but the boat's reported departure and destination are; price paid to smugglers reported.")

P("ar", "facebook", N, """⚠️ الهلال الأحمر ينبه: لا تصدقوا من يعدكم برحلة آمنة مقابل المال. البحر لا يرحم.
إذا كنت بحاجة لمساعدة أو فقدت الاتصال بأحد أقاربك اتصل على خط الدعم {TN3:i}""",
  prices=[], routes=[],
  notes="Red Crescent warning with a help-line number; no journey or amount named.")

P("ar", "facebook", N, """⛴️ رحلات العبّارة طنجة المتوسط ⇄ الجزيرة الخضراء
يوميا كل ساعتين، التذكرة 45 يورو للراكب و 160 يورو للسيارة
الحجز في وكالتنا بوسط المدينة أو على {MA3:n}""",
  prices=[(45, "EUR"), (160, "EUR")], routes=[("Tanger Med", "MA", "Algeciras", "ES")],
  notes="Legitimate ferry advert; the port Tanger Med is named at the level the text gives (a port); the two-way arrow is recorded in written order (right-to-left: Tanger Med first).")

P("ar", "facebook", N, """عمرة رمضان 🕋 من القاهرة إلى جدة، فندق 5 نجوم مكة والمدينة
السعر ٨٥ ألف جنيه شامل الطيران
شركة النخيل للسياحة {EG2:n}""",
  prices=[(85000, "EGP")], routes=[("Cairo", "EG", "Jeddah", "SA")],
  notes="Legitimate pilgrimage package by a travel agency.")

P("ar", "facebook", N, """مرحبا جماعة، بدي حدا يطلعني من تركيا لليونان ضروري، مين بيعرف مهرب ثقة؟ ما معي غير 1000 دولار 🙏""",
  prices=[(1000, "USD")], routes=[("Turkey", "TR", "Greece", "GR")],
  notes="Demand-side post: a migrant looking for a smuggler is not an offer.")

P("ar", "telegram", N, """انتبهوا يا اخوان ❌❌ هاد الرقم {LY3:n} نصاب
اخد مني 2000 دولار على أساس رحلة لإيطاليا ومن يومها مقفل تلفونه
شاركوا المنشور""",
  prices=[(2000, "USD")], routes=[(None, None, "Italy", "IT")],
  notes="Victim warning about a scammer's number; the promised trip to Italy has no origin.")

P("ar", "facebook", N, """أخي محمد مفقود منذ 12 يوم 💔 طلع من طبرق على مركب رايح لإيطاليا ومن وقتها ما عرفنا عنه شي
اللي عنده أي معلومة يتصل على {EG3:i} الله يجزيكم الخير""",
  prices=[], routes=[("Tobruk", "LY", "Italy", "IT")],
  notes="Relative looking for a missing person; the reported journey is a route.")

P("ar", "facebook", N, """مطلوب سائق شاحنة ثقيلة لخط صفاقس - طرابلس
الراتب 1800 دينار + منحة
شرط رخصة صنف C+E
{TN4:n}""",
  prices=[(1800, "TND")], routes=[("Sfax", "TN", "Tripoli", "LY")],
  notes="Truck-driver job advert; the freight line is a route of goods; salary in Tunisian dinars (Sfax cue).")

P("ar", "facebook", N, """أحبطت وحدات حرس السواحل بوهران محاولة هجرة غير شرعية لـ 17 شخصا كانوا يعتزمون الإبحار نحو السواحل الإسبانية، وتم حجز قارب ومحرك ومبلغ 300 مليون سنتيم.""",
  prices=[(3000000, "DZD")], routes=[(None, None, "Spain", "ES")],
  notes="Algerian coast-guard press release; Oran is where the unit acted (not stated as departure); 'Spanish coast' becomes the country; 300 million centimes = 3,000,000 DZD.")

P("ar", "x", N, """ههههه قالك توصل لإيطاليا فـ 10 ساعات و بالأمان 😂😂
الأمان الوحيد هو إنك تولي عشاء للحوت. ما تصدقوش الحراقة يا جماعة""",
  prices=[], routes=[(None, None, "Italy", "IT")],
  notes="Sarcastic warning about smugglers' promises; not an offer.")

P("ar", "facebook", N, """رحلة سياحية 🇹🇷 من عمّان إلى إسطنبول
5 أيام / 4 ليالي، فندق وإفطار وجولات
1200 دولار للشخص
{JO1:i}""",
  prices=[(1200, "USD")], routes=[("Amman", "JO", "Istanbul", "TR")],
  notes="Legitimate tour package; days/nights are durations.")

P("ar", "classifieds", N, """للبيع زودياك 6.5 متر مع محرك ياماها 40 حصان
حالة ممتازة، مستعمل موسم واحد فقط
السعر 45 ألف دينار قابل للتفاوض - الخمس
{LY4:n}""",
  prices=[(45000, "LYD")], routes=[],
  notes="Boat sale in Libya (Khoms); length and engine power are not prices; a sale is not an offer.")

P("ar", "facebook", N, """💸 حوالات من ألمانيا وهولندا إلى سوريا وتركيا بأفضل سعر
التسليم خلال ساعة، ثقة وأمان
{DE1:i}""",
  prices=[], routes=[],
  notes="Money-transfer advert; money transfers are not routes.")

P("ar", "forum", N, """شو رأيكم بطريق بيلاروسيا لبولندا هالأيام؟ سمعت إنو الغابة صارت خطيرة كتير والبولونيين عم يرجعوا الناس. في حدا جرب؟""",
  prices=[], routes=[("Belarus", "BY", "Poland", "PL")],
  notes="Discussion of the dangers of a route; asking about a journey is a route but not an offer.")

P("ar", "x", N, """المنظمة الدولية للهجرة: غرق قارب يقل 80 مهاجرا إثيوبيا قبالة سواحل لحج في اليمن، كان في طريقه من جيبوتي إلى اليمن. ونقل الناجون أنهم دفعوا ما بين 300 و 500 دولار للرحلة.""",
  prices=[(300, "USD"), (500, "USD")], routes=[("Djibouti", "DJ", "Yemen", "YE")],
  notes="IOM news; place of the wreck (Lahj) is not a route end, the journey is stated as Djibouti to Yemen; range gives both ends.")

P("ar", "telegram", N, """chkoun ya3ref kifech ndir visa etudes? 3andi inscription f univ w ma3labalich b el dossier 😅 svp 3awnouni""",
  prices=[], routes=[],
  notes="Algerian Arabizi question about a legal study visa; no route, no offer.")
