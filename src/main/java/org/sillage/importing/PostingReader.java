package org.sillage.importing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.sillage.domain.UserException;
import org.sillage.importing.read.EmailReader;
import org.sillage.importing.read.Format;
import org.sillage.importing.read.FormatDetector;
import org.sillage.importing.read.HtmlReader;
import org.sillage.importing.read.PlainTextReader;
import org.sillage.importing.read.TikaDocumentReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns any file a job seeker receives into posting text: plain text in any common charset, markdown,
 * PDF, DOCX, DOC, ODT, RTF, HTML (with schema.org JobPosting fields) and e-mail (with its attachments).
 * The format is decided by content, not by name. Each file is read in a worker thread that is abandoned
 * past {@link ReadLimits#timeoutPerFile()}. Whatever the bytes, the only exception is {@link UserException}.
 */
public final class PostingReader {
    private static final Logger LOG = LoggerFactory.getLogger(PostingReader.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ReadLimits limits;

    public PostingReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** Reads one file; an e-mail comes back with its posting attachments in {@code attachments}. */
    public SourceDocument read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new UserException("error.import.directory", name);
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a FIFO would block forever and a device never ends: refused before anything is opened
                throw new UserException("error.import.not_regular", name);
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw tooLarge(name, size);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserException(e, "error.import.not_found", file);
        } catch (AccessDeniedException e) {
            throw new UserException(e, "error.import.unreadable", file);
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            throw new UserException(e, "error.import.unreadable", file);
        }
        return readBytes(bytes, name);
    }

    /** Reads a file's bytes, as received; {@code name} is shown in messages and kept as the source name. */
    public SourceDocument readBytes(byte[] bytes, String name) {
        String label = name == null || name.isBlank() ? "document" : name;
        if (bytes == null || bytes.length == 0) {
            throw new UserException("error.import.empty", label);
        }
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(label, bytes.length);
        }
        byte[] copy = bytes.clone();
        return checked(withTimeout(label, () -> parse(copy, label, 0)), label);
    }

    /**
     * The text a file yields must be a posting's: not larger than the limit, and mostly readable
     * characters (a damaged file decoded into control and replacement characters is not a posting).
     */
    private SourceDocument checked(SourceDocument doc, String label) {
        String text = doc.text();
        if (text != null && text.length() > limits.maxTextChars()) {
            throw new UserException("error.import.text_too_large", label, text.length() / 1024, limits.maxTextChars() / 1024);
        }
        if (text != null && !text.isBlank() && unreadable(text)) {
            throw new UserException("error.import.unreadable_text", label);
        }
        return doc;
    }

    /** More than one character in ten (spaces aside) is a control, replacement or private-use character. */
    static boolean unreadable(String text) {
        int bad = 0;
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            seen++;
            if (Character.isISOControl(c) || c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) {
                bad++;
            }
        }
        return seen == 0 || bad * 10 > seen;
    }

    /** Reads the clipboard: its HTML when there is some (main content and JSON-LD), else its text. */
    public SourceDocument readClipboard(String text, String html) {
        return withTimeout("paste", () -> {
            if (html != null && !html.isBlank()) {
                try {
                    HtmlReader.Result page = HtmlReader.readString(html, "paste");
                    if (text != null && !text.isBlank() && lineCount(page.text()) < lineCount(text)) {
                        // the page lost the lines the text keeps (a note copied from an editor): the text
                        // is what the user saw, and the page may still state a JobPosting
                        return new SourceDocument(org.sillage.importing.read.Texts.normalizeLineBreaks(text), "paste",
                                null, null, null, page.structured(), List.of());
                    }
                    return new SourceDocument(page.text(), "paste", null, null, null, page.structured(), List.of());
                } catch (UserException emptyPage) {
                    if (text == null || text.isBlank()) {
                        throw emptyPage;
                    }
                }
            }
            if (text == null || text.isBlank()) {
                throw new UserException("error.import.empty", "paste");
            }
            String clean = org.sillage.importing.read.Texts.normalizeLineBreaks(text);
            if (clean.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\f').count() * 20
                    > Math.min(clean.length(), 8192)) {
                throw new UserException("error.import.binary", "paste");
            }
            return new SourceDocument(clean, "paste", null, null, null);
        });
    }

    private static final java.util.regex.Pattern DOCUMENT_NAME =
            java.util.regex.Pattern.compile("(?i)\\.(pdf|docx?|odt|rtf)$");

    private static long lineCount(String text) {
        return text.strip().lines().filter(l -> !l.isBlank()).count();
    }

    /** The sha-256 of bytes, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private SourceDocument parse(byte[] bytes, String name, int depth) {
        Format format = FormatDetector.detect(bytes, name);
        String sha = sha256(bytes);
        switch (format) {
            case TXT, MD -> {
                try {
                    String text = PlainTextReader.read(bytes, name);
                    // a Wiki.js page: its front matter in a comment on top
                    text = org.sillage.importing.read.CommentFrontMatter.of(text)
                            .map(h -> h.frontMatter() + "\n" + h.rest()).orElse(text);
                    // a posting kept as a JSON object: its text as a person reads it
                    text = org.sillage.importing.read.JsonPostingText.of(text, name).orElse(text);
                    // a site builder's page kept whole in its front matter: its blocks as the page shows them
                    text = org.sillage.importing.read.FrontMatterPageText.of(text, name).orElse(text);
                    // a LaTeX source: the text its reader sees, not its markup
                    text = org.sillage.importing.read.LatexText.of(text).orElse(text);
                    if (format == Format.MD) {
                        text = org.sillage.importing.read.Texts.decodeCharacterReferences(text);
                    }
                    return new SourceDocument(text, format.code(), name, sha, bytes);
                } catch (UserException e) {
                    // a .pdf (or .docx...) whose bytes are neither that format nor text is a damaged document,
                    // not a text file to import as .txt
                    if ("error.import.binary".equals(e.key()) && DOCUMENT_NAME.matcher(name).find()) {
                        throw new UserException(e, "error.import.corrupt", name);
                    }
                    throw e;
                }
            }
            case HTML -> {
                HtmlReader.Result page = HtmlReader.read(bytes, name);
                return new SourceDocument(page.text(), "html", name, sha, bytes, page.structured(), List.of(), List.of(),
                        page.structure());
            }
            case EML -> {
                EmailReader.Result mail = EmailReader.read(bytes, name, limits.maxBytes());
                List<SourceDocument> attachments = new ArrayList<>();
                List<SourceDocument.Skipped> skipped = new ArrayList<>();
                for (EmailReader.Attachment a : mail.attachments()) {
                    try {
                        readAttachment(a, depth).ifPresent(attachments::add);
                    } catch (UserException e) {
                        LOG.info("Attachment {} skipped: {}", a.name(), e.getMessage());
                        skipped.add(new SourceDocument.Skipped(a.name(), e));
                    } catch (RuntimeException e) {
                        LOG.warn("Attachment {} could not be read", a.name(), e);
                        skipped.add(new SourceDocument.Skipped(a.name(), new UserException(e, "error.import.corrupt", a.name())));
                    }
                }
                if (mail.text().isBlank() && attachments.isEmpty()) {
                    throw new UserException("error.import.empty", name);
                }
                return new SourceDocument(mail.text(), "eml", name, sha, bytes, null, attachments, skipped);
            }
            case UNSUPPORTED -> throw new UserException("error.import.unsupported", name);
            default -> {
                TikaDocumentReader.Result read = TikaDocumentReader.readDocument(bytes, format, name);
                return new SourceDocument(read.text(), format.code(), name, sha, bytes, null, List.of(), List.of(),
                        read.structure());
            }
        }
    }

    /**
     * An attachment that is a posting, read; images and signatures are passed over. One in a posting
     * format that cannot be read throws, and the e-mail lists it as skipped with the reason.
     */
    private java.util.Optional<SourceDocument> readAttachment(EmailReader.Attachment a, int depth) {
        if (a.bytes().length == 0 || depth > 0) {
            return java.util.Optional.empty();
        }
        Format format = FormatDetector.detect(a.bytes(), a.name());
        if (!format.isPosting()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(checked(parse(a.bytes(), a.name(), depth + 1), a.name()));
    }

    /** Runs a read in a daemon thread, abandoned (and interrupted) when it takes too long. */
    private SourceDocument withTimeout(String name, java.util.concurrent.Callable<SourceDocument> work) {
        FutureTask<SourceDocument> task = new FutureTask<>(work);
        Thread worker = new Thread(task, "sillage-reader-" + THREADS.incrementAndGet());
        worker.setDaemon(true);
        worker.setPriority(Thread.NORM_PRIORITY - 1);
        worker.start();
        try {
            return task.get(limits.timeoutPerFile().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            LOG.warn("Reading {} took more than {}; abandoned", name, limits.timeoutPerFile());
            throw new UserException(e, "error.import.timeout", name, limits.timeoutPerFile().toSeconds());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UserException(e, "error.import.timeout", name, limits.timeoutPerFile().toSeconds());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UserException u) {
                throw u;
            }
            LOG.warn("Reading {} failed", name, cause);
            throw new UserException(cause, "error.import.corrupt", name);
        }
    }

    private UserException tooLarge(String name, long size) {
        return new UserException("error.import.too_large", name, size / (1024 * 1024), limits.maxBytes() / (1024 * 1024));
    }
}
