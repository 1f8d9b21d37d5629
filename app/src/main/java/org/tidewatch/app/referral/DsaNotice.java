package org.tidewatch.app.referral;

/**
 * The fields an EU Digital Services Act notice must carry (Art. 16(2)): the exact URLs and the per-item reasons
 * come from the package's items; this record holds the rest.
 *
 * @param explanation        why the content is considered illegal (Art. 16(2)(a)), in general terms
 * @param notifierName       the notifier's name (Art. 16(2)(c))
 * @param notifierEmail      the notifier's e-mail address (Art. 16(2)(c))
 * @param goodFaithStatement the statement of bona fide belief (Art. 16(2)(d))
 */
public record DsaNotice(String explanation, String notifierName, String notifierEmail, String goodFaithStatement) {
    public DsaNotice {
        require(explanation, "explanation");
        require(notifierName, "notifier name");
        require(notifierEmail, "notifier e-mail");
        require(goodFaithStatement, "good-faith statement");
        requireEmail(notifierEmail);
    }

    /** Whether the text looks like an e-mail address (one @, a dot in the domain, no spaces). */
    static boolean isEmail(String s) {
        return s.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    static void requireEmail(String s) {
        if (!isEmail(s)) {
            throw new IllegalArgumentException("notifier e-mail is not an e-mail address: '" + s + "'");
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " of a DSA notice must not be blank");
        }
    }
}
