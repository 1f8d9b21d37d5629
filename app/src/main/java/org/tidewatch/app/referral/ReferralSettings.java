package org.tidewatch.app.referral;

import java.time.Duration;
import org.tidewatch.core.config.ConfigNode;

/**
 * The {@code referral:} configuration: the fixed texts of every referral, the default notifier and how often referred
 * URLs are re-checked. The notifier may be left out here and given per report instead.
 *
 * @param legalBasis         the legal basis cited in every package
 * @param explanation        the DSA Art. 16(2)(a) explanation of why the content is illegal
 * @param goodFaithStatement the DSA Art. 16(2)(d) statement
 * @param notifierName       who sends the notice by default (null: must be given per report)
 * @param notifierEmail      where the platform answers by default (null: must be given per report)
 * @param recheckInterval    how often referred URLs are re-checked by the server
 * @param removalMarkers     the soft-404 markers per platform for those re-checks
 */
public record ReferralSettings(String legalBasis, String explanation, String goodFaithStatement, String notifierName,
                               String notifierEmail, Duration recheckInterval, RemovalMarkers removalMarkers) {
    /** The default legal basis: the EU facilitation directive and the smuggling protocol. */
    public static final String DEFAULT_LEGAL_BASIS = "Directive 2002/90/EC defining the facilitation of unauthorised "
            + "entry, transit and residence, and Council Framework Decision 2002/946/JHA; Protocol against the "
            + "Smuggling of Migrants by Land, Sea and Air (UNTOC, 2000), Art. 6; national law transposing them.";
    /** The default DSA Art. 16(2)(a) explanation. */
    public static final String DEFAULT_EXPLANATION = "The items advertise the smuggling of migrants (facilitation of "
            + "unauthorised entry or transit) or forged travel documents, which is illegal under the legal basis cited. "
            + "Each item lists the indicators that show it, with an English gloss.";
    /** The default DSA Art. 16(2)(d) statement. */
    public static final String DEFAULT_GOOD_FAITH = "I confirm my bona fide belief that the information and allegations "
            + "in this notice are accurate and complete (Regulation (EU) 2022/2065, Art. 16(2)(d)).";
    /** How often referred URLs are re-checked unless configured otherwise. */
    public static final Duration DEFAULT_RECHECK_INTERVAL = Duration.ofHours(6);
    /** The defaults with no notifier configured. */
    public static final ReferralSettings DEFAULTS = new ReferralSettings(DEFAULT_LEGAL_BASIS, DEFAULT_EXPLANATION,
            DEFAULT_GOOD_FAITH, null, null, DEFAULT_RECHECK_INTERVAL, RemovalMarkers.DEFAULTS);

    public ReferralSettings {
        requireText(legalBasis, "legal basis");
        requireText(explanation, "DSA explanation");
        requireText(goodFaithStatement, "good-faith statement");
        notifierName = blankToNull(notifierName);
        notifierEmail = blankToNull(notifierEmail);
        if (notifierEmail != null) {
            DsaNotice.requireEmail(notifierEmail);
        }
        if (recheckInterval == null || recheckInterval.isNegative() || recheckInterval.isZero()) {
            throw new IllegalArgumentException("takedown re-check interval must be positive, not " + recheckInterval);
        }
        java.util.Objects.requireNonNull(removalMarkers, "removalMarkers");
    }

    /** The default texts with the notifier given. */
    public static ReferralSettings defaults(String notifierName, String notifierEmail) {
        return DEFAULTS.withNotifier(notifierName, notifierEmail);
    }

    /**
     * Reads the {@code referral:} mapping: {@code legal_basis}, {@code explanation}, {@code good_faith_statement}
     * (defaults above), {@code notifier_name}, {@code notifier_email} (no default), {@code recheck_interval_hours}
     * (default 6, 1 to 720), {@code removal_markers} (see {@link RemovalMarkers#fromConfig}); unknown keys and bad
     * values fail naming file and key.
     */
    public static ReferralSettings fromConfig(ConfigNode node) {
        String email = node.string("notifier_email", null);
        if (email != null && !email.isBlank() && !DsaNotice.isEmail(email)) {
            throw node.error("notifier_email", "is not an e-mail address: '" + email + "'");
        }
        ReferralSettings s = new ReferralSettings(
                text(node, "legal_basis", DEFAULT_LEGAL_BASIS),
                text(node, "explanation", DEFAULT_EXPLANATION),
                text(node, "good_faith_statement", DEFAULT_GOOD_FAITH),
                node.string("notifier_name", null), email,
                Duration.ofHours(node.longValue("recheck_interval_hours", DEFAULT_RECHECK_INTERVAL.toHours(), 1, 720)),
                RemovalMarkers.fromConfig(node, "removal_markers"));
        node.finish();
        return s;
    }

    private static String text(ConfigNode node, String key, String def) {
        String v = node.string(key, def);
        if (v.isBlank()) {
            throw node.error(key, "must not be blank");
        }
        return v.strip();
    }

    /** These settings with the notifier given for one report; a null or blank value keeps the configured one. */
    public ReferralSettings withNotifier(String name, String email) {
        return new ReferralSettings(legalBasis, explanation, goodFaithStatement,
                blankToNull(name) == null ? notifierName : name.strip(),
                blankToNull(email) == null ? notifierEmail : email.strip(), recheckInterval, removalMarkers);
    }

    /** The notice part of these settings; fails with one line when no notifier is known. */
    DsaNotice notice() {
        if (notifierName == null || notifierEmail == null) {
            throw new IllegalArgumentException("the DSA notice needs the notifier's "
                    + (notifierName == null ? "name" : "e-mail") + ": give it with the report (--notifier-name/"
                    + "--notifier-email, or notifier_name/notifier_email in the request) or set referral."
                    + (notifierName == null ? "notifier_name" : "notifier_email") + " in the configuration");
        }
        return new DsaNotice(explanation, notifierName, notifierEmail, goodFaithStatement);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
