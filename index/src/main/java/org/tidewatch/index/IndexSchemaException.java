package org.tidewatch.index;

/** The index on disk was built with another schema than this version's and must be rebuilt ({@code reindex}). */
public final class IndexSchemaException extends RuntimeException {
    public IndexSchemaException(String message) {
        super(message);
    }
}
