package org.tidewatch.app.referral;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** Writes a referral package in one format. */
public interface PackageWriter {
    /** Writes the whole package to {@code out} (not closed). */
    void write(ReferralPackage pkg, OutputStream out) throws IOException;

    /** The writer for {@code pdf}, {@code csv} or {@code json}; the error names the valid formats. */
    static PackageWriter forFormat(String format) {
        return switch (format == null ? "" : format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> new PackageJson();
            case "csv" -> new PackageCsv();
            case "pdf" -> new PackagePdf(PdfFonts.locate(PdfFonts.SYSTEM_FONT_DIR));
            default -> throw new IllegalArgumentException("unknown report format '" + format + "' (valid: pdf, csv, json)");
        };
    }
}
