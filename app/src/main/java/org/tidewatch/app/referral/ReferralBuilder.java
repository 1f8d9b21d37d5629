package org.tidewatch.app.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.core.EnrichedPost;

/**
 * Turns selected posts into one package per platform: humanitarian content held back, posts already referred to
 * the same platform marked and left out unless re-referral is asked for, posts without a URL left out.
 */
public final class ReferralBuilder {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final ReferralStore store;
    private final HumanitarianGuard guard;
    private final ReferralSettings settings;
    private final Clock clock;

    public ReferralBuilder(ReferralStore store, HumanitarianGuard guard, ReferralSettings settings, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Builds the packages (not yet saved).
     *
     * @param posts     the selection, in the order to list them
     * @param platform  only this platform (null: every platform in the selection)
     * @param selection how the posts were chosen, for the record
     * @param author    the liaison officer
     * @param reRefer   include posts already referred to the same platform
     */
    public List<ReferralPackage> build(List<EnrichedPost> posts, String platform, String selection, String author,
                                       boolean reRefer) {
        Map<String, List<ReferralItem>> items = new LinkedHashMap<>();
        Map<String, List<Exclusion>> excluded = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (EnrichedPost ep : posts) {
            String p = ep.post().platform();
            if ((platform != null && !platform.equalsIgnoreCase(p)) || !seen.add(p + "\n" + ep.post().id())) {
                continue;
            }
            items.computeIfAbsent(p, k -> new ArrayList<>());
            List<Exclusion> out = excluded.computeIfAbsent(p, k -> new ArrayList<>());
            Optional<Exclusion> why = exclusion(ep, reRefer);
            if (why.isPresent()) {
                out.add(why.get());
            } else {
                items.get(p).add(ReferralItem.of(ep));
            }
        }
        Instant now = clock.instant();
        List<ReferralPackage> packages = new ArrayList<>();
        for (Map.Entry<String, List<ReferralItem>> e : items.entrySet()) {
            packages.add(new ReferralPackage(newId(now, e.getKey()), e.getKey(), author, now, selection,
                    settings.legalBasis(), settings.notice(), e.getValue(), excluded.get(e.getKey())));
        }
        return packages;
    }

    private Optional<Exclusion> exclusion(EnrichedPost ep, boolean reRefer) {
        String id = ep.post().id();
        String platform = ep.post().platform();
        String url = ep.post().url();
        Optional<String> humanitarian = guard.holdBack(ep);
        if (humanitarian.isPresent()) {
            return Optional.of(new Exclusion(id, platform, url, Exclusion.Kind.HUMANITARIAN, humanitarian.get()));
        }
        if (url == null || url.isBlank()) {
            return Optional.of(new Exclusion(id, platform, null, Exclusion.Kind.NO_URL,
                    "no public URL is known, and a notice must name the exact location"));
        }
        if (!reRefer) {
            Optional<String> earlier = store.referredIn(platform, id);
            if (earlier.isPresent()) {
                return Optional.of(new Exclusion(id, platform, url, Exclusion.Kind.ALREADY_REFERRED,
                        "already referred to " + platform + " in report " + earlier.get()));
            }
        }
        return Optional.empty();
    }

    private static String newId(Instant now, String platform) {
        byte[] random = new byte[3];
        new java.security.SecureRandom().nextBytes(random);
        String p = platform.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return "R-" + ID_TIME.format(now) + "-" + (p.isEmpty() ? "x" : p.substring(0, Math.min(20, p.length()))) + "-"
                + HexFormat.of().formatHex(random);
    }
}
