package org.tidewatch.index.schema;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    private final Map<String, Map<String, BytesRef>> byName = new ConcurrentHashMap<>();
    private final BinaryOperator<String> text;

    /** @param text the text of a name's value as indexed, e.g. {@code name=value} */
    ValueBytes(BinaryOperator<String> text) {
        this.text = text;
    }

    BytesRef of(String name, String value) {
        Map<String, BytesRef> values = byName.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
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
