package org.tidewatch.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated view of one mapping in a configuration file. Each read names the key, so an error message says
 * {@code file: key.path: problem}; {@link #finish()} rejects keys that nobody read.
 */
public final class ConfigNode {
    private final String file;
    private final String path;
    private final Map<String, Object> values;
    private final Set<String> read = new LinkedHashSet<>();

    public ConfigNode(String file, String path, Map<String, Object> values) {
        this.file = file;
        this.path = path;
        this.values = values == null ? Map.of() : new LinkedHashMap<>(values);
    }

    /** The key path of this node, e.g. {@code sources[2]}. */
    public String path() {
        return path;
    }

    /** The file this node came from. */
    public String file() {
        return file;
    }

    /** Whether the key is present. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** A ConfigException naming file, key and problem. */
    public ConfigException error(String key, String problem) {
        return new ConfigException(file + ": " + keyPath(key) + ": " + problem);
    }

    private String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public String requireString(String key) {
        String s = string(key, null);
        if (s == null || s.isBlank()) {
            throw error(key, "is required");
        }
        return s;
    }

    public String string(String key, String def) {
        read.add(key);
        Object v = values.get(key);
        if (v == null) {
            return def;
        }
        if (v instanceof Map || v instanceof List) {
            throw error(key, "must be a single value, not " + (v instanceof Map ? "a mapping" : "a list"));
        }
        return String.valueOf(v);
    }

    public String oneOf(String key, String def, List<String> allowed) {
        String s = string(key, def);
        if (s != null && !allowed.contains(s)) {
            throw error(key, "must be one of " + String.join(", ", allowed) + ", not '" + s + "'");
        }
        return s;
    }

    public boolean bool(String key, boolean def) {
        read.add(key);
        Object v = values.get(key);
        if (v == null) {
            return def;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw error(key, "must be true or false, not '" + v + "'");
    }

    public long longValue(String key, long def, long min, long max) {
        read.add(key);
        Object v = values.get(key);
        if (v == null) {
            return def;
        }
        long n;
        if (v instanceof Number num && num.doubleValue() == Math.rint(num.doubleValue())) {
            n = num.longValue();
        } else {
            try {
                n = Long.parseLong(String.valueOf(v).strip());
            } catch (NumberFormatException e) {
                throw error(key, "must be a whole number, not '" + v + "'");
            }
        }
        if (n < min || n > max) {
            throw error(key, "must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    public int intValue(String key, int def, int min, int max) {
        return (int) longValue(key, def, min, max);
    }

    public double doubleValue(String key, double def, double min, double max) {
        read.add(key);
        Object v = values.get(key);
        if (v == null) {
            return def;
        }
        double d;
        if (v instanceof Number num) {
            d = num.doubleValue();
        } else {
            try {
                d = Double.parseDouble(String.valueOf(v).strip());
            } catch (NumberFormatException e) {
                throw error(key, "must be a number, not '" + v + "'");
            }
        }
        if (!(d >= min && d <= max)) {
            throw error(key, "must be between " + min + " and " + max + ", not " + d);
        }
        return d;
    }

    /** A nested mapping (empty node when absent). */
    @SuppressWarnings("unchecked")
    public ConfigNode child(String key) {
        read.add(key);
        Object v = values.get(key);
        if (v == null) {
            return new ConfigNode(file, keyPath(key), Map.of());
        }
        if (!(v instanceof Map)) {
            throw error(key, "must be a mapping");
        }
        return new ConfigNode(file, keyPath(key), (Map<String, Object>) v);
    }

    /** A mapping of string to string (empty when absent). */
    public Map<String, String> stringMap(String key) {
        ConfigNode c = child(key);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : c.values.entrySet()) {
            if (e.getValue() instanceof Map || e.getValue() instanceof List) {
                throw c.error(e.getKey(), "must be a single value");
            }
            out.put(e.getKey(), e.getValue() == null ? "" : String.valueOf(e.getValue()));
        }
        return out;
    }

    /** A list of mappings (empty when absent). */
    @SuppressWarnings("unchecked")
    public List<ConfigNode> children(String key) {
        read.add(key);
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw error(key, "must be a list");
        }
        List<ConfigNode> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof Map)) {
                throw error(key + "[" + i + "]", "must be a mapping");
            }
            out.add(new ConfigNode(file, keyPath(key) + "[" + i + "]", (Map<String, Object>) item));
        }
        return out;
    }

    /** A list of plain values (empty when absent). */
    public List<String> strings(String key) {
        read.add(key);
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw error(key, "must be a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    /** Fails on the first key that was never read: a typo must not be silently ignored. */
    public void finish() {
        for (String key : values.keySet()) {
            if (!read.contains(key)) {
                throw error(key, "unknown key");
            }
        }
    }
}
