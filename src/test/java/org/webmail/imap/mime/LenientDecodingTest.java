package org.webmail.imap.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The transfer decoders give the same bytes however the input is chunked, and keep what they can. */
class LenientDecodingTest {

    @Test
    void base64IgnoresJunkAndDecodesConcatenatedPaddedBlocks() {
        assertEquals("Hello, world", base64("SGVsbG8s\r\n IHdv!!cmxk"));
        assertEquals("Hi!Hi!", base64("SGkh\nSGkh"));
        assertEquals("ab" + "cd", base64("YWI=Y2Q="));
    }

    @Test
    void base64CutMidQuantumKeepsItsWholeBytes() {
        assertEquals("Hello", base64("SGVsbG8")); // 7 characters: 5 whole bytes
        assertEquals("Hell", base64("SGVsbG"));
        assertEquals("Hel", base64("SGVsb"));
    }

    @Test
    void quotedPrintableDecodesEscapesAndSoftBreaksAndKeepsBrokenEscapes() {
        assertEquals("café au lait", quotedPrintable("caf=C3=A9 au =\r\nlait"));
        assertEquals("one two", quotedPrintable("one =\ntwo"));
        assertEquals("100 =ZZ % =", quotedPrintable("100 =ZZ =25 ="));
        assertEquals("=\r", quotedPrintable("=\r"));
        assertEquals("a==b=4", quotedPrintable("a===62=4"));
    }

    @Test
    void everyChunkingGivesTheSameBytes() {
        String qp = "Ol=C3=A1 mundo, soft=\r\nbreak =ZZ and =\nmore =E2=82=AC =";
        String b64 = "T2zDoSBtdW5kbywgc29mdGJyZWFrIOKCrA==\r\nSGkh";
        for (int chunk = 1; chunk <= 7; chunk++) {
            assertEquals(quotedPrintable(qp), decodeInChunks(new LenientDecoding.QuotedPrintable(), qp, chunk), "chunk " + chunk);
            assertEquals(base64(b64), decodeInChunks(new LenientDecoding.Base64(), b64, chunk), "chunk " + chunk);
        }
    }

    private static String base64(String encoded) {
        return decodeInChunks(new LenientDecoding.Base64(), encoded, Integer.MAX_VALUE);
    }

    private static String quotedPrintable(String encoded) {
        return decodeInChunks(new LenientDecoding.QuotedPrintable(), encoded, Integer.MAX_VALUE);
    }

    private static String decodeInChunks(LenientDecoding decoder, String encoded, int chunk) {
        byte[] raw = encoded.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int start = 0; start < raw.length; start += chunk) {
            int length = Math.min(chunk, raw.length - start);
            decoder.feed(java.util.Arrays.copyOfRange(raw, start, start + length), length, out);
        }
        decoder.end(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
