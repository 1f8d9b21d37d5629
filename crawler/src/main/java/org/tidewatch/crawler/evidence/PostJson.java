package org.tidewatch.crawler.evidence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.tidewatch.core.Post;

/** Reads and writes {@link Post} as JSON: ISO-8601 instants, field names as in the record. */
public final class PostJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Posts written by a newer version may carry fields this one does not know; they must still replay.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PostJson() {
    }

    /** UTF-8 JSON of the post. */
    public static byte[] write(Post post) {
        try {
            return MAPPER.writeValueAsBytes(post);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write post " + post.id() + " as JSON", e);
        }
    }

    /** The post in UTF-8 JSON; throws {@link IllegalArgumentException} naming the problem when it is not a valid post. */
    public static Post read(byte[] json) {
        try {
            return MAPPER.readValue(json, Post.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid post: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
