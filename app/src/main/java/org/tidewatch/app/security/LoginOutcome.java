package org.tidewatch.app.security;

import java.time.Instant;

/** What a log-in attempt came to. */
public sealed interface LoginOutcome {
    /** The password was right and the account usable. */
    record Success(User user) implements LoginOutcome {
    }

    /** Wrong name or password, or a disabled account: deliberately not told apart. */
    record Refused() implements LoginOutcome {
    }

    /** The account is locked until {@code until}; the password was not even checked. */
    record Locked(Instant until) implements LoginOutcome {
    }

    /** The message shown to the person logging in: never says whether the name exists. */
    default String message() {
        return switch (this) {
            case Success s -> "welcome";
            case Refused r -> "Wrong user name or password.";
            case Locked l -> "Too many failed attempts: try again later.";
        };
    }
}
