package org.tidewatch.app.referral;

/**
 * The fixed texts of a referral. For now the defaults below are constants; a {@code referral:} configuration section
 * (legal_basis, notifier_name, notifier_email, good_faith_statement) is the intended home for them.
 *
 * @param legalBasis         the legal basis cited in every package
 * @param explanation        the DSA Art. 16(2)(a) explanation of why the content is illegal
 * @param notifierName       who sends the notice
 * @param notifierEmail      where the platform answers
 * @param goodFaithStatement the DSA Art. 16(2)(d) statement
 */
public record ReferralSettings(String legalBasis, String explanation, String notifierName, String notifierEmail,
                               String goodFaithStatement) {
    /** The default legal basis: the EU facilitation directive and the smuggling protocol. */
    public static final String DEFAULT_LEGAL_BASIS = "Directive 2002/90/EC defining the facilitation of unauthorised "
            + "entry, transit and residence, and Council Framework Decision 2002/946/JHA; Protocol against the "
            + "Smuggling of Migrants by Land, Sea and Air (UNTOC, 2000), Art. 6; national law transposing them.";

    public ReferralSettings {
        DsaNotice check = new DsaNotice(explanation, notifierName, notifierEmail, goodFaithStatement);
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new IllegalArgumentException("legal basis must not be blank");
        }
        explanation = check.explanation();
    }

    /** The defaults, with the notifier given (the notifier has no sensible default). */
    public static ReferralSettings defaults(String notifierName, String notifierEmail) {
        return new ReferralSettings(DEFAULT_LEGAL_BASIS,
                "The items advertise the smuggling of migrants (facilitation of unauthorised entry or transit) "
                        + "or forged travel documents, which is illegal under the legal basis cited. Each item lists "
                        + "the indicators that show it, with an English gloss.",
                notifierName, notifierEmail,
                "I confirm my bona fide belief that the information and allegations in this notice are accurate "
                        + "and complete (Regulation (EU) 2022/2065, Art. 16(2)(d)).");
    }

    /** The notice part of these settings. */
    DsaNotice notice() {
        return new DsaNotice(explanation, notifierName, notifierEmail, goodFaithStatement);
    }
}
