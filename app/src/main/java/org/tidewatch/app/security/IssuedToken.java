package org.tidewatch.app.security;

/**
 * A token just issued: {@link #value()} is shown once and never stored.
 *
 * @param id the public id, used to revoke it ({@code users revoke-token ID})
 * @param value the full bearer value {@code tw_ID_SECRET}
 */
public record IssuedToken(String id, String value) {
    public IssuedToken {
        if (id == null || value == null || !value.startsWith(ApiTokens.PREFIX + id + "_")) {
            throw new IllegalArgumentException("token value must be " + ApiTokens.PREFIX + "<id>_<secret>");
        }
    }
}
