package org.tidewatch.index.schema;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.BinaryOperator;
import org.apache.lucene.util.BytesRef;

/**
 * The UTF-8 term bytes of recurring values (platforms, languages, routes, places, months …), encoded once instead of
 * once per post: building {@code name=value} and encoding it was a few percent of indexing. Values of one name beyond
 * {@link #CAPACITY} start that name's table afresh, so a name with many values costs little memory. The bytes are
 * shared between documents and never changed. Thread-safe.
 */
final class ValueBytes {
    /** Distinct values remembered per name. */
    static final int CAPACITY = 4096;

    /** A table per name, fixed at construction: a look-up is one read of an immutable map and one of the table. */
    private final Map<String, Map<String, BytesRef>> byName;
    private final BinaryOperator<String> text;

    /**
     * @param names the names whose values recur
     * @param text  the text of a name's value as indexed, e.g. {@code name=value}
     */
    ValueBytes(Set<String> names, BinaryOperator<String> text) {
        this.byName = Map.copyOf(names.stream().collect(java.util.stream.Collectors.toMap(Function.identity(),
                n -> new ConcurrentHashMap<String, BytesRef>())));
        this.text = text;
    }

    /** The bytes of a value, or null when its name is not one of the recurring names (encode it yourself). */
    BytesRef of(String name, String value) {
        Map<String, BytesRef> values = byName.get(name);
        if (values == null) {
            return null;
        }
        BytesRef bytes = values.get(value);
        if (bytes == null) {
            if (values.size() >= CAPACITY) {
                values.clear();
            }
            bytes = new BytesRef(text.apply(name, value));
            values.put(value, bytes);
        }
        return bytes;
    }
}
