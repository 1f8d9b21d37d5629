package org.tidewatch.nlp.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.RegionMetadataSource;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tidewatch.nlp.money.MoneyWords;
import org.tidewatch.nlp.money.WordEnd;
import org.tidewatch.nlp.normalise.NormalisedText;
import org.tidewatch.nlp.normalise.TextNormaliser;

/**
 * Finds phone numbers, including obfuscated ones, and resolves national-format numbers with candidate regions.
 *
 * <p>Candidates are runs of digit groups joined by spaces, dots, dashes, slashes or brackets (emoji between
 * groups are already spaces after normalisation). Within a run the longest leftmost sub-run that libphonenumber
 * validates wins, so a price or a year next to a number does not spoil it. A run led by {@code +}, {@code 00}
 * or a {@code wa.me/} link is international; otherwise each candidate region is tried in order and the first
 * that makes it a valid mobile number wins (a fixed line counts only right after a phone word). A run that a
 * currency or multiplier of {@link MoneyWords} follows, or a currency symbol leads, is an amount, not a phone.
 * We scan groups ourselves rather than with {@code findNumbers} because its matcher rejects the emoji- and
 * dot-split groups and needs one pass per region. Thread-safe.
 */
public final class PhoneExtractor {
    private static final int MAX_GROUPS = 15;
    private static final RegionMetadataSource METADATA =
            DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    private static final Pattern PHONE_WORD = Pattern.compile(
            "(?:tel|tél|tlf|ra9m|raqm|rakm|nemra|nmra|numro|wtsp|phone|call|contact|whatsapp|whats|watsapp|wa|viber"
                    + "|imo|signal|telegram|numero|numéro|número|number|nummer|broj|numri|telefon|رقم|تلفون|هاتف|واتساب|واتس|اتصل|شماره|تماس|نمبر|فون|ژمارە"
                    + "|ژماره|ቁጥር|ስልክ)\\W{0,3}$");
    /** Dates and year ranges look like 8-digit numbers (Tunisia, Lebanon …) but are never phones. */
    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\d{1,2}([./-])\\d{1,2}\\1(?:19|20)?\\d{2}|(?:19|20)\\d{2}([./-])\\d{1,2}\\2\\d{1,2}"
                    + "|(?:19|20)\\d{2}\\s?[-/]\\s?(?:19|20)\\d{2}");
    private static final Pattern PLUS_BEFORE = Pattern.compile("\\+\\s?$");
    private static final Set<PhoneNumberType> MOBILE = Set.of(PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final MoneyWords money = new MoneyWords(new TextNormaliser());
    private final RegionHints hints;
    private final java.util.concurrent.ConcurrentHashMap<String, Phonemetadata.PhoneMetadata> metadata =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** An extractor with its own {@link RegionHints} for cues right before a number ("واتساب ليبيا 09…"). */
    public PhoneExtractor() {
        this(new RegionHints());
    }

    /** An extractor sharing {@code hints}. */
    public PhoneExtractor(RegionHints hints) {
        this.hints = java.util.Objects.requireNonNull(hints, "hints must not be null");
    }

    /**
     * Phone numbers in {@code text}, in order of first appearance, each E.164 once.
     *
     * @param candidateRegions ISO 3166 regions to read national-format numbers in, most likely first; may be
     *                         empty (then only international numbers are found)
     */
    public List<PhoneMatch> extract(NormalisedText text, List<String> candidateRegions) {
        String s = text.text();
        List<int[]> groups = digitGroups(s);
        List<PhoneMatch> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int i = 0;
        while (i < groups.size()) {
            int consumed = 0;
            for (int j = Math.min(groups.size() - 1, i + MAX_GROUPS - 1); j >= i && consumed == 0; j--) {
                if (!joined(s, groups, i, j)) {
                    continue;
                }
                PhoneMatch m = resolve(text, groups, i, j, candidateRegions);
                if (m != null) {
                    if (seen.add(m.e164())) {
                        out.add(m);
                    }
                    consumed = j - i + 1;
                }
            }
            i += Math.max(1, consumed);
        }
        return out;
    }

    /** Whether groups i..j form one run (only separator characters between them). */
    private static boolean joined(String s, List<int[]> groups, int i, int j) {
        for (int k = i; k < j; k++) {
            if (groups.get(k + 1)[0] - groups.get(k)[1] > 4) {
                return false;
            }
            for (int p = groups.get(k)[1]; p < groups.get(k + 1)[0]; p++) {
                char c = s.charAt(p);
                if (!(c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')' || c == '_' || c == '*'
                        || c == '|' || c == '+')) {
                    return false;
                }
            }
        }
        return true;
    }

    private PhoneMatch resolve(NormalisedText text, List<int[]> groups, int i, int j, List<String> regions) {
        String s = text.text();
        int start = groups.get(i)[0];
        int end = groups.get(j)[1];
        int length = 0;
        for (int k = i; k <= j; k++) {
            length += groups.get(k)[1] - groups.get(k)[0];
        }
        if (length < 7 || length > 15) {
            return null;
        }
        StringBuilder digits = new StringBuilder(length);
        for (int k = i; k <= j; k++) {
            digits.append(s, groups.get(k)[0], groups.get(k)[1]);
        }
        if (DATE_LIKE.matcher(s.substring(start, end)).matches()) {
            return null;
        }
        String before = s.substring(Math.max(0, start - 12), start);
        boolean plus = PLUS_BEFORE.matcher(before).find();
        boolean waLink = before.endsWith("wa.me/") || before.endsWith("phone=");
        String d = digits.toString();
        if (unitAfter(s, end) || symbolBefore(s, start)) {
            return null;
        }
        int origStart = text.originalStart(plus ? s.lastIndexOf('+', start) : start);
        int origEnd = text.originalEnd(end - 1);
        if (plus || waLink || d.startsWith("00")) {
            String intl = "+" + (d.startsWith("00") && !plus ? d.substring(2) : d);
            PhoneNumber n = parse(intl, "ZZ");
            if (n == null || !util.isValidNumber(n)) {
                return null;
            }
            return match(n, origStart, origEnd);
        }
        PhoneNumber fallback = null;
        Boolean cue = null;
        List<String> ordered = regions;
        java.util.Optional<String> local = hints.cueBefore(text, start);
        if (local.isPresent()) {
            ordered = new ArrayList<>(regions.size() + 1);
            ordered.add(local.get());
            ordered.addAll(regions);
        }
        for (String region : ordered) {
            if (!possibleLength(d, region)) {
                continue;
            }
            PhoneNumber n = parse(d, region);
            if (n == null || !util.isValidNumberForRegion(n, region)) {
                continue;
            }
            if (MOBILE.contains(util.getNumberType(n))) {
                return match(n, origStart, origEnd);
            }
            if (fallback == null && d.startsWith("0")) {
                if (cue == null) {
                    cue = PHONE_WORD.matcher(s.substring(Math.max(0, start - 20), start)).find();
                }
                fallback = cue ? n : null;
            }
        }
        if (fallback != null) {
            return match(fallback, origStart, origEnd);
        }
        if (d.length() >= 11 && d.charAt(0) != '0') {
            // A country code written without + or 00 ("218 91 ..."): accept only a valid mobile.
            PhoneNumber n = parse("+" + d, "ZZ");
            if (n != null && util.isValidNumber(n) && MOBILE.contains(util.getNumberType(n))) {
                return match(n, origStart, origEnd);
            }
        }
        return null;
    }

    /**
     * Whether a currency or a multiplier of the money lexicon follows the number ending at {@code end}, after at
     * most one space ("0912345678 euro", "2500000 تومان", "1200000 đ"): then the number is an amount. A word on
     * the next line belongs to the next line ("Tel 0612345678⏎Euro 2500 …").
     */
    private boolean unitAfter(String s, int end) {
        int i = end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
        if (i >= s.length()) {
            return false;
        }
        if (Character.getType(s.charAt(i)) == Character.CURRENCY_SYMBOL) {
            return money.isUnit(s.substring(i, i + 1));
        }
        int e = WordEnd.of(s, i);
        return e > i && money.isUnit(s.substring(i, e));
    }

    /**
     * Whether a currency symbol of the money lexicon leads the number starting at {@code start} ("€ 4500000"), unless
     * it closes an amount before it ("300 € 0612…").
     */
    private boolean symbolBefore(String s, int start) {
        int i = start > 0 && Character.isWhitespace(s.charAt(start - 1)) ? start - 2 : start - 1;
        if (i < 0 || Character.getType(s.charAt(i)) != Character.CURRENCY_SYMBOL
                || !money.isUnit(s.substring(i, i + 1))) {
            return false;
        }
        int j = i > 0 && Character.isWhitespace(s.charAt(i - 1)) ? i - 2 : i - 1;
        return j < 0 || !(isDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == ',');
    }

    /**
     * Whether national-format {@code digits} can have the right length for {@code region} once its national
     * prefix is dropped: a cheap test that spares the parser most candidate regions. Regions whose prefix rules
     * rewrite numbers (Argentina's "15", Mexico's "044" …) are always left to the parser.
     */
    private boolean possibleLength(String digits, String region) {
        Phonemetadata.PhoneMetadata meta = metadata.computeIfAbsent(region, r -> {
            Phonemetadata.PhoneMetadata m = METADATA.getMetadataForRegion(r);
            return m == null ? new Phonemetadata.PhoneMetadata() : m;
        });
        String prefix = meta.getNationalPrefix();
        String forParsing = meta.getNationalPrefixForParsing();
        List<Integer> lengths = meta.getGeneralDesc().getPossibleLengthList();
        if (lengths.isEmpty() || !(forParsing.isEmpty() || forParsing.equals(prefix))
                || meta.hasNationalPrefixTransformRule()) {
            return true;
        }
        if (lengths.contains(digits.length())) {
            return true;
        }
        return !prefix.isEmpty() && digits.startsWith(prefix) && lengths.contains(digits.length() - prefix.length());
    }

    private PhoneMatch match(PhoneNumber n, int start, int end) {
        String region = util.getRegionCodeForNumber(n);
        return new PhoneMatch(util.format(n, PhoneNumberFormat.E164), start, end,
                region == null || region.equals("001") ? "ZZ" : region);
    }

    private PhoneNumber parse(String number, String region) {
        try {
            return util.parse(number, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** Runs of ASCII digits not glued to letters, as {start, end}. */
    private static List<int[]> digitGroups(String s) {
        // A number glued to a phone word ("Tel0912…") still counts; glued to other letters ("7arga") it does not.
        List<int[]> groups = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            boolean gluedBefore = start > 0 && Character.isLetter(s.charAt(start - 1)) && s.charAt(start - 1) < 0x600
                    && !PHONE_WORD.matcher(s.substring(Math.max(0, start - 12), start)).find();
            boolean glued = gluedBefore || i < n && Character.isLetter(s.charAt(i)) && s.charAt(i) < 0x600;
            if (!glued) {
                groups.add(new int[] {start, i});
            }
        }
        return groups;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
