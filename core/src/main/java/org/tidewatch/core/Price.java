package org.tidewatch.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in full units of an ISO 4217 currency.
 *
 * @param amount   the amount (never negative)
 * @param currency ISO 4217 code, upper case
 * @param start    offset of the mention in the original text (-1 when unknown)
 * @param end      end offset, exclusive (-1 when unknown)
 */
public record Price(BigDecimal amount, String currency, int start, int end) {
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public Price {
        Objects.requireNonNull(amount, "amount must not be null");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if (currency == null || !ISO_4217.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    /** A price without offsets. */
    public Price(BigDecimal amount, String currency) {
        this(amount, currency, -1, -1);
    }

    /** Whether amount and currency are the same (offsets ignored). */
    public boolean sameValue(Price other) {
        return amount.compareTo(other.amount) == 0 && currency.equals(other.currency);
    }
}
