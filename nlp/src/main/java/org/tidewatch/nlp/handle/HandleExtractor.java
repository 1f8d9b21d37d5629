package org.tidewatch.nlp.handle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidewatch.nlp.normalise.NormalisedText;

/**
 * Finds contact handles: {@code @user}, {@code t.me/user} and {@code telegram.me/user} links, "telegram: user"
 * style mentions (as {@code @user}), and {@code wa.me/NUMBER} links (as {@code wa.me/+NUMBER}; the
 * {@link org.tidewatch.nlp.phone.PhoneExtractor} also reports the number). E-mail addresses are not handles.
 * Thread-safe.
 */
public final class HandleExtractor {
    private static final String USER = "([a-z][a-z0-9_.]{2,31}[a-z0-9_])";
    private static final Pattern AT = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@" + USER + "(?![a-z0-9_@]|\\.[a-z])");
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://)?(?:www\\.)?(?:t\\.me|telegram\\.me|telegram\\.dog|instagram\\.com|tiktok\\.com/@?)/"
                    + "(?:joinchat/|\\+)?@?" + USER);
    private static final Pattern WA = Pattern.compile("(?:https?://)?(?:wa\\.me/|api\\.whatsapp\\.com/send\\?phone=)\\+?([0-9]{7,15})");
    private static final Pattern LABEL = Pattern.compile(
            "(?<![\\p{L}])(?:telegram|telegrame|tg|tlg|snapchat|snap|insta|instagram|signal|تلغرام|تليغرام|تلگرام|تيليجرام"
                    + "|телеграм|ቴሌግራም)\\s?[:：=]\\s?@?" + USER + "(?![a-z0-9_])");
    private static final Set<String> NOT_USERS = Set.of("joinchat", "share", "addstickers", "proxy", "s");

    /** Handles in order of first appearance, each once, with the user part in its original spelling. */
    public List<String> extract(NormalisedText text) {
        String s = text.text();
        List<int[]> hits = new ArrayList<>();
        // Cheap guards first: most posts have no handle at all.
        if (s.indexOf('@') >= 0) {
            collect(AT.matcher(s), 0, hits);
        }
        if (s.contains("/")) {
            collect(LINK.matcher(s), 0, hits);
            collect(WA.matcher(s), 1, hits);
        }
        if (s.indexOf(':') >= 0 || s.indexOf('=') >= 0 || s.indexOf('：') >= 0) {
            collect(LABEL.matcher(s), 0, hits);
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        Set<String> out = new LinkedHashSet<>();
        for (int[] h : hits) {
            String value = text.originalText(h[0], h[1]);
            if (h[2] == 1) {
                out.add("wa.me/+" + value);
            } else if (!NOT_USERS.contains(value.toLowerCase(Locale.ROOT))) {
                out.add("@" + value);
            }
        }
        return List.copyOf(out);
    }

    private static void collect(Matcher m, int kind, List<int[]> hits) {
        while (m.find()) {
            hits.add(new int[] {m.start(1), m.end(1), kind});
        }
    }
}
