package org.tidewatch.nlp.offer;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.nlp.match.TsvResource;

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
        for (TsvResource.Row row : TsvResource.read(TrainingSet.class, resource, 4)) {
            String[] f = row.cells();
            if (!(f[0].equals("0") || f[0].equals("1"))) {
                throw new IllegalStateException(row.where("label must be 0 or 1, got " + f[0]));
            }
            out.add(new Post(f[0].equals("1"), f[1].equals("-") ? null : f[1], f[2], f[3]));
        }
        return out;
    }
}
