package org.tidewatch.app.cli;

/** A failure whose message is meant for the person at the terminal, printed as one line. */
public class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserFacingException(String message) {
        super(message);
    }
}
