package org.tidewatch.app.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidewatch.core.config.ConfigNode;

/**
 * The soft-404 markers per platform: texts a platform's 200 page shows for removed content. The defaults are our
 * reading of the platforms' pages today; {@code referral.removal_markers} replaces a platform's list when a platform
 * changes its wording, or adds one.
 *
 * @param byPlatform lower-case platform name to its markers (matched without regard to case)
 */
public record RemovalMarkers(Map<String, List<String>> byPlatform) {
    /** Telegram's, Meta's (Facebook, Instagram), TikTok's and X's pages for removed posts. */
    public static final RemovalMarkers DEFAULTS = new RemovalMarkers(defaults());

    public RemovalMarkers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byPlatform.forEach((platform, markers) -> {
            if (platform == null || platform.isBlank()) {
                throw new IllegalArgumentException("a platform with removal markers must be named, not '" + platform + "'");
            }
            if (markers == null || markers.isEmpty() || markers.stream().anyMatch(m -> m == null || m.isBlank())) {
                throw new IllegalArgumentException("removal markers of " + platform + " must be non-blank texts, not " + markers);
            }
            copy.put(platform.strip().toLowerCase(Locale.ROOT), List.copyOf(markers));
        });
        byPlatform = java.util.Collections.unmodifiableMap(copy);
    }

    private static Map<String, List<String>> defaults() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("telegram", List.of("post not found", "tgme_widget_message_error", "channel with this username was not found"));
        List<String> meta = List.of("this content isn't available", "this content isn&#039;t available",
                "this page isn't available", "sorry, this page isn't available");
        m.put("facebook", meta);
        m.put("instagram", meta);
        m.put("tiktok", List.of("video currently unavailable", "this video is unavailable", "couldn't find this account"));
        List<String> x = List.of("this post is unavailable", "this tweet is unavailable", "hmm...this page doesn’t exist",
                "this page doesn't exist", "this post was deleted");
        m.put("x", x);
        m.put("twitter", x);
        return m;
    }

    /**
     * Reads {@code removal_markers:}, a list of {@code {platform: NAME, markers: [TEXT, ...]}}: each entry replaces
     * that platform's default markers; platforms not listed keep theirs. Fails naming file and key for a missing
     * platform, a platform listed twice, or an empty or blank marker.
     */
    public static RemovalMarkers fromConfig(ConfigNode parent, String key) {
        Map<String, List<String>> m = new LinkedHashMap<>(DEFAULTS.byPlatform);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ConfigNode entry : parent.children(key)) {
            String platform = entry.requireString("platform").strip().toLowerCase(Locale.ROOT);
            if (!seen.add(platform)) {
                throw entry.error("platform", "'" + platform + "' is listed twice");
            }
            List<String> markers = entry.strings("markers");
            if (markers.isEmpty()) {
                throw entry.error("markers", "must list at least one text");
            }
            for (String marker : markers) {
                if (marker == null || marker.isBlank() || marker.equals("null")) {
                    throw entry.error("markers", "must not hold a blank text: " + markers);
                }
            }
            entry.finish();
            m.put(platform, markers.stream().map(String::strip).toList());
        }
        return new RemovalMarkers(m);
    }

    /**
     * The rule for a platform: Telegram's (markers and the empty-preview test), the marker rule for a platform with
     * markers, else {@link StatusRemovalRule} (404/410 only).
     */
    public RemovalRule rule(String platform) {
        String p = platform == null ? "" : platform.toLowerCase(Locale.ROOT);
        List<String> markers = byPlatform.get(p);
        if (p.equals("telegram")) {
            return new TelegramRemovalRule(markers == null ? DEFAULTS.byPlatform.get("telegram") : markers);
        }
        return markers == null ? new StatusRemovalRule() : new MarkerRemovalRule(markers);
    }
}
