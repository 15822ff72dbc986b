package org.sillage.importing.read;

import java.util.regex.Pattern;

/** Small text clean-ups shared by the readers, so that every format yields text of the same shape. */
public final class Texts {
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t\\u00A0]+\\n");
    private static final Pattern MANY_BREAKS = Pattern.compile("\\n{3,}");

    private Texts() {
    }

    public static String normalizeLineBreaks(String text) {
        String t = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return t.startsWith("\uFEFF") ? t.substring(1) : t;
    }

    /**
     * The shape all structured formats share: lines without trailing blanks, paragraphs separated by one
     * blank line, no blank lines at either end, no control characters.
     */
    public static String tidy(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029') {
                sb.append('\n');
            } else if (c == '\u200B' && i + 1 < text.length() && text.charAt(i + 1) == '\u200B') {
                // two zero-width spaces or more between words stand for a space (some PDF makers write them so:
                // « compliance\u200B\u200Bwith »); one alone is a break opening inside a word, dropped later
                int end = i;
                while (end < text.length() && text.charAt(end) == '\u200B') {
                    end++;
                }
                if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1)) && end < text.length()
                        && !Character.isWhitespace(text.charAt(end))) {
                    sb.append(' ');
                }
                i = end - 1;
            } else if (c == '\t' || c == '\n' || !Character.isISOControl(c)) {
                sb.append(c);
            }
        }
        String t = normalizeLineBreaks(sb.toString());
        t = TRAILING_SPACES.matcher(t + "\n").replaceAll("\n");
        t = MANY_BREAKS.matcher(t).replaceAll("\n\n");
        return t.strip();
    }

    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    /**
     * Markdown's character references, as a markdown viewer shows them: "&pound;19,504 &#8212; &pound;10.11 per
     * hour" is "£19,504 — £10.11 per hour". Only complete references (with their ";") of a known name or a valid
     * code point; anything else stays as written.
     */
    public static String decodeCharacterReferences(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return ENTITY.matcher(text).replaceAll(m -> {
            String ref = m.group(1);
            String value;
            if (ref.charAt(0) == '#') {
                int cp;
                try {
                    cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                            ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                } catch (NumberFormatException e) {
                    return java.util.regex.Matcher.quoteReplacement(m.group());
                }
                value = cp > 0 && cp <= Character.MAX_CODE_POINT && !Character.isSurrogate((char) cp) && cp != 0xFFFE
                        && !Character.isISOControl(cp) ? new String(Character.toChars(cp)) : m.group();
            } else {
                value = org.jsoup.nodes.Entities.isNamedEntity(ref) ? org.jsoup.nodes.Entities.getByName(ref) : m.group();
            }
            return java.util.regex.Matcher.quoteReplacement(value);
        });
    }
}
