package org.tidewatch.nlp.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the module's lexicon resources (gazetteer, markers, indicators, training posts, money words, function
 * words, region cues): UTF-8 lines next to a class, blank lines and {@code #} comments skipped, either as
 * tab-separated rows or as whole stripped lines.
 */
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
        List<Row> rows = new ArrayList<>();
        forEachLine(owner, resource, (n, line) -> {
            String[] cells = line.split("\t", columns);
            if (cells.length != columns) {
                throw new IllegalStateException(resource + ":" + n + ": expected " + columns
                        + " tab-separated columns, got " + cells.length);
            }
            rows.add(new Row(resource, n, cells));
        });
        return rows;
    }

    /**
     * The data lines of {@code resource} next to {@code owner}, stripped of surrounding white space.
     *
     * @throws IllegalStateException when the resource is missing (a packaging error)
     */
    public static List<String> lines(Class<?> owner, String resource) {
        List<String> lines = new ArrayList<>();
        forEachLine(owner, resource, (n, line) -> lines.add(line.strip()));
        return lines;
    }

    private interface LineSink {
        void accept(int lineNumber, String line);
    }

    private static void forEachLine(Class<?> owner, String resource, LineSink sink) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    sink.accept(n, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
