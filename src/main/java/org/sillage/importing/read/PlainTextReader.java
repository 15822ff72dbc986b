package org.sillage.importing.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.sillage.domain.UserException;

/**
 * Reads plain text and markdown, whatever the charset: UTF-8 with or without BOM, UTF-16 with a BOM or
 * recognisable without one, and otherwise Windows-1252 (a superset of ISO-8859-1 for printable text,
 * which is what French files written on Windows use). Empty and binary content is refused.
 */
public final class PlainTextReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainTextReader() {
    }

    /** The text of {@code bytes}, line breaks made {@code \n}; refuses empty and binary content. */
    public static String read(byte[] bytes, String name) {
        Detected d = detect(bytes);
        if (d.charset == null) {
            throw new UserException("error.import.binary", name);
        }
        String text = Texts.normalizeLineBreaks(decode(bytes, d));
        if (text.isBlank()) {
            throw new UserException("error.import.empty", name);
        }
        if (looksBinary(text)) {
            throw new UserException("error.import.binary", name);
        }
        return text;
    }

    /** The charset of {@code bytes} and the length of its byte-order mark; a null charset means binary. */
    public record Detected(Charset charset, int bomLength) {
    }

    public static Detected detect(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        Charset utf16 = bomlessUtf16(bytes);
        if (utf16 != null) {
            return new Detected(utf16, 0);
        }
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return new Detected(null, 0);
            }
        }
        if (isUtf8(bytes) || mostlyUtf8(bytes)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        return new Detected(legacyCharset(bytes), 0);
    }

    /**
     * UTF-8 with a few damaged bytes stays UTF-8 (they become U+FFFD): one stray byte must not turn a
     * whole French text into « ChargÃ©(e) ». Windows-1252 text almost never forms a valid multi-byte
     * sequence, so more valid sequences than bad bytes means UTF-8.
     */
    static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > 0 && invalid <= valid;
    }

    /**
     * A text in a one-byte charset: ICU's detector picks among them (Central European, Cyrillic...);
     * Western European text, and anything it is unsure of, is read as Windows-1252.
     */
    private static Charset legacyCharset(byte[] bytes) {
        try {
            var detector = new com.ibm.icu.text.CharsetDetector();
            detector.setText(bytes);
            for (var match : detector.detectAll()) {
                if (match.getConfidence() < 50) {
                    break;
                }
                String name = match.getName();
                if (name.equals("UTF-8") || name.startsWith("UTF-") || name.equals("ISO-8859-1")
                        || name.equals("windows-1252")) {
                    return WINDOWS_1252;
                }
                if (Charset.isSupported(name)) {
                    return Charset.forName(name);
                }
            }
        } catch (RuntimeException e) {
            // fall back below
        }
        return WINDOWS_1252;
    }

    /** Decodes with the detected charset; bytes Windows-1252 leaves undefined are read as ISO-8859-1. */
    public static String decode(byte[] bytes, Detected d) {
        Charset cs = d.charset == null ? StandardCharsets.ISO_8859_1 : d.charset;
        if (cs.equals(WINDOWS_1252)) {
            StringBuilder sb = new StringBuilder(bytes.length);
            String windows = new String(bytes, WINDOWS_1252);
            // String decoding replaces the five undefined bytes with U+FFFD; put their Latin-1 meaning back
            if (windows.indexOf('\uFFFD') < 0) {
                return windows;
            }
            for (byte b : bytes) {
                String c = new String(new byte[] {b}, WINDOWS_1252);
                sb.append(c.charAt(0) == '\uFFFD' ? (char) (b & 0xFF) : c.charAt(0));
            }
            return sb.toString();
        }
        return new String(bytes, d.bomLength, bytes.length - d.bomLength, cs);
    }

    /**
     * Text in UTF-16 without a BOM has a NUL in every other byte for Latin text: high bytes first (BE) or
     * second (LE). Needs a clear majority in the first 4 KB, and no NUL on the other side.
     */
    private static Charset bomlessUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += bytes[i] == 0 ? 1 : 0;
            oddZero += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (evenZero * 10 >= pairs * 6 && oddZero * 50 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZero * 10 >= pairs * 6 && evenZero * 50 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** More than 5 % control characters (other than tabs, line and page breaks) is not a posting. */
    static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        return control * 20 > n;
    }
}
