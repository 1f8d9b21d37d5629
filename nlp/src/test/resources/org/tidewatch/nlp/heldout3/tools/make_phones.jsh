// Generates the heldout3 phone pool: for each region, libphonenumber's example MOBILE number with its last 4
// digits replaced by seeded random digits, kept only if valid and MOBILE (or FIXED_LINE_OR_MOBILE where the plan
// does not tell them apart). Run: jshell --class-path <libphonenumber-9.0.19.jar> make_phones.jsh > phones.tsv
import com.google.i18n.phonenumbers.*;
import com.google.i18n.phonenumbers.PhoneNumberUtil.*;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
var util = PhoneNumberUtil.getInstance();
var regions = List.of("LY","TN","DZ","MA","EG","SD","TR","IT","GR","FR","GB","DE","ES","SN","MR","GM","IR","AF","PK",
    "IQ","SY","LB","RS","BA","AL","ER","ET","SO","YE","SA","BD","VN","MM","MY","ID","PL","BY","MX","PA","CO","GT",
    "NG","ML","NE","HU","AT","BE","DJ","KE","EC","HN","LT","CU","GN","CI","MK","ME","NL","JO","AE","OM");
var rnd = new java.util.Random(20261123L);
for (String region : regions) {
    PhoneNumber ex = util.getExampleNumberForType(region, PhoneNumberType.MOBILE);
    String nsn = util.getNationalSignificantNumber(ex);
    var seen = new HashSet<String>();
    int kept = 0, tries = 0;
    while (kept < 12 && tries++ < 2000) {
        StringBuilder sb = new StringBuilder(nsn.substring(0, nsn.length() - 4));
        for (int i = 0; i < 4; i++) sb.append(rnd.nextInt(10));
        if (sb.toString().equals(nsn) || !seen.add(sb.toString())) continue;
        try {
            PhoneNumber n = util.parse("+" + ex.getCountryCode() + sb, "ZZ");
            var type = util.getNumberType(n);
            if (!util.isValidNumber(n) || !(type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE)) continue;
            System.out.println(region + "\t" + util.format(n, PhoneNumberUtil.PhoneNumberFormat.E164) + "\t"
                + util.format(n, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL) + "\t"
                + util.format(n, PhoneNumberUtil.PhoneNumberFormat.NATIONAL) + "\t" + type);
            kept++;
        } catch (NumberParseException e) { }
    }
}
/exit
