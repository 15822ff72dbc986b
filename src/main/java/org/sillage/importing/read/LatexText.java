package org.sillage.importing.read;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A posting kept as a LaTeX source (a lab's internship offer): the text its reader would see, not its markup. The
 * preamble goes, except its {@code \title}, which becomes the first line as a heading; sections become headings,
 * items list items; commands that carry text ({@code \textbf}, {@code \emph}, {@code \href}, sizes and fonts) leave
 * their text, the others (colours, spaces, labels, citations, pictures) go; comments, braces and {@code \\} too.
 * Any other text is left as it is.
 */
public final class LatexText {
    /** Commands whose arguments are no text: dropped with them. */
    private static final Set<String> NO_TEXT = Set.of("color", "vspace", "hspace", "includegraphics", "label", "ref",
            "cite", "citep", "citet", "bibitem", "definecolor", "setlength", "addtolength", "usepackage", "pagestyle",
            "thispagestyle", "geometry", "hypersetup", "newcommand", "renewcommand", "bibliographystyle",
            "bibliography", "input", "include", "pagenumbering", "setcounter", "date", "rule", "documentclass");
    /** Sections, as markdown headings of their level. */
    private static final Map<String, String> SECTIONS = Map.of("section", "## ", "subsection", "### ",
            "subsubsection", "#### ", "paragraph", "", "chapter", "## ");
    /** Environments whose first argument is a layout (a table's columns, a list's widest label). */
    private static final Set<String> LAYOUT_ARGUMENT = Set.of("tabular", "tabularx", "thebibliography", "minipage",
            "multicols", "array", "longtable");
    /** Accents written before a letter ({@code \'e}, {@code \^{o}}), as combining marks. */
    private static final Map<Character, Character> ACCENTS = Map.of('\'', '\u0301', '`', '\u0300', '^', '\u0302',
            '"', '\u0308', '~', '\u0303');

    private LatexText() {
    }

    /** The readable text of {@code text} when it is a LaTeX document (it has {@code \begin{document}}); else empty. */
    public static Optional<String> of(String text) {
        int begin = text.indexOf("\\begin{document}");
        if (begin < 0 || !text.contains("\\documentclass") && !text.stripLeading().startsWith("\\")) {
            return Optional.empty();
        }
        int bodyStart = begin + "\\begin{document}".length();
        int end = text.indexOf("\\end{document}", bodyStart);
        String body = text.substring(bodyStart, end < 0 ? text.length() : end);
        StringBuilder out = new StringBuilder(body.length());
        String title = argumentOf(withoutComments(text.substring(0, begin)), "\\title");
        if (title == null) {
            title = argumentOf(withoutComments(body), "\\title");
        }
        if (title != null && !title.isBlank()) {
            out.append("# ").append(oneLine(convert(title))).append("\n\n");
        }
        out.append(convert(body));
        return Optional.of(tidy(out.toString()));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The text of the first {@code command{…}} in {@code s}, or null. */
    private static String argumentOf(String s, String command) {
        int i = s.indexOf(command + "{");
        if (i < 0) {
            return null;
        }
        int open = i + command.length();
        int close = closing(s, open);
        return close < 0 ? null : s.substring(open + 1, close);
    }

    private static String withoutComments(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                b.append(c).append(s.charAt(++i));
            } else if (c == '%') {
                while (i + 1 < s.length() && s.charAt(i + 1) != '\n') {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The offset of the brace that closes the one at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Skips spaces, then an optional {@code […]}; returns where the text goes on. */
    private static int skipOptional(String s, int i) {
        int j = i;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '*')) {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '[') {
            int close = s.indexOf(']', j);
            return close < 0 ? i : close + 1;
        }
        return i;
    }

    /** Skips one {@code {…}} group if it comes next (after spaces); returns where the text goes on. */
    private static int skipGroup(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '{') {
            int close = closing(s, j);
            return close < 0 ? s.length() : close + 1;
        }
        return i;
    }

    private static String convert(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '{' || c == '}' || c == '$') {
                i++;
                continue;
            }
            if (c == '~') {
                b.append(' ');
                i++;
                continue;
            }
            if (c == '&') {
                b.append(' ');
                i++;
                continue;
            }
            if (c == '-' && s.startsWith("---", i)) {
                b.append('—');
                i += 3;
                continue;
            }
            if (c == '-' && s.startsWith("--", i)) {
                b.append('–');
                i += 2;
                continue;
            }
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                i++;
                continue;
            }
            char d = s.charAt(i + 1);
            if (d == '\\') {
                b.append('\n');
                i = skipOptional(s, i + 2);
                while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                    i++;
                }
                if (i < s.length() && s.charAt(i) == '\n') {
                    i++; // (the break is the line's end: the source's own line break adds no blank line)
                }
                continue;
            }
            if (!Character.isLetter(d)) {
                Character accent = ACCENTS.get(d);
                if (accent != null) {
                    // \'e, \'{e}, \^{o}: the letter with its accent
                    int j = i + 2;
                    boolean braced = j < s.length() && s.charAt(j) == '{';
                    int letter = braced ? j + 1 : j;
                    if (letter < s.length() && Character.isLetter(s.charAt(letter))) {
                        b.append(Normalizer.normalize(s.charAt(letter) + String.valueOf(accent), Normalizer.Form.NFC));
                        i = braced && letter + 1 < s.length() && s.charAt(letter + 1) == '}' ? letter + 2 : letter + 1;
                        continue;
                    }
                }
                b.append(d == ' ' || d == ',' || d == ';' ? ' ' : d); // \& \% \_ \# \$ \{ \}, and spaces
                i += 2;
                continue;
            }
            int j = i + 1;
            while (j < s.length() && Character.isLetter(s.charAt(j))) {
                j++;
            }
            String name = s.substring(i + 1, j);
            i = j;
            if (name.equals("c") && i < s.length()) {
                // \c{c}: a cedilla
                int letter = s.charAt(i) == '{' ? i + 1 : i + (s.charAt(i) == ' ' ? 1 : 0);
                if (letter < s.length() && Character.isLetter(s.charAt(letter))) {
                    b.append(Normalizer.normalize(s.charAt(letter) + "\u0327", Normalizer.Form.NFC));
                    i = s.charAt(i) == '{' ? Math.min(s.length(), letter + 2) : letter + 1;
                    continue;
                }
            }
            if (SECTIONS.containsKey(name)) {
                int a = skipOptional(s, i);
                int open = a;
                while (open < s.length() && (s.charAt(open) == ' ' || s.charAt(open) == '*')) {
                    open++;
                }
                if (open < s.length() && s.charAt(open) == '{') {
                    int close = closing(s, open);
                    if (close > 0) {
                        b.append("\n\n").append(SECTIONS.get(name)).append(oneLine(convert(s.substring(open + 1, close))))
                                .append(name.equals("paragraph") ? " " : "\n\n");
                        i = close + 1;
                        continue;
                    }
                }
                continue;
            }
            switch (name) {
                case "item" -> {
                    b.append("\n- ");
                    i = skipOptional(s, i);
                }
                case "begin", "end" -> {
                    int close = s.indexOf('}', i);
                    String env = close > i && s.charAt(i) == '{' ? s.substring(i + 1, close) : "";
                    i = close > i && s.charAt(i) == '{' ? close + 1 : i;
                    if (name.equals("begin")) {
                        i = skipOptional(s, i);
                        if (LAYOUT_ARGUMENT.contains(env.replace("*", ""))) {
                            i = skipGroup(s, i);
                        }
                    }
                    b.append('\n');
                }
                case "href" -> {
                    int open = i;
                    while (open < s.length() && s.charAt(open) == ' ') {
                        open++;
                    }
                    int close = open < s.length() && s.charAt(open) == '{' ? closing(s, open) : -1;
                    if (close > 0) {
                        String target = s.substring(open + 1, close).strip();
                        int textEnd = skipGroup(s, close + 1);
                        String words = textEnd > close + 1 ? convert(s.substring(s.indexOf('{', close + 1) + 1, textEnd - 1)) : "";
                        b.append(words);
                        String address = target.startsWith("mailto:") ? target.substring(7) : target;
                        if (!words.contains(address)) {
                            b.append(words.isBlank() ? "" : " (").append(address).append(words.isBlank() ? "" : ")");
                        }
                        i = textEnd;
                    }
                }
                case "footnote" -> {
                    int close = i < s.length() && s.charAt(i) == '{' ? closing(s, i) : -1;
                    if (close > 0) {
                        b.append(" (").append(convert(s.substring(i + 1, close)).strip()).append(')');
                        i = close + 1;
                    }
                }
                case "textcolor", "colorbox" -> i = skipGroup(s, skipOptional(s, i)); // the colour; its text follows
                case "par", "newline", "linebreak", "maketitle", "newpage", "clearpage" -> b.append('\n');
                default -> {
                    if (NO_TEXT.contains(name)) {
                        i = skipOptional(s, i);
                        int next = skipGroup(s, i);
                        while (next != i) { // (\definecolor{x}{RGB}{0,62,92}: every argument)
                            i = next;
                            next = skipGroup(s, i);
                        }
                    } else if (i < s.length() && s.charAt(i) == ' ') {
                        i++; // (\bfseries Titre: the space ends the command)
                    }
                }
            }
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern SPACE_BEFORE_STOP = java.util.regex.Pattern.compile(" +([,.)])");

    /** Lines stripped, no more than one blank line in a row. */
    private static String tidy(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int blank = 0;
        for (String line : s.split("\n", -1)) {
            // (a citation or a label removed leaves its space before the comma or the full stop)
            String l = SPACE_BEFORE_STOP.matcher(line.strip().replaceAll(" {2,}", " ")).replaceAll("$1");
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (b.length() > 0) {
                b.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            b.append(l);
        }
        return b.append('\n').toString();
    }
}
