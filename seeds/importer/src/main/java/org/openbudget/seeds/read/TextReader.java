package org.openbudget.seeds.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A text export (pdftotext's, or the Hebei tab-separated one) as it is: UTF-8, or GB18030 — what Chinese
 * Windows writes as "ANSI" — when the bytes are not valid UTF-8. A byte order mark is dropped.
 */
final class TextReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextReader() {
    }

    static String read(String name, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return strict(name, bytes, StandardCharsets.UTF_16).orElseThrow(() -> notText(name));
        }
        if (binary(bytes)) {
            throw notText(name);
        }
        String text = strict(name, bytes, StandardCharsets.UTF_8)
                .or(() -> strict(name, bytes, GB18030))
                .orElseThrow(() -> new UnreadableDocumentException(name, "a text in neither UTF-8 nor GB18030 (GBK); "
                        + "save it as UTF-8 and hand it over again"));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static java.util.Optional<String> strict(String name, byte[] bytes, Charset charset) {
        try {
            return java.util.Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    /** NUL bytes or many control characters: a binary file that no text encoding reads (UTF-16 aside). */
    private static boolean binary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

    private static UnreadableDocumentException notText(String name) {
        return new UnreadableDocumentException(name, "not a document the importer reads: neither a PDF, an .xlsx "
                + "workbook, an HTML page nor a text file (it looks like binary data)");
    }
}
