/**
 * Contact handles in posts.
 *
 * <p>To use, call {@code new HandleExtractor().extract(normalisedText)}: it returns {@code @user} for Telegram,
 * Instagram and similar handles (from {@code @user}, {@code t.me/user} or "telegram: user") and
 * {@code wa.me/+NUMBER} for WhatsApp links, in order of first appearance.
 */
package org.tidewatch.nlp.handle;
