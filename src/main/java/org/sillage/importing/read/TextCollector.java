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
        } else if (PARAGRAPHS.contains(name)) {
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

    String text() {
        return Texts.tidy(text.toString());
    }
}
