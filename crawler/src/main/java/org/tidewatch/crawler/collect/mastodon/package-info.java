/**
 * Mastodon-compatible APIs: hashtag timelines and account statuses.
 *
 * <p>To use, configure a source {@code type: mastodon} whose {@code url} is the endpoint, e.g.
 * {@code https://mastodon.example/api/v1/timelines/tag/boats} or {@code .../api/v1/accounts/<id>/statuses};
 * put an access token, if the server needs one, in {@code headers: {Authorization: "Bearer ${MASTODON_TOKEN}"}}.
 */
package org.tidewatch.crawler.collect.mastodon;
