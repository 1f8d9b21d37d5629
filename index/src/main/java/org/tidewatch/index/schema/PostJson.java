package org.tidewatch.index.schema;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.tidewatch.core.EnrichedPost;

/** The stored form of a post: its {@link EnrichedPost} as JSON, exact (BigDecimal prices, instants) both ways. */
public final class PostJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private PostJson() {
    }

    /** UTF-8 JSON bytes of the post. */
    public static byte[] write(EnrichedPost post) {
        try {
            return MAPPER.writeValueAsBytes(post);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise post " + post.post().id(), e);
        }
    }

    /** The post back from its JSON bytes. */
    public static EnrichedPost read(byte[] json, int offset, int length) {
        try {
            return MAPPER.readValue(json, offset, length, EnrichedPost.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored post JSON is unreadable", e);
        }
    }
}
