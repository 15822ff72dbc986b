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
            } else if (c == '\t' || c == '\n' || !Character.isISOControl(c)) {
                sb.append(c);
            }
        }
        String t = normalizeLineBreaks(sb.toString());
        t = TRAILING_SPACES.matcher(t + "\n").replaceAll("\n");
        t = MANY_BREAKS.matcher(t).replaceAll("\n\n");
        return t.strip();
    }
}
