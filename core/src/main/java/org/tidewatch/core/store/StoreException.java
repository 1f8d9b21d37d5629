package org.tidewatch.core.store;

/** A failure of the embedded database, with a message fit for the user. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
