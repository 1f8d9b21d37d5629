package org.tidewatch.nlp.route;

/** What a marker word says about the place next to it. */
public enum Role {
    /** Departure. */
    FROM,
    /** Departure by a word that also means "of" or "in" (de, da, von, od, له): never a route alone. */
    FROM_WEAK,
    /** Destination. */
    TO,
    /** Destination only after a departure ("in", "en", "u", "në", "for"). */
    WEAK_TO,
    /** An arrival verb ("reach", "arriver", "توصل", "برسیم"): a destination, a restatement in a payment clause. */
    ARRIVE,
    /** "Payment on arrival" in one phrase: a payment word and an arrival word at once. */
    PAY_ON_ARRIVAL,
    /** A noun of travel ("traversata", "Überfahrt", "put"): a weak "from" right after it is a departure. */
    JOURNEY,
    /** A payment word ("pay", "الدفع", "پرداخت"): marks a later arrival verb as a payment condition. */
    PAY,
    /** Transit place, not an end. */
    VIA,
    /** Where something or someone is (office, arrest, writer): not an end. */
    LOC,
    /** Visa, embassy, nationality, bank: the place is not a route end. */
    EXCL,
    /** Skipped while looking for a role ("the", "l'", "coast of"). */
    ARTICLE,
    /** Joins alternatives. */
    AND,
    /** Joins legs. */
    THEN,
    /** No role. */
    NONE
}
