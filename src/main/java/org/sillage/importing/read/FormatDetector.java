package org.sillage.importing.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides a file's format from its bytes, never from its name: a {@code .pdf} that holds HTML is HTML.
 * The name only tells markdown from plain text, and a server page's template ({@code .php}, {@code .blade.php},
 * {@code .twig}…, whose code comes before its first tag) from plain text when HTML tags follow. Magic numbers first, then the inside of ZIP and OLE2
 * containers, then Tika's magic database to recognise what is not a posting at all.
 */
public final class FormatDetector {
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|div|p|article|main|section|h[1-6]|script|link|style|template|header|nav|footer|table|ul|form)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEADER_LINE = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*:[ \\t].*|^[A-Za-z][A-Za-z0-9-]*:$");
    private static final Set<String> MAIL_HEADERS = Set.of("from", "to", "subject", "date", "received", "return-path",
            "mime-version", "message-id", "delivered-to", "content-type", "reply-to", "cc", "sender", "x-mailer");
    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

    /** The names of server-side templates, which hold HTML after lines of their own. */
    private static final Pattern TEMPLATE_NAME = Pattern.compile(
            "\\.(?:php|phtml|erb|jsp|asp|aspx|cshtml|twig|hbs|handlebars|njk|liquid|mustache|tpl|ejs)$");
    private static final Pattern TAG_ANYWHERE = Pattern.compile(
            "<(?:html|body|div|p|h[1-6]|section|article|main|ul|ol|table)\\b", Pattern.CASE_INSENSITIVE);

    private FormatDetector() {
    }

    /** After front matter only a whole page counts: markdown may start with a {@code <div>} of its own. */
    private static final Pattern PAGE_START = Pattern.compile("^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FRONT_MATTER = Pattern.compile("^\\s*(---|\\+\\+\\+)[ \\t]*\\r?\\n.*?\\n\\1[ \\t]*\\r?\\n", Pattern.DOTALL);

    /** A page published through a static-site generator: its front matter, then the page. */
    private static String afterFrontMatter(String head) {
        Matcher m = FRONT_MATTER.matcher(head);
        return m.find() ? head.substring(m.end()) : "";
    }

    public static Format detect(byte[] bytes, String name) {
        if (startsWith(bytes, "%PDF-") || headContains(bytes, "%PDF-", 1024)) {
            return Format.PDF;
        }
        if (startsWith(bytes, "{\\rtf")) {
            return Format.RTF;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return zipFormat(bytes);
        }
        if (bytes.length >= 8 && FileMagic.valueOf(bytes) == FileMagic.OLE2) {
            return ole2Format(bytes);
        }
        String head = asciiHead(bytes, 4096);
        if (HTML_START.matcher(head).find() || PAGE_START.matcher(afterFrontMatter(head)).find()) {
            return Format.HTML;
        }
        String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (TEMPLATE_NAME.matcher(lowerName).find() && TAG_ANYWHERE.matcher(head).find()) {
            // a server page's template (« @extends('layouts.web') », « <x-page title=…> », « <?php … ?> » first):
            // HTML with the template's own lines, read as HTML so that no markup reaches a value
            return Format.HTML;
        }
        if (looksLikeEmail(head)) {
            return Format.EML;
        }
        if (!looksLikeText(bytes) && isKnownBinary(bytes)) {
            return Format.UNSUPPORTED;
        }
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") ? Format.MD : Format.TXT;
    }

    /** DOCX and ODT are ZIP files; which one is told by their entries. Any other ZIP is not a posting. */
    private static Format zipFormat(byte[] bytes) {
        boolean contentTypes = false;
        boolean word = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int n = 0;
            while ((e = zip.getNextEntry()) != null && n++ < 2000) {
                String entry = e.getName();
                if (entry.equals("mimetype")) {
                    byte[] mime = zip.readNBytes(100);
                    String type = new String(mime, StandardCharsets.US_ASCII).trim();
                    if (type.startsWith("application/vnd.oasis.opendocument.text")) {
                        return Format.ODT;
                    }
                    return Format.UNSUPPORTED;
                }
                contentTypes |= entry.equals("[Content_Types].xml");
                word |= entry.startsWith("word/");
                if (contentTypes && word) {
                    return Format.DOCX;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged ZIP: judge from what was seen; a DOCX cut short still goes to the DOCX reader to say "corrupt"
        }
        return word || contentTypes ? Format.DOCX : Format.UNSUPPORTED;
    }

    /** OLE2 holds Word 97 documents, but also encrypted DOCX, Excel, PowerPoint and Outlook files. */
    private static Format ole2Format(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            var root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return Format.ENCRYPTED_OFFICE;
            }
            return root.hasEntry("WordDocument") ? Format.DOC : Format.UNSUPPORTED;
        } catch (IOException | RuntimeException e) {
            return Format.DOC; // damaged: the Word reader reports it as corrupt
        }
    }

    private static boolean looksLikeEmail(String head) {
        String[] lines = head.split("\r?\n", 60);
        if (lines.length == 0 || !(HEADER_LINE.matcher(lines[0]).matches() || lines[0].startsWith("From "))) {
            return false;
        }
        int known = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && MAIL_HEADERS.contains(line.substring(0, colon).toLowerCase(Locale.ROOT))) {
                known++;
            }
        }
        return known >= 2;
    }

    /**
     * Whether the first 8 KB read as text: no NUL byte and hardly any control character but tabs and line
     * ends. Images, archives and executables fail this at once; text passes without Tika's magic database,
     * which is most of the time a text file costs to read (issue 11). UTF-16 (NUL bytes) goes to Tika.
     */
    static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (n == 0) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                control++;
            }
        }
        return control * 100 <= n;
    }

    /** Tika's magic database knows images, archives, executables...: anything it names that is not text. */
    private static boolean isKnownBinary(byte[] bytes) {
        try {
            MediaType type = MAGIC.detect(new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, 65536)),
                    new Metadata());
            String t = type.getType();
            return !type.equals(MediaType.OCTET_STREAM) && !t.equals("text")
                    && !type.getSubtype().contains("xml") && !type.getSubtype().contains("json");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean headContains(byte[] bytes, String marker, int within) {
        return asciiHead(bytes, within).contains(marker);
    }

    /** The first bytes decoded as text (UTF-16 included, BOM dropped): enough to see tags and headers. */
    private static String asciiHead(byte[] bytes, int max) {
        byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, max));
        PlainTextReader.Detected d = PlainTextReader.detect(head);
        String s = d.charset() == null ? new String(head, StandardCharsets.ISO_8859_1) : PlainTextReader.decode(head, d);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
