/**
 * Alert delivery through a durable outbox: webhook (JSON, HMAC-SHA256 signed) and e-mail (SMTP).
 *
 * <p>To use, {@link org.tidewatch.rules.delivery.Outbox#enqueue} an alert's JSON for its targets in the same step
 * that stores it, and keep a {@link org.tidewatch.rules.delivery.DeliveryWorker} running ({@code start()},
 * {@code wake()} after queuing, {@code close()}). Failed deliveries are retried with exponential backoff and stay
 * visible in {@link org.tidewatch.rules.delivery.Outbox#failures(int)}; nothing is dropped while a receiver is down.
 */
package org.tidewatch.rules.delivery;
