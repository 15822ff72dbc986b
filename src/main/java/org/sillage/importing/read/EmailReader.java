package org.sillage.importing.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.sillage.domain.UserException;

/**
 * Reads an e-mail (.eml, RFC 822/MIME) with Jakarta Mail (Angus): the subject and the body (text/plain
 * preferred, else HTML as text), and the attachments that may be postings, as bytes with their names.
 * Reading the attachments themselves is left to the caller.
 */
public final class EmailReader {
    private static final int MAX_PARTS = 200;
    private static final int MAX_DEPTH = 10;

    private EmailReader() {
    }

    /** A file attached to the e-mail. */
    public record Attachment(String name, byte[] bytes) {
    }

    /** The text of an e-mail and its attachments, in the order they appear. */
    public record Result(String text, List<Attachment> attachments) {
    }

    public static Result read(byte[] bytes, String name, long maxBytes) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
            Walk walk = new Walk(maxBytes);
            walk.visit(message, 0);
            String body = walk.plain != null ? walk.plain
                    : walk.html != null ? MainContent.text(org.jsoup.Jsoup.parse(walk.html)) : "";
            String subject = decode(message.getHeader("Subject", null));
            StringBuilder text = new StringBuilder();
            if (subject != null && !subject.isBlank()) {
                text.append(subject.strip()).append("\n\n");
            }
            text.append(Texts.tidy(Texts.normalizeLineBreaks(body)));
            String result = Texts.tidy(text.toString());
            if (result.isBlank() && walk.attachments.isEmpty()) {
                throw new UserException("error.import.empty", name);
            }
            return new Result(result, walk.attachments);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw new UserException(e, "error.import.corrupt", name);
        }
    }

    private static final class Walk {
        private final long maxBytes;
        private final List<Attachment> attachments = new ArrayList<>();
        private String plain;
        private String html;
        private int parts;

        Walk(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        void visit(Part part, int depth) throws MessagingException, IOException {
            if (++parts > MAX_PARTS || depth > MAX_DEPTH) {
                return;
            }
            String type = part.getContentType() == null ? "text/plain" : part.getContentType().toLowerCase(Locale.ROOT);
            String fileName = fileName(part);
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
            if (type.startsWith("multipart/") && !attached) {
                Object content = part.getContent();
                if (content instanceof Multipart multi) {
                    for (int i = 0; i < multi.getCount() && i < MAX_PARTS; i++) {
                        BodyPart child = multi.getBodyPart(i);
                        visit(child, depth + 1);
                    }
                }
            } else if (type.startsWith("message/rfc822") && !attached) {
                if (part.getContent() instanceof Part forwarded) {
                    visit(forwarded, depth + 1);
                }
            } else if (attached) {
                attachments.add(new Attachment(fileName == null ? "attachment" : fileName, bytes(part)));
            } else if (type.startsWith("text/plain") && plain == null) {
                plain = text(part);
            } else if (type.startsWith("text/html") && html == null) {
                html = text(part);
            }
        }

        private String text(Part part) throws MessagingException, IOException {
            try {
                Object content = part.getContent();
                if (content instanceof String s) {
                    return s;
                }
            } catch (UnsupportedEncodingException unknownCharset) {
                // an unknown charset name: detect it from the bytes instead
            }
            byte[] raw = bytes(part);
            return PlainTextReader.decode(raw, PlainTextReader.detect(raw));
        }

        private byte[] bytes(Part part) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (data.length > maxBytes) {
                    throw new UserException("error.import.too_large", fileName(part), data.length / (1024 * 1024),
                            maxBytes / (1024 * 1024));
                }
                return data;
            }
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? null : decode(name);
        } catch (MessagingException | RuntimeException e) {
            return "attachment";
        }
    }

    private static String decode(String header) {
        if (header == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(header));
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return header;
        }
    }
}
