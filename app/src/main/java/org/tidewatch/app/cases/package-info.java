/**
 * Cases: named investigations that investigators add posts to, with a note per post, kept in the embedded database.
 *
 * <p>To use, open the store on the runtime's database and add posts by case name (the case is opened on first use):
 * <pre>{@code
 * CaseStore cases = new CaseStore(tw.db(), Clock.systemUTC());
 * CaseFile c = cases.add("Zuwara boats", "telegram:chan/12", "same phone as the May posts", "ina");
 * cases.entries(c.id());            // posts with notes, newest first
 * cases.referenced(postIds);        // for retention: posts a case refers to are kept
 * }</pre>
 * Adding a post that is already in the case replaces its note; nothing is ever duplicated.
 */
package org.tidewatch.app.cases;
