package org.tidewatch.nlp.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated resource (gazetteer, markers, lexicon, training posts), skipping blanks and # comments. */
public final class TsvResource {
    private TsvResource() {
    }

    /** One data line: its 1-based line number and its columns. */
    public record Row(String resource, int line, String[] cells) {
        /** An error message that names the resource and line. */
        public String where(String problem) {
            return resource + ":" + line + ": " + problem;
        }
    }

    /**
     * The rows of {@code resource} next to {@code owner}, each with exactly {@code columns} cells (the last one
     * takes the rest of the line).
     *
     * @throws IllegalStateException naming the resource and line when it is missing or a line is malformed
     */
    public static List<Row> read(Class<?> owner, String resource, int columns) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource + " next to " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", columns);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns
                            + " tab-separated columns, got " + cells.length);
                }
                rows.add(new Row(resource, n, cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
