package org.tidewatch.nlp.offer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The synthetic posts the offer model learns from ({@code training.tsv}, written for Tidewatch). */
public final class TrainingSet {
    /** One labelled post. */
    public record Post(boolean offer, String category, String lang, String text) {
    }

    private TrainingSet() {
    }

    /** The bundled training posts. */
    public static List<Post> load() {
        return load("training.tsv");
    }

    /** Training posts from a resource next to this class. */
    static List<Post> load(String resource) {
        List<Post> out = new ArrayList<>();
        try (InputStream in = TrainingSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("training resource missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 4);
                if (f.length != 4 || !(f[0].equals("0") || f[0].equals("1"))) {
                    throw new IllegalStateException(resource + ":" + n + ": expected label 0/1, category, lang, text");
                }
                out.add(new Post(f[0].equals("1"), f[1].equals("-") ? null : f[1], f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
