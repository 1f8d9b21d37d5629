package org.tidewatch.app.security;

import java.util.regex.Pattern;

/** The rule for user names: they end up in cookies, logs and CSV exports, so keep them plain. */
final class UserNames {
    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

    private UserNames() {
    }

    static String check(String name) {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid user name '" + name
                    + "': use 2-32 characters a-z, 0-9, '.', '_' or '-', starting with a letter");
        }
        return name;
    }
}
