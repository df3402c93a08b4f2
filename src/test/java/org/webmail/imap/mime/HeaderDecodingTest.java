package org.webmail.imap.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Header values and their parameters, as senders actually write them. */
class HeaderDecodingTest {

    @Test
    void encodedWordsDecodeInAnyCharsetAndJoinAcrossWhiteSpace() {
        assertEquals("Reunião de sexta", HeaderText.decode("=?UTF-8?Q?Reuni=C3=A3o_de_sexta?="));
        assertEquals("Orçamento 2026", HeaderText.decode("=?iso-8859-1?q?Or=E7amento?= 2026"));
        assertEquals("報告書", HeaderText.decode("=?UTF-8?B?5aCx?=\r\n =?UTF-8?B?5ZGK5pu4?="));
        assertEquals("Re: café", HeaderText.decode("Re: =?x-unknown?Q?caf=C3=A9?="));
        assertEquals("façade", HeaderText.decode("=?latin-1?Q?fa=E7ade?="));
        assertEquals("report-é.pdf", HeaderText.decode("report-=?UTF-8*pt?Q?=C3=A9?=.pdf"));
        assertEquals("=?UTF-8?Q?unterminated", HeaderText.decode("=?UTF-8?Q?unterminated"));
        assertNull(HeaderText.decode(null));
    }

    @Test
    void raw8BitUtf8IsRecoveredButRealLatin1IsLeftAlone() {
        String utf8AsBytes = new String("Relatório".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("Relatório", HeaderText.decode(utf8AsBytes));
        assertEquals("Relatório", HeaderText.decode("Relatório"));
        assertEquals("日本", HeaderText.decode("日本"));
    }

    @Test
    void parametersAreReadDespiteStraySpacesAndQuotes() {
        HeaderParameters disposition = HeaderParameters.parse("attachment; filename=annual report.pdf; size=");

        assertEquals("attachment", disposition.value());
        assertEquals("annual report.pdf", disposition.get("FILENAME"));
        assertEquals("", disposition.get("size"));
        assertEquals("a \"quoted\"; name.txt", HeaderParameters.parse("inline; filename=\"a \\\"quoted\\\"; name.txt\"").get("filename"));
    }

    @Test
    void rfc2231ValuesAndContinuationsAreJoinedAndDecoded() {
        assertEquals("relatório.pdf", HeaderParameters.parse("attachment; filename*=UTF-8''relat%C3%B3rio.pdf").get("filename"));
        assertEquals("relatório anual.pdf", HeaderParameters.parse(
                "attachment; filename*1*=%20anual; filename*0*=utf-8'pt'relat%C3%B3rio; filename*2=\".pdf\"").get("filename"));
        assertEquals("orçamento.xlsx", HeaderParameters.parse("attachment; filename*=iso-8859-1'pt'or%E7amento.xlsx").get("filename"));
        assertEquals("avaliação.pdf", HeaderParameters.parse("attachment; filename*=x-bogus''avalia%C3%A7%C3%A3o.pdf").get("filename"));
        // The extended form wins over the plain fallback a careful sender adds (RFC 2231 section 4).
        assertEquals("ü.txt", HeaderParameters.parse("attachment; filename=\"u.txt\"; filename*=UTF-8''%C3%BC.txt").get("filename"));
    }

    @Test
    void charsetLabelsAreMappedOrGuessed() {
        byte[] cafeUtf8 = "café".getBytes(StandardCharsets.UTF_8);
        byte[] cafeLatin1 = "café".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals("café", LenientCharset.decode(cafeUtf8, "utf8"));
        assertEquals("café", LenientCharset.decode(cafeUtf8, "x-unknown"));
        assertEquals("café", LenientCharset.decode(cafeUtf8, "us-ascii"));
        assertEquals("café", LenientCharset.decode(cafeLatin1, "latin-1"));
        assertEquals("café", LenientCharset.decode(cafeLatin1, "\"ISO-8859-1\" (Western)"));
        assertEquals("café", LenientCharset.decode(cafeLatin1, null));
        assertEquals("“quoted”", LenientCharset.decode(new byte[] {(byte) 0x93, 'q', 'u', 'o', 't', 'e', 'd', (byte) 0x94}, "iso-8859-1"));
        assertEquals("Hi Mom -☺-!", LenientCharset.decode("Hi Mom -+Jjo--!".getBytes(StandardCharsets.US_ASCII), "UTF-7"));
        assertEquals("日本語", LenientCharset.decode("+ZeVnLIqe-".getBytes(StandardCharsets.US_ASCII), "unicode-1-1-utf-7"));
    }
}
