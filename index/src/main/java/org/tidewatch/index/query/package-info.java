/**
 * The Tidewatch query language.
 *
 * <p>To use, {@code new PostQueryParser(new LanguageAnalyzers(), settings).parse("phone:\"+218 91 234 5678\" OR route:TN>IT")}
 * gives a Lucene query over the index schema (watchlists use the same parser). Free text with "quotes",
 * {@code prefix*}, AND/OR/NOT/-, parentheses, and the fields phone, handle, author, platform, source, lang,
 * from, to, route, category, offer, price (EUR range), after, before (YYYY-MM-DD, after is inclusive, before
 * exclusive; an after and a before in one conjunction become one time range), region (for national phone numbers),
 * id, group, reason. Errors throw QuerySyntaxException with the position. {@code GroupQueries} gives the posts and the
 * size of a near-duplicate group (the post that started a group has no group field of its own).
 */
package org.tidewatch.index.query;
