package org.webmail.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF (ISO 32000-1) with a title and a few lines of text in the standard Helvetica font, written
 * byte by byte with a correct cross-reference table so every viewer opens it.
 */
final class DemoPdf {

    /** Helvetica with WinAnsiEncoding covers Latin-1 text such as Portuguese (ISO 32000-1 annex D). */
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private DemoPdf() {
    }

    static byte[] document(String title, List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 20 Tf 72 770 Td (").append(escape(title)).append(") Tj ET\n");
        text.append("BT /F1 11 Tf 72 735 Td 16 TL\n");
        for (String line : lines) {
            text.append('(').append(escape(line)).append(") ' \n");
        }
        text.append("ET\n");
        byte[] content = text.toString().getBytes(WIN_ANSI);

        List<byte[]> objects = List.of(
                ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                        + "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
                ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
                concat(ascii("<< /Length " + content.length + " >>\nstream\n"), content, ascii("endstream")));
        return assemble(objects);
    }

    private static byte[] assemble(List<byte[]> objects) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        // The second line's high bytes tell transfer agents that the file is binary (ISO 32000-1 7.5.2).
        pdf.writeBytes(ascii("%PDF-1.4\n"));
        pdf.writeBytes(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            pdf.writeBytes(ascii((i + 1) + " 0 obj\n"));
            pdf.writeBytes(objects.get(i));
            pdf.writeBytes(ascii("\nendobj\n"));
        }
        int xref = pdf.size();
        // Each cross-reference entry is exactly 20 bytes (ISO 32000-1 7.5.4).
        StringBuilder table = new StringBuilder("xref\n0 ").append(objects.size() + 1).append('\n');
        table.append("0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n");
        table.append("startxref\n").append(xref).append("\n%%EOF\n");
        pdf.writeBytes(ascii(table.toString()));
        return pdf.toByteArray();
    }

    /** Literal strings escape backslash and parentheses (ISO 32000-1 7.3.4.2). */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static byte[] ascii(String value) {
        return value.getBytes(WIN_ANSI);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
