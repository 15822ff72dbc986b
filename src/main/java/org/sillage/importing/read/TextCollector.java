package org.sillage.importing.read;

import java.util.Locale;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML events: paragraphs and other blocks end with a blank line, {@code br}
 * and list items with a line break. Stops with {@link TooMuchText} past a number of characters, which
 * is how a decompression bomb that got past the ZIP checks is still stopped.
 */
final class TextCollector extends DefaultHandler {
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table",
            "blockquote", "pre", "ul", "ol", "section", "article", "header", "footer");
    private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd");
    private static final Set<String> SKIPPED = Set.of("script", "style", "title", "head");

    private final StringBuilder text = new StringBuilder();
    private final long maxChars;
    private int skipDepth;
    /** Headings (h1–h6, Word and OpenDocument heading styles) and link targets, for the rules. */
    private final org.sillage.importing.TextStructure.Builder structure = new org.sillage.importing.TextStructure.Builder();
    private int headingLevel;
    private int headingFrom = -1;
    private String linkTarget;
    private int linkFrom = -1;

    TextCollector(long maxChars) {
        this.maxChars = maxChars;
    }

    /** Thrown when the document yields more text than any posting has. */
    static final class TooMuchText extends SAXException {
        private static final long serialVersionUID = 1L;

        TooMuchText() {
            super("more text than a posting holds");
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (skipDepth == 0) {
            if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                headingLevel = name.charAt(1) - '0';
                headingFrom = text.length();
            } else if (name.equals("p") && atts != null && "title".equalsIgnoreCase(atts.getValue("class"))) {
                headingLevel = 0;
                headingFrom = text.length();
            } else if (name.equals("a") && atts != null && atts.getValue("href") != null
                    && atts.getValue("href").regionMatches(true, 0, "mailto:", 0, 7)) {
                linkTarget = atts.getValue("href").substring(7);
                linkFrom = text.length();
            }
        }
        if (SKIPPED.contains(name)) {
            skipDepth++;
        } else if (name.equals("td") || name.equals("th")) {
            text.append(' ');
        } else if (PARAGRAPHS.contains(name) && skipDepth == 0) {
            paragraph();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipDepth = Math.max(0, skipDepth - 1);
        } else if (skipDepth > 0) {
            return;
        }
        if (headingFrom >= 0 && (name.length() == 2 && name.charAt(0) == 'h' || name.equals("p"))) {
            String words = text.substring(Math.min(headingFrom, text.length()));
            structure.block(headingLevel == 0 ? org.sillage.importing.TextStructure.Kind.TITLE
                    : org.sillage.importing.TextStructure.Kind.HEADING, headingLevel, words);
            headingFrom = -1;
        } else if (linkFrom >= 0 && name.equals("a")) {
            structure.link(text.substring(Math.min(linkFrom, text.length())), linkTarget);
            linkFrom = -1;
        }
        if (PARAGRAPHS.contains(name)) {
            paragraph();
        } else if (LINES.contains(name)) {
            text.append('\n');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth == 0) {
            text.append(ch, start, length);
            if (text.length() > maxChars) {
                throw new TooMuchText();
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void paragraph() {
        text.append("\n\n");
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }

    /**
     * A PDF set with wide line spacing comes out of the layout with a paragraph break between every pair of lines,
     * cutting its sentences: a break between a long line (most of a page's width) that ends on a letter, a digit or a
     * comma and one that opens in lower case, on a bracket or on a number (« 03 Mars » / « 2025 », not « 2. Accueil »)
     * is a wrapped line, and is read as one.
     */
    void joinWrappedParagraphs() {
        joinWrapped = true;
    }

    private boolean joinWrapped;
    private static final java.util.regex.Pattern WRAPPED_PARAGRAPH = java.util.regex.Pattern.compile(
            "(?<=[\\p{L}\\d,‐-])[ \\t]*\\n[ \\t]*\\n(?=[ \\t]*(?:[\\p{Ll}(]|\\d(?!\\d?[.)]\\s)))");

    /** A wrapped line runs most of the page's width; a shorter one (a name, a heading, a tagline) ends its block. */
    private static final int WRAPPED_LINE = 50;

    String text() {
        String tidy = Texts.tidy(text.toString());
        if (!joinWrapped) {
            return tidy;
        }
        java.util.regex.Matcher m = WRAPPED_PARAGRAPH.matcher(tidy);
        StringBuilder out = new StringBuilder(tidy.length());
        int last = 0;
        while (m.find()) {
            int lineStart = tidy.lastIndexOf('\n', m.start() - 1) + 1;
            if (m.start() - lineStart >= WRAPPED_LINE) {
                out.append(tidy, last, m.start()).append('\n');
                last = m.end();
            }
        }
        return last == 0 ? tidy : out.append(tidy, last, tidy.length()).toString();
    }

    /** The headings and links seen, found again in {@code finalText}. */
    org.sillage.importing.TextStructure structure(String finalText) {
        return structure.build(finalText);
    }

    /** Adds a title the caller found by other means (a PDF's largest text). */
    void title(String words) {
        structure.blockFirst(org.sillage.importing.TextStructure.Kind.TITLE, 0, words);
    }
}
