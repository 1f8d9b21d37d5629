package org.tidewatch.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Builds stable post ids, so that re-collecting a post updates it instead of duplicating it. */
public final class PostIds {
    private PostIds() {
    }

    /** {@code platform:nativeId}, e.g. {@code telegram:channel/123}. */
    public static String of(String platform, String nativeId) {
        Post.requireText(platform, "platform");
        Post.requireText(nativeId, "nativeId");
        return platform.toLowerCase(Locale.ROOT) + ":" + nativeId.strip();
    }

    /** {@code url:<sha256>} of the canonical form of the URL (lower-case scheme and host, no fragment, no default port). */
    public static String ofUrl(String url) {
        Post.requireText(url, "url");
        return "url:" + sha256Hex(canonicalUrl(url).getBytes(StandardCharsets.UTF_8));
    }

    /** The canonical form of a URL used for ids: lower-case scheme and host, no fragment, no default port, no trailing slash on an empty path. */
    public static String canonicalUrl(String url) {
        try {
            URI u = new URI(url.strip()).normalize();
            if (u.getScheme() == null || u.getHost() == null) {
                return url.strip();
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (java.net.URISyntaxException e) {
            return url.strip();
        }
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JDK", e);
        }
    }
}
