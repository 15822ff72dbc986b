package org.sillage.importing.read;

import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.SecureContentHandler;
import org.sillage.domain.UserException;
import org.xml.sax.SAXException;

/**
 * Reads PDF, DOCX, DOC, ODT and RTF through Apache Tika, one parser per format (no auto-detection, no
 * OCR, embedded files ignored). PDF text is sorted by position; paragraphs become blank lines.
 * Every failure becomes a {@link UserException}: encrypted, corrupt, zip bomb, or no text.
 */
public final class TikaDocumentReader {
    /** No posting is longer than this; anything longer is a bomb or not a posting. */
    public static final int MAX_CHARS = 2_000_000;

    private static final Parser PDF = new LoadedPdfParser();
    private static final Parser OOXML = new OOXMLParser();
    private static final Parser OFFICE = new OfficeParser();
    private static final Parser RTF = new RTFParser();
    private static final Parser ODF = new OpenDocumentParser();

    static {
        // POI's own defences against decompression bombs, made explicit (they are process-wide)
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(MAX_CHARS * 2L);
    }

    private TikaDocumentReader() {
    }

    /** A document's text and what its format says of it (headings, title, links). */
    public record Result(String text, org.sillage.importing.TextStructure structure) {
    }

    public static String read(byte[] bytes, Format format, String name) {
        return readDocument(bytes, format, name).text();
    }

    public static Result readDocument(byte[] bytes, Format format, String name) {
        if (format == Format.ENCRYPTED_OFFICE) {
            throw new UserException("error.import.encrypted", name);
        }
        boolean intact = format != Format.DOCX && format != Format.ODT || ZipGuard.check(bytes, name);
        // a PDF's layout first: its text is then read once, from the bytes with its ligature glyphs mapped (ADR 0083),
        // in the order it was written when page 1 is set in columns (each column whole, ADR 0089), and from the
        // document the layout loaded (the file and its fonts are not loaded twice)
        if (format == Format.PDF) {
            return PdfLayout.read(bytes, (layout, loaded) -> result(parse(layout.bytes(), format, name, layout.columns(), loaded),
                    format, name, intact, layout));
        }
        return result(parse(bytes, format, name, false, null), format, name, intact, null);
    }

    private static Result result(TextCollector collector, Format format, String name, boolean intact, PdfLayout.Prepared layout) {
        String text = collector.text();
        if (text.isBlank()) {
            // a PDF without text is a scan; a damaged ZIP that yields nothing is corrupt, not empty
            throw new UserException(format == Format.PDF ? "error.import.no_text"
                    : intact ? "error.import.empty" : "error.import.corrupt", name);
        }
        if (layout != null) {
            java.util.List<String> titles = layout.titleLines();
            for (int i = titles.size() - 1; i >= 0; i--) {
                collector.title(titles.get(i));
            }
        }
        return new Result(text, collector.structure(text));
    }

    private static TextCollector parse(byte[] bytes, Format format, String name, boolean columns, PDDocument loaded) {
        TextCollector collector = new TextCollector(MAX_CHARS);
        if (format == Format.PDF) {
            collector.joinWrappedParagraphs();
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            SecureContentHandler secure = new SecureContentHandler(collector, in);
            secure.setMaximumCompressionRatio(200);
            secure.setOutputThreshold(1_000_000);
            try {
                ParseContext context = context(columns);
                if (loaded != null) {
                    context.set(PDDocument.class, loaded);
                }
                parser(format).parse(in, secure, new Metadata(), context);
            } catch (SAXException e) {
                secure.throwIfCauseOf(e);
                throw e;
            }
        } catch (Throwable e) { // NOPMD: parsers fail in every way on hostile bytes, errors included
            throw translate(e, format, name);
        }
        return collector;
    }

    /**
     * Tika's PDF parser reading the document already loaded for its layout when the context holds one (it closes
     * it when done, as it closes those it loads).
     */
    private static final class LoadedPdfParser extends PDFParser {
        private static final long serialVersionUID = 1L;

        @Override
        protected PDDocument getPDDocument(java.io.InputStream stream, TikaInputStream tis, String password,
                RandomAccessStreamCache.StreamCacheCreateFunction cache, Metadata metadata, ParseContext context)
                throws IOException, EncryptedDocumentException {
            PDDocument loaded = context.get(PDDocument.class);
            return loaded != null ? loaded : super.getPDDocument(stream, tis, password, cache, metadata, context);
        }
    }

    private static Parser parser(Format format) {
        return switch (format) {
            case PDF -> PDF;
            case DOCX -> OOXML;
            case DOC -> OFFICE;
            case RTF -> RTF;
            case ODT -> ODF;
            default -> throw new IllegalArgumentException("not a Tika format: " + format);
        };
    }

    private static ParseContext context(boolean columns) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, new EmptyParser()); // attachments inside documents are not read
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSortByPosition(!columns);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        pdf.setExtractBookmarksText(false);
        pdf.setCatchIntermediateIOExceptions(true);
        pdf.setMaxMainMemoryBytes(256L * 1024 * 1024);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    /** The user's reason for a parser failure, from the exception and its causes. */
    static UserException translate(Throwable e, Format format, String name) {
        if (e instanceof UserException u) {
            return u;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (type.endsWith("EncryptedDocumentException") || type.endsWith("InvalidPasswordException")) {
                return new UserException(e, "error.import.encrypted", name);
            }
            if (t instanceof TextCollector.TooMuchText || message.contains("zip bomb")
                    || message.contains("max allowed overall size") || message.contains("suspected")) {
                return new UserException(e, format == Format.DOCX || format == Format.ODT
                        ? "error.import.zip_bomb" : "error.import.too_much_text", name);
            }
            if (t == t.getCause()) {
                break;
            }
        }
        if (e instanceof TikaException || e instanceof IOException || e instanceof SAXException
                || e instanceof RuntimeException || e instanceof StackOverflowError || e instanceof OutOfMemoryError
                || e instanceof LinkageError) {
            return new UserException(e, "error.import.corrupt", name);
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new UserException(e, "error.import.corrupt", name);
    }
}
