/**
 * Any listing page described by CSS selectors (classified-ad sites, forums, saved public pages).
 *
 * <p>To use, configure a source {@code type: html} with {@code selectors:} {@code item} (required), {@code text},
 * {@code link}, {@code date} and {@code date_format}, {@code author}, {@code next} and {@code id}; a selector may end
 * in {@code @attr} to read an attribute.
 */
package org.tidewatch.crawler.collect.html;
