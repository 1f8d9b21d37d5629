package org.tidewatch.nlp.route;

/**
 * A place named in a text and the role the grammar gave it.
 *
 * @param place  the place
 * @param from   first token
 * @param to     token after the last
 * @param clause index of the sentence or line it is in
 * @param role   its role (FROM, TO, VIA, LOC, EXCL, WEAK_TO or NONE)
 */
public record Mention(Place place, int from, int to, int clause, Role role) {
}
