package org.sillage.importing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds test documents in every format from text, so that fixtures need not be committed. */
public final class Fixtures {
    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final Map<Integer, Boolean> ENCODABLE = new HashMap<>();

    private Fixtures() {
    }

    public static List<Path> seeds() {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path p) {
        try {
            return Files.readString(p).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whitespace of any kind collapsed to one space: how texts of different formats are compared. */
    public static String normalize(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F\\u2007\\uFEFF]+", " ").strip();
    }

    /** The text without the characters Helvetica cannot show (emoji, arrows): what a PDF of it holds. */
    public static String winAnsi(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == ' ' || encodable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp == '\t' || cp == 0xA0 || cp == 0x202F) {
                sb.append(' ');
            }
        });
        return sb.toString();
    }

    private static boolean encodable(int cp) {
        return ENCODABLE.computeIfAbsent(cp, c -> {
            try {
                HELVETICA.encode(new String(Character.toChars(c)));
                return !Character.isISOControl(c);
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    /** A PDF showing the text in Helvetica, lines wrapped to the page, blank lines kept as gaps. */
    public static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument()) {
            writePages(doc, winAnsi(text));
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encryptedPdf(String text) {
        try (PDDocument doc = new PDDocument()) {
            writePages(doc, text);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A "scanned" PDF: one page holding only an image, no text layer. */
    public static byte[] imageOnlyPdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.fillRect(20, 40, 160, 8);
            g.dispose();
            PDImageXObject x = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 50, 500, 400, 200);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePages(PDDocument doc, String text) throws IOException {
        float size = 10;
        float leading = 14;
        float margin = 50;
        float width = PDRectangle.A4.getWidth() - 2 * margin;
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.addAll(wrap(line, width, size));
        }
        PDPageContentStream cs = null;
        float y = 0;
        for (String line : lines) {
            if (cs == null || y < margin) {
                if (cs != null) {
                    cs.endText();
                    cs.close();
                }
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                cs = new PDPageContentStream(doc, page);
                cs.beginText();
                cs.setFont(HELVETICA, size);
                y = PDRectangle.A4.getHeight() - margin;
                cs.newLineAtOffset(margin, y);
            }
            if (!line.isBlank()) {
                cs.showText(line);
            }
            cs.newLineAtOffset(0, -leading);
            y -= leading;
        }
        if (cs != null) {
            cs.endText();
            cs.close();
        }
    }

    private static List<String> wrap(String line, float width, float size) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && HELVETICA.getStringWidth(candidate) / 1000 * size > width) {
                out.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        out.add(current.toString());
        return out;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** A DOCX with one paragraph per line of the text. */
    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A job-board page: navigation, the posting as paragraphs, a sidebar and a footer. */
    public static String html(String text, String head) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.split("\n\\s*\n")) {
            body.append("<p>").append(escape(paragraph).replace("\n", "<br>\n")).append("</p>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Offre</title>" + head
                + "<script>document.write('script text must never show')</script><style>p{color:red}</style></head>\n"
                + "<body><header><a href=\"/\">JobBoard</a> <a href=\"/login\">Connexion</a></header>\n"
                + "<nav><ul><li><a href=\"/a\">Accueil</a></li><li><a href=\"/b\">Offres</a></li><li><a href=\"/c\">Blog</a></li></ul></nav>\n"
                + "<div class=\"page\"><div class=\"posting\">\n" + body + "</div>\n"
                + "<aside>Offres similaires : Chargé de mission à Lyon</aside></div>\n"
                + "<form><input name=\"q\"><button>Rechercher</button></form>\n"
                + "<footer>© JobBoard 2025 — mentions légales</footer></body></html>\n";
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A minimal OpenDocument text: one paragraph per line. */
    public static byte[] odt(String text) {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
        for (String line : text.split("\n", -1)) {
            content.append("<text:p>").append(escape(line)).append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        entries.put("META-INF/manifest.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
        entries.put("content.xml", content.toString().getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** An RTF document: one paragraph per line, non-ASCII as {@code \\uN?}. */
    public static byte[] rtf(String text) {
        StringBuilder sb = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Helvetica;}}\\f0\\fs22\n");
        for (String line : text.split("\n", -1)) {
            line.chars().forEach(c -> {
                if (c == '\\' || c == '{' || c == '}') {
                    sb.append('\\').append((char) c);
                } else if (c < 128) {
                    sb.append((char) c);
                } else {
                    sb.append("\\u").append((short) c).append('?');
                }
            });
            sb.append("\\par\n");
        }
        return sb.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A MIME e-mail: a text/plain body and base64 attachments (name → bytes, content type guessed). */
    public static byte[] eml(String subject, String body, Map<String, byte[]> attachments) {
        String boundary = "=-sillage-boundary-42";
        StringBuilder sb = new StringBuilder();
        sb.append("From: Marie Recruteuse <marie@example.org>\r\nTo: moi@example.net\r\n")
                .append("Subject: =?UTF-8?B?").append(Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)))
                .append("?=\r\nDate: Mon, 17 Nov 2025 10:00:00 +0100\r\nMIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n")
                .append("--").append(boundary).append("\r\nContent-Type: text/plain; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        for (Map.Entry<String, byte[]> a : attachments.entrySet()) {
            sb.append("--").append(boundary).append("\r\nContent-Type: application/octet-stream; name=\"")
                    .append(a.getKey()).append("\"\r\nContent-Disposition: attachment; filename=\"").append(a.getKey())
                    .append("\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString(a.getValue())).append("\r\n");
        }
        sb.append("--").append(boundary).append("--\r\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
