package org.tidewatch.app.referral;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fonts a referral PDF embeds, found under the system font directory: Noto Sans for Latin, Noto Sans Arabic
 * (Arabic, Persian, Urdu, Pashto) and Noto Sans Ethiopic (Ge'ez: Tigrinya, Amharic). Debian and Ubuntu ship them in
 * {@code fonts-noto-core}; {@code .ci/run} installs it.
 *
 * @param families CSS font-family name to font file, in fallback order
 */
public record PdfFonts(Map<String, Path> families) {
    /** Where Debian-style systems keep their fonts. */
    public static final Path SYSTEM_FONT_DIR = Path.of("/usr/share/fonts");

    /** CSS family name to the font file name looked for. */
    static final Map<String, String> NEEDED = neededFonts();

    public PdfFonts {
        families = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(families));
    }

    private static Map<String, String> neededFonts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("TW Latin", "NotoSans-Regular.ttf");
        m.put("TW Arabic", "NotoSansArabic-Regular.ttf");
        m.put("TW Ethiopic", "NotoSansEthiopic-Regular.ttf");
        return m;
    }

    /** Finds every needed font under {@code root}; fails naming the missing files and the package that has them. */
    public static PdfFonts locate(Path root) {
        Map<String, Path> found = new LinkedHashMap<>();
        StringBuilder missing = new StringBuilder();
        for (Map.Entry<String, String> e : NEEDED.entrySet()) {
            Optional<Path> file = find(root, e.getValue());
            if (file.isPresent()) {
                found.put(e.getKey(), file.get());
            } else {
                missing.append(missing.isEmpty() ? "" : ", ").append(e.getValue());
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingFontsException("cannot make a PDF: font(s) " + missing + " not found under " + root
                    + "; install them (Debian/Ubuntu: apt-get install fonts-noto-core) or use --format csv|json");
        }
        return new PdfFonts(found);
    }

    private static Optional<Path> find(Path root, String fileName) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals(fileName)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + root + " for fonts", e);
        }
    }

    /** The CSS font-family list, in fallback order. */
    String cssFamilies() {
        return String.join(", ", families.keySet().stream().map(f -> "'" + f + "'").toList());
    }

    /** The fonts a PDF needs are not installed. */
    public static final class MissingFontsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MissingFontsException(String message) {
            super(message);
        }
    }
}
