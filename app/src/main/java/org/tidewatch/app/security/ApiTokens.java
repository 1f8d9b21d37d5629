package org.tidewatch.app.security;

/** The format of API token values: {@code tw_<id>_<secret>}; the id finds the row, the secret is checked by hash. */
final class ApiTokens {
    static final String PREFIX = "tw_";

    private ApiTokens() {
    }

    /** The id and secret of a presented value, or null when it is not a token of ours. */
    static String[] split(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            return null;
        }
        String rest = value.substring(PREFIX.length());
        int sep = rest.indexOf('_');
        if (sep <= 0 || sep == rest.length() - 1) {
            return null;
        }
        return new String[] {rest.substring(0, sep), rest.substring(sep + 1)};
    }
}
