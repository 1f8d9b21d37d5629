package org.tidewatch.crawler.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of byte arrays and files, the one digest the evidence store uses. */
final class Sha256 {
    private Sha256() {
    }

    static MessageDigest digester() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JDK", e);
        }
    }

    static byte[] of(byte[] bytes) {
        return digester().digest(bytes);
    }

    static byte[] of(byte[] bytes, int offset, int length) {
        MessageDigest d = digester();
        d.update(bytes, offset, length);
        return d.digest();
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    static String hexOf(String text) {
        return hex(of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Hex SHA-256 of a whole file, read in blocks. */
    static String hexOfFile(Path file) throws IOException {
        MessageDigest d = digester();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) != -1; ) {
                d.update(buf, 0, n);
            }
        }
        return hex(d.digest());
    }
}
