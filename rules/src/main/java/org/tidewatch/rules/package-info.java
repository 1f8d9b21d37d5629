/**
 * The rules stage: watchlists, route statistics, route alerts and their delivery.
 *
 * <p>To use, open the module over the database and call the engine after each indexed batch:
 * <pre>{@code
 * Rules rules = Rules.open(db, RulesSettings.fromConfig(config.child("rules")),
 *         DeliverySettings.fromConfig(config.child("delivery"), System.getenv()), indexSettings);
 * rules.startDelivery();
 * List<Alert> raised = rules.engine().onIndexed(batch);   // stored, queued for delivery
 * rules.watchlists().add("analyst", "ly-phone", "phone:+218912345678", List.of("email:desk@example.org"));
 * String json = rules.alertsJson(since);                 // tidewatch alerts --json
 * rules.close();
 * }</pre>
 * Statistics use {@code published_at} (else {@code collected_at}), so ingesting a past period replays the alerts each
 * day would have raised, with {@code fired_at} on that day.
 */
package org.tidewatch.rules;
