/**
 * Immutable domain records shared by every stage.
 *
 * <p>To use, build a {@link org.tidewatch.core.Post} with an id from {@link org.tidewatch.core.PostIds}; the NLP stage
 * adds an {@link org.tidewatch.core.Enrichment}, and the pair travels as an {@link org.tidewatch.core.EnrichedPost}
 * to the index and the rules. Records validate in their constructors and name the bad value.
 */
package org.tidewatch.core;
