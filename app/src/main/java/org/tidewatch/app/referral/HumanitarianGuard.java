package org.tidewatch.app.referral;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Reason;

/**
 * Keeps humanitarian content out of referrals: rescue hotlines, NGO and UN safety information, news, people asking
 * for help, and anything the classifier does not call an offer. A wrongly referred rescue number can cost lives; a
 * missed advert is found again, so every doubt holds the post back.
 */
public final class HumanitarianGuard {
    /** Counter-evidence indicators of the NLP stage that mark non-offers even inside an offer-like post. */
    private static final Set<String> COUNTER_INDICATORS = Set.of("news.report", "news.disaster", "ngo.warning",
            "scam.warning", "demand.seek", "missing.person", "report.quote", "discussion");

    /** One lexicon line: its kind, gloss and phrases (folded). */
    record Entry(String kind, String gloss, List<String> phrases) {
    }

    private final List<Entry> lexicon;

    HumanitarianGuard(List<Entry> lexicon) {
        this.lexicon = List.copyOf(lexicon);
    }

    /** The guard with the bundled multilingual lexicon. */
    public static HumanitarianGuard standard() {
        try (InputStream in = HumanitarianGuard.class.getResourceAsStream("guard-lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("guard-lexicon.tsv is missing from the class path");
            }
            return new HumanitarianGuard(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read guard-lexicon.tsv", e);
        }
    }

    static List<Entry> parse(BufferedReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = reader.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException("guard-lexicon.tsv line " + no + ": expected 3 tab-separated columns, got " + cols.length);
            }
            List<String> phrases = new ArrayList<>();
            for (String p : cols[2].split("\\|")) {
                if (!p.isBlank()) {
                    phrases.add(fold(p));
                }
            }
            entries.add(new Entry(cols[0].strip(), cols[1].strip(), phrases));
        }
        return entries;
    }

    /** Why the post must not be referred, or empty when it may be. */
    public Optional<String> holdBack(EnrichedPost post) {
        String text = " " + fold(post.post().text()) + " ";
        for (Entry e : lexicon) {
            for (String phrase : e.phrases()) {
                if (matches(text, phrase)) {
                    return Optional.of(e.gloss() + " (" + e.kind() + ": \"" + phrase + "\")");
                }
            }
        }
        for (Reason r : post.enrichment().reasons()) {
            if (COUNTER_INDICATORS.contains(r.indicator())) {
                return Optional.of(r.gloss() + " (indicator " + r.indicator()
                        + (r.matched().isEmpty() ? "" : ": \"" + r.matched() + "\"") + ")");
            }
        }
        if (!post.enrichment().isOffer()) {
            return Optional.of("not an offer according to the classifier (score "
                    + String.format(Locale.ROOT, "%.2f", post.enrichment().score()) + ")");
        }
        return Optional.empty();
    }

    /** Short Latin-script phrases (iom, oim) must stand as words; other phrases may sit inside words. */
    private static boolean matches(String text, String phrase) {
        if (phrase.length() > 4 || !phrase.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            return text.contains(phrase);
        }
        int from = 0;
        int at;
        while ((at = text.indexOf(phrase, from)) >= 0) {
            boolean startOk = !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + phrase.length();
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replaceAll("\\s+", " ");
    }
}
