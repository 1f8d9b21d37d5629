package org.tidewatch.core.config;

/** A configuration error, with a message naming the file, the key and the problem. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
