package org.tidewatch.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads the body here, streamed and capped, and hands on a buffered copy. It asks for gzip itself so that OkHttp
 * does not inflate transparently: inflating here is what lets it stop a gzip bomb. A body past the cap is cut and
 * marked truncated; one that inflates past the cap at more than {@code max_compression_ratio} is refused.
 */
final class BodyCapInterceptor implements Interceptor {
    private static final int CHUNK = 16 * 1024;
    private final FetchSettings settings;

    BodyCapInterceptor(FetchSettings settings) {
        this.settings = settings;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        FetchTrace trace = FetchTrace.of(request);
        if (request.header("Accept-Encoding") == null) {
            request = request.newBuilder().header("Accept-Encoding", "gzip, deflate").build();
        }
        Response response = chain.proceed(request);
        long cap = trace.request.media() ? settings.maxMediaBytes() : settings.maxBodyBytes();
        String encoding = response.header("Content-Encoding", "identity").strip().toLowerCase(Locale.ROOT);
        ResponseBody body = response.body();
        CountingStream wire = new CountingStream(body.byteStream());
        byte[] bytes;
        try (body) {
            InputStream decoded = switch (encoding) {
                case "gzip", "x-gzip" -> new MeteredGzip(wire);
                case "deflate" -> new MeteredInflater(wire);
                default -> wire;
            };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean more = copyUpTo(decoded, out, cap);
            if (more && decoded instanceof Metered m) {
                long compressed = Math.max(1, m.compressedBytesRead());
                long ratio = cap / compressed;
                if (ratio > settings.maxCompressionRatio()) {
                    throw new FetchFailureException("gzip_bomb", "body inflates past " + cap + " bytes from "
                            + compressed + " compressed bytes (ratio " + ratio + ", limit "
                            + settings.maxCompressionRatio() + ")");
                }
            }
            trace.truncated = more;
            bytes = out.toByteArray();
        } catch (ZipException e) {
            throw new FetchFailureException("bad_encoding", "body declared " + encoding + " but could not be inflated: "
                    + e.getMessage());
        } catch (FetchFailureException e) {
            throw e;
        } catch (IOException e) {
            throw new TruncatedBodyException(wire.count, e);
        }
        return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
    }

    /** Copies at most {@code cap} bytes; true when the stream had more. */
    private static boolean copyUpTo(InputStream in, ByteArrayOutputStream out, long cap) throws IOException {
        byte[] buf = new byte[CHUNK];
        long total = 0;
        while (true) {
            int n;
            try {
                n = in.read(buf, 0, (int) Math.min(buf.length, cap - total + 1));
            } catch (EOFException e) {
                throw new EOFException("compressed body ends early after " + total + " decoded bytes");
            }
            if (n < 0) {
                return false;
            }
            if (total + n > cap) {
                out.write(buf, 0, (int) (cap - total));
                return true;
            }
            out.write(buf, 0, n);
            total += n;
        }
    }

    /** An inflating stream that knows how many compressed bytes it has consumed (not merely buffered). */
    private interface Metered {
        long compressedBytesRead();
    }

    private static final class MeteredGzip extends GZIPInputStream implements Metered {
        MeteredGzip(InputStream in) throws IOException {
            super(in, CHUNK);
        }

        @Override
        public long compressedBytesRead() {
            return inf.getBytesRead();
        }
    }

    private static final class MeteredInflater extends InflaterInputStream implements Metered {
        MeteredInflater(InputStream in) {
            super(in);
        }

        @Override
        public long compressedBytesRead() {
            return inf.getBytesRead();
        }
    }

    /** Counts the bytes taken off the wire, to tell a gzip bomb from a big page. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
