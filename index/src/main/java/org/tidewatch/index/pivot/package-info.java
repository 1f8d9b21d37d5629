/**
 * Investigator pivots.
 *
 * <p>To use, {@code new PivotService(index).pivot(PivotKind.PHONE, "+218 91 234 5678")} gives the linked posts,
 * first and last seen, platforms and routes; {@code get(id)} gives one post with its duplicate group.
 */
package org.tidewatch.index.pivot;
