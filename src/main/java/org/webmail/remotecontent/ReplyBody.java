package org.webmail.remotecontent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a reply's body as RFC 9112 section 6.3 frames it (chunked, Content-Length, or until the server closes),
 * never holding more than the cap: a server that sends more is refused, not truncated.
 */
final class ReplyBody {

    private ReplyBody() {
    }

    static byte[] read(InputStream in, Map<String, String> headers, long max) throws IOException, RefusedImage {
        String transfer = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        if (transfer.contains("chunked")) {
            return chunked(in, max);
        }
        String length = headers.get("content-length");
        if (length != null) {
            return sized(in, length, max);
        }
        return untilClosed(in, max);
    }

    private static byte[] sized(InputStream in, String length, long max) throws IOException, RefusedImage {
        long size;
        try {
            size = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw new RefusedImage(Outcome.UPSTREAM_FAILED, "bad Content-Length");
        }
        if (size < 0) {
            throw new RefusedImage(Outcome.UPSTREAM_FAILED, "bad Content-Length");
        }
        if (size > max) {
            throw new RefusedImage(Outcome.TOO_LARGE, "Content-Length over the cap");
        }
        byte[] body = in.readNBytes((int) size);
        if (body.length < size) {
            throw new RefusedImage(Outcome.UPSTREAM_FAILED, "body shorter than Content-Length");
        }
        return body;
    }

    private static byte[] chunked(InputStream in, long max) throws IOException, RefusedImage {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = HttpExchange.line(in).split(";", 2)[0].strip();
            long size;
            try {
                size = Long.parseLong(sizeLine, 16);
            } catch (NumberFormatException e) {
                throw new RefusedImage(Outcome.UPSTREAM_FAILED, "bad chunk size");
            }
            if (size == 0) {
                return body.toByteArray(); // trailers are not needed: the connection closes
            }
            if (size < 0 || body.size() + size > max) {
                throw new RefusedImage(Outcome.TOO_LARGE, "chunks over the cap");
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length < size) {
                throw new RefusedImage(Outcome.UPSTREAM_FAILED, "chunk cut short");
            }
            body.write(chunk);
            HttpExchange.line(in);
        }
    }

    private static byte[] untilClosed(InputStream in, long max) throws IOException, RefusedImage {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (body.length > max) {
            throw new RefusedImage(Outcome.TOO_LARGE, "body over the cap");
        }
        return body;
    }
}
