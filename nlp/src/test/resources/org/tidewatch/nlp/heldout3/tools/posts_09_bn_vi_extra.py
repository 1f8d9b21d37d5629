from dsl import P, S, L, A, D, N

# ---- Bengali ----
P("bn", "facebook", S, """🇮🇹 ইতালি যাওয়ার সুবর্ণ সুযোগ 🇮🇹
ঢাকা থেকে লিবিয়া হয়ে ইতালি, বোটে
খরচ ১২ লাখ টাকা, অর্ধেক পৌঁছানোর পর
যোগাযোগ {BD1:n}""",
  prices=[(1200000, "BDT")], routes=[("Dhaka", "BD", "Italy", "IT")],
  notes="Bengali package via Libya (হয়ে = via, transit) ending with a boat: sea_crossing; ১২ লাখ in Bengali digits = 1,200,000 BDT.")

P("bn", "facebook", S, """শাহপরীর দ্বীপ থেকে মালয়েশিয়া ট্রলারে 🚢
খাবার ও পানি আছে, অভিজ্ঞ মাঝি
জনপ্রতি ১ লাখ ৮০ হাজার টাকা
{BD2:i}""",
  prices=[(180000, "BDT")], routes=[("Shah Porir Dwip", "BD", "Malaysia", "MY")],
  notes="Rohingya/Andaman trawler offer; 1 lakh 80 thousand = 180000 BDT.")

P("bn", "facebook", D, """রোমানিয়ার ওয়ার্ক পারমিট গ্যারান্টি সহ ✅
ব্যাংক স্টেটমেন্ট ও অভিজ্ঞতার সনদ আমরা বানিয়ে দিই
৭ লাখ টাকা
{BD3:dash}""",
  prices=[(700000, "BDT")], routes=[],
  notes="Guaranteed work permit with fabricated papers: documents; Romania is the permit country.")

P("bn", "x", N, """র‍্যাবের অভিযানে মানবপাচার চক্রের ৩ সদস্য গ্রেপ্তার। লিবিয়া হয়ে ইতালি পাঠানোর কথা বলে তারা জনপ্রতি ১০ লাখ টাকা নিত।""",
  prices=[(1000000, "BDT")], routes=[(None, None, "Italy", "IT")],
  notes="Police news; Libya is transit; no origin stated.")

P("bn", "facebook", N, """✈️ ঢাকা–কুয়ালালামপুর বিমান টিকিট মাত্র ৩৫,০০০ টাকা থেকে
বৈধ ভিসা ছাড়া টিকিট দেওয়া হয় না। রূপসা ট্রাভেলস""",
  prices=[(35000, "BDT")], routes=[("Dhaka", "BD", "Kuala Lumpur", "MY")],
  notes="Legitimate travel agency (invented).")

P("bn", "facebook", N, """আমার ভাই গত মাসে লিবিয়া থেকে নৌকায় উঠেছিল, এখনো কোনো খোঁজ নেই 😢 কেউ কিছু জানলে জানাবেন {BD4:n}""",
  prices=[], routes=[("Libya", "LY", None, None)],
  notes="Relative looking for a missing brother; the boat's destination is not stated.")

# ---- Vietnamese ----
P("vi", "facebook", L, """🇬🇧 Đi Anh bằng xe container từ Hà Lan
bao đậu, tài xế người nhà, đi 1 lần là qua
giá 18k bảng, đặt cọc trước 3k
liên hệ {VN1:n}""",
  prices=[(18000, "GBP"), (3000, "GBP")], routes=[("Netherlands", "NL", "United Kingdom", "GB")],
  notes="Vietnamese lorry offer: land_crossing; 'bảng' = pounds, 18k/3k = 18000/3000 GBP; Vietnamese national number.")

P("vi", "facebook", S, """Đi thuyền từ Boulogne sang Anh 🚤
tuần này có chuyến, áo phao đầy đủ
8 nghìn bảng một người
Zalo {VN2:i}""",
  prices=[(8000, "GBP")], routes=[("Boulogne-sur-Mer", "FR", "United Kingdom", "GB")],
  notes="Vietnamese Channel boat offer; '8 nghìn' = 8 thousand.")

P("vi", "facebook", A, """Bay thẳng Hà Nội – Frankfurt ✈️ visa du lịch Đức bao đậu
hồ sơ chứng minh tài chính, sổ đỏ bên em làm hết
trọn gói 350 triệu đồng
{VN3:dot}""",
  prices=[(350000000, "VND")], routes=[("Hanoi", "VN", "Frankfurt", "DE")],
  notes="Fraudulently obtained visa (fabricated financial proof) with the flight: air_crossing; 350 triệu = 350,000,000 VND.")

P("vi", "x", N, """Cảnh sát Anh bắt 2 đối tượng đưa người Việt trái phép từ Bỉ sang Anh bằng xe tải. Mỗi người đã trả khoảng 15.000 bảng.""",
  prices=[(15000, "GBP")], routes=[("Belgium", "BE", "United Kingdom", "GB")],
  notes="UK police news in Vietnamese.")

P("vi", "facebook", N, """Xuất khẩu lao động Nhật Bản hợp pháp 🇯🇵 đơn hàng chế biến thực phẩm
phí trọn gói 120 triệu đồng, lương 28 triệu/tháng
công ty được Bộ cấp phép""",
  prices=[(120000000, "VND"), (28000000, "VND")], routes=[],
  notes="Licensed labour-export advert; 120 triệu đồng = 120,000,000 VND and the bare salary in the same sentence takes VND.")

P("vi", "x", N, """Đừng tin mấy 'cò' hứa đi Anh an toàn 100%. Bao nhiêu người đã không bao giờ về nữa 😢""",
  prices=[], routes=[(None, None, "United Kingdom", "GB")],
  notes="Warning about brokers' promises of a trip to the UK.")

# ---- extra hard cases ----
P("ar", "facebook", S, """markeb mn Kafr El Sheikh l Italia 🇮🇹 el rehla el gaya ba3d el 3id
el 7agz 120 alf geneh w el dafa3 3and el wosool
kalemni {EG1:n}""",
  prices=[(120000, "EGP")], routes=[("Kafr El Sheikh", "EG", "Italy", "IT")],
  notes="Egyptian Arabizi boat offer; 'alf geneh' = thousand Egyptian pounds; Egyptian national number.")

P("ar", "telegram", L, """تهريب من سوريا إلى لبنان عبر المعابر الجبلية 🏔️
٢٠٠ دولار للشخص، الدفع بعد الوصول
{SY1:a}""",
  prices=[(200, "USD")], routes=[("Syria", "SY", "Lebanon", "LB")],
  notes="Syria -> Lebanon on foot over mountain paths; phone in Arabic-Indic digits, international form.")

P("en", "telegram", S, """small boat from Wimereux to the English coast 🌊 next good weather
£3k adults, under 12 £1.5k
call 📞 {GB5:em}""",
  prices=[(3000, "GBP"), (1500, "GBP")], routes=[("Wimereux", "FR", "United Kingdom", "GB")],
  notes="Channel boat offer; 'the English coast' becomes the country; 'under 12' is an age.")

P("fr", "facebook", S, """Mbëkk mi 🛶 départ Saint-Louis pour Tenerife bientôt
dafa am place bu ndaw, 350 000 FCFA
woté ma {SN1:sp}""",
  prices=[(350000, "XOF")], routes=[("Saint-Louis", "SN", "Tenerife", "ES")],
  notes="Wolof-influenced French pirogue offer ('mbëkk' = the sea journey); French carries the content words; Senegalese number written digit by digit.")

P("en", "facebook", N, """🏝️ Andaman Islands holiday from Chennai
5 nights Port Blair + Havelock, flights included, ₹45,000 per person
Coral Trails Holidays""",
  prices=[(45000, "INR")], routes=[("Chennai", "IN", "Andaman Islands", "IN")],
  notes="Legitimate tourism package whose place names overlap with the Andaman sea route; invented agency.")

P("es", "x", N, """Los coyotes te prometen "pasar caminando tranquilo, como paseo". Luego te dejan en el desierto sin agua. No les crean.""",
  prices=[], routes=[],
  notes="Sarcastic warning about coyotes.")

P("de", "telegram", S, """Bootsfahrt von Tartus nach Zypern 🇨🇾
kleine Gruppe, Schwimmwesten vorhanden
2.000 $ pro Person, Kinder 1.000 $
{SY2:i}""",
  prices=[(2000, "USD"), (1000, "USD")], routes=[("Tartus", "SY", "Cyprus", "CY")],
  notes="German-language boat offer Syria -> Cyprus.")
