package org.tidewatch.rules.delivery;

/** Sends one queued alert over one channel. */
@FunctionalInterface
public interface Notifier {
    /** Delivers the entry; throws {@link DeliveryException} (message fit for the operator) when the receiver did not take it. */
    void send(OutboxEntry entry) throws DeliveryException;
}
