/**
 * Public Telegram channels through their web preview.
 *
 * <p>To use, configure a source {@code type: telegram} whose {@code url} is {@code https://t.me/s/<channel>}; the
 * collector walks older pages with {@code ?before=<id>} and keeps the channel's numeric id and title in the post
 * attributes ({@code channel_id}, {@code channel_title}, {@code channel_username}) so a renamed channel stays linked.
 */
package org.tidewatch.crawler.collect.telegram;
