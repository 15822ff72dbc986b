package org.sillage.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.sillage.domain.UserException;

/**
 * Reads a plain-text posting: UTF-8 (with or without BOM) or UTF-16 with a BOM. Empty, binary,
 * oversized and undecodable files are refused with a message the user can act on.
 */
public final class TextFileReader {
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final long maxBytes;

    public TextFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public SourceDocument read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new UserException("error.import.directory", name);
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UserException("error.import.too_large", name, size / (1024 * 1024), maxBytes / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserException(e, "error.import.not_found", file);
        } catch (AccessDeniedException e) {
            throw new UserException(e, "error.import.unreadable", file);
        } catch (IOException e) {
            throw new UserException(e, "error.import.unreadable", file);
        }
        return new SourceDocument(decode(bytes, name), "txt", name, sha256(bytes), bytes);
    }

    /** Decodes bytes as text, refusing binary content and invalid UTF-8. */
    public static String decode(byte[] bytes, String name) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strictDecode(bytes, 3, StandardCharsets.UTF_8, name);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strictDecode(bytes, 2, StandardCharsets.UTF_16BE, name);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strictDecode(bytes, 2, StandardCharsets.UTF_16LE, name);
        } else {
            if (looksBinary(bytes)) {
                throw new UserException("error.import.binary", name);
            }
            text = strictDecode(bytes, 0, StandardCharsets.UTF_8, name);
        }
        if (text.isBlank()) {
            throw new UserException("error.import.empty", name);
        }
        if (looksBinary(text)) {
            throw new UserException("error.import.binary", name);
        }
        return text;
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

    private static String strictDecode(byte[] bytes, int offset, Charset cs, String name) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new UserException(e, "error.import.not_utf8", name);
        }
    }

    /** A NUL byte in the first 8 KB is the classic sign of a binary file. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** More than 5 % control characters (other than tabs and line breaks) is not a posting. */
    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control * 20 > n;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
