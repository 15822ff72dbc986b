package org.sillage.importing.extract;

import java.util.Map;

/**
 * Reads markdown front matter: YAML between {@code ---} lines or TOML between {@code +++} lines, one
 * {@code key: value} or {@code key = value} per line, folded ({@code >-}) values joined.
 */
final class FrontMatter {

    private FrontMatter() {
    }

    /** Fills {@code into} and returns where the body starts (0 when there is no front matter). */
    static int parse(PostingText t, Map<String, PostingText.Meta> into) {
        String text = t.text;
        int i = 0;
        while (i < text.length() && i < 200 && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        String fence;
        int firstLine;
        int close;
        if (text.startsWith("---", i) || text.startsWith("+++", i)) {
            fence = text.substring(i, i + 3);
            firstLine = text.indexOf('\n', i);
            if (firstLine < 0 || !text.substring(i + 3, firstLine).isBlank()) {
                return 0;
            }
            close = text.indexOf("\n" + fence, firstLine);
            if (close < 0 || close - firstLine > 20_000) {
                return 0;
            }
        } else {
            // a page's front matter whose fences were lost: « title: "…"\ndate: 2018/03/27\nimage: x.png », up to
            // the first blank line, every line a key in small letters
            close = unfenced(text, i);
            if (close < 0) {
                return 0;
            }
            fence = "";
            firstLine = i - 1;
        }
        int pos = firstLine + 1;
        String pendingKey = null;
        StringBuilder pending = null;
        int pendingStart = 0;
        int pendingEnd = 0;
        while (pos < close) {
            int e = text.indexOf('\n', pos);
            if (e < 0 || e > close) {
                e = close;
            }
            String line = text.substring(pos, e);
            boolean indented = line.startsWith(" ") || line.startsWith("\t");
            if (pendingKey != null && indented && !line.isBlank()) {
                if (pending.length() > 0) {
                    pending.append(' ');
                } else {
                    pendingStart = pos + (line.length() - line.stripLeading().length());
                }
                pending.append(line.strip());
                pendingEnd = e;
            } else {
                if (pendingKey != null && pending.length() > 0) {
                    into.putIfAbsent(pendingKey, new PostingText.Meta(pending.toString(), pendingStart, pendingEnd));
                }
                pendingKey = null;
                if (!indented) {
                    int colon = keyEnd(line);
                    if (colon > 0) {
                        String key = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
                        String raw = line.substring(colon + 1);
                        int vs = pos + colon + 1 + (raw.length() - raw.stripLeading().length());
                        String value = raw.strip();
                        if (value.equals(">-") || value.equals(">") || value.equals("|") || value.equals("|-")) {
                            pendingKey = key;
                            pending = new StringBuilder();
                        } else if (!value.isEmpty()) {
                            int hash = value.indexOf(" #");
                            if (hash >= 0 && value.charAt(0) != '"' && value.charAt(0) != '\'') {
                                value = value.substring(0, hash).strip(); // a YAML comment
                            }
                            int ve = vs + value.length();
                            if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                                    && value.charAt(value.length() - 1) == value.charAt(0)) {
                                value = value.substring(1, value.length() - 1).strip();
                                vs++;
                                ve--;
                            }
                            boolean quoted = raw.strip().startsWith("\"") || raw.strip().startsWith("'");
                            if (!quoted && !value.isEmpty() && value.charAt(0) != '[' && value.charAt(0) != '{') {
                                // a plain scalar continued on indented lines: « title: Bibliothécaire pour la …\n  Librairie X »
                                StringBuilder more = new StringBuilder(value);
                                int ne = e;
                                while (ne < close) {
                                    int n2 = text.indexOf('\n', ne + 1);
                                    if (n2 < 0 || n2 > close) {
                                        n2 = close;
                                    }
                                    String next = text.substring(ne + 1, n2);
                                    String ns = next.strip();
                                    if (!(next.startsWith(" ") || next.startsWith("\t")) || ns.isEmpty() || ns.startsWith("- ")
                                            || ns.startsWith("#") || keyEnd(ns) > 0) {
                                        break;
                                    }
                                    more.append(' ').append(ns);
                                    ve = ne + 1 + next.length();
                                    ne = n2;
                                }
                                if (ne != e) {
                                    value = more.toString();
                                    e = ne;
                                }
                            }
                            into.putIfAbsent(key, new PostingText.Meta(value, vs, ve));
                        }
                    }
                }
            }
            pos = e + 1;
        }
        if (pendingKey != null && pending.length() > 0) {
            into.putIfAbsent(pendingKey, new PostingText.Meta(pending.toString(), pendingStart, pendingEnd));
        }
        int body = close + 1 + fence.length();
        return Math.min(body, text.length());
    }

    /**
     * The labels of an application form's file fields that a page's front matter defines (a static site's form
     * engine: « - title: Motivatiebrief … type: file »): for each list item holding {@code type: file}, the span of
     * its {@code title} or {@code label} value, block values ({@code |}, {@code >}) included. An item saying
     * {@code required: false} is left out: an optional upload asks for nothing.
     *
     * @return {start, end} spans into the text, in order
     */
    static java.util.List<int[]> fileFieldLabels(PostingText t) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        String text = t.text;
        int end = Math.min(t.bodyStart, text.length());
        if (end <= 0 || text.indexOf("type: file", 0) < 0 && text.indexOf("type: 'file'") < 0 && text.indexOf("type: \"file\"") < 0) {
            return out;
        }
        // the front matter's lines: their starts and ends
        java.util.List<int[]> lines = new java.util.ArrayList<>();
        for (int pos = 0; pos < end; ) {
            int e = text.indexOf('\n', pos);
            e = e < 0 || e > end ? end : e;
            lines.add(new int[] {pos, e});
            pos = e + 1;
        }
        for (int k = 0; k < lines.size(); k++) {
            String line = text.substring(lines.get(k)[0], lines.get(k)[1]);
            String v = line.strip().replaceFirst("^- ", "");
            if (!v.equals("type: file") && !v.equals("type: 'file'") && !v.equals("type: \"file\"")) {
                continue;
            }
            int indent = indentOf(line);
            // the item: from the line opening it (« - ») up to the next item or a line less indented
            int first = k;
            while (first >= 0) {
                String l = text.substring(lines.get(first)[0], lines.get(first)[1]);
                if (l.strip().startsWith("- ") && indentOf(l) <= indent) {
                    break;
                }
                if (!l.isBlank() && indentOf(l) < indent - 2) {
                    first = -1;
                    break;
                }
                first--;
            }
            if (first < 0) {
                continue;
            }
            int itemIndent = indentOf(text.substring(lines.get(first)[0], lines.get(first)[1]));
            int last = k;
            while (last + 1 < lines.size()) {
                String l = text.substring(lines.get(last + 1)[0], lines.get(last + 1)[1]);
                if (!l.isBlank() && (indentOf(l) <= itemIndent)) {
                    break;
                }
                last++;
            }
            int[] label = null;
            boolean optional = false;
            for (int x = first; x <= last; x++) {
                String l = text.substring(lines.get(x)[0], lines.get(x)[1]);
                String key = l.strip().replaceFirst("^- ", "");
                if (key.equals("required: false")) {
                    optional = true;
                }
                if (label == null && (key.startsWith("title:") || key.startsWith("label:")) && indentOf(l) <= indent) {
                    int colon = l.indexOf(':');
                    String value = l.substring(colon + 1).strip();
                    if (value.isEmpty() || value.startsWith("|") || value.startsWith(">")) {
                        // a block value: the lines below, more indented
                        int s = -1;
                        int e = -1;
                        for (int y = x + 1; y <= last; y++) {
                            String b = text.substring(lines.get(y)[0], lines.get(y)[1]);
                            if (!b.isBlank() && indentOf(b) <= indentOf(l) + (l.strip().startsWith("- ") ? 2 : 0)) {
                                break;
                            }
                            if (!b.isBlank()) {
                                s = s < 0 ? lines.get(y)[0] + indentOf(b) : s;
                                e = lines.get(y)[1];
                            }
                        }
                        if (s >= 0) {
                            label = new int[] {s, e};
                        }
                    } else {
                        int s = lines.get(x)[0] + colon + 1 + (l.length() - colon - 1 - l.substring(colon + 1).stripLeading().length());
                        label = new int[] {s, s + value.length()};
                    }
                }
            }
            if (label != null && !optional) {
                out.add(label);
            }
        }
        return out;
    }

    private static int indentOf(String line) {
        int k = 0;
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    /** Where an unfenced front matter at {@code start} ends (its last line's end), or -1 when there is none. */
    private static int unfenced(String text, int start) {
        if (!text.startsWith("title:", start)) {
            return -1;
        }
        int pos = start;
        int lines = 0;
        while (pos < text.length() && lines < 30) {
            int e = text.indexOf('\n', pos);
            e = e < 0 ? text.length() : e;
            String line = text.substring(pos, e);
            if (line.isBlank()) {
                break;
            }
            int colon = keyEnd(line);
            if (colon <= 0 || colon + 1 >= line.length() || line.charAt(colon) != ':' || line.charAt(colon + 1) != ' ') {
                return -1;
            }
            for (int k = 0; k < colon; k++) {
                char c = line.charAt(k);
                if (!(c >= 'a' && c <= 'z' || c == '_')) {
                    return -1;
                }
            }
            lines++;
            pos = e + 1;
        }
        return lines >= 2 ? Math.min(pos - 1, text.length()) : -1;
    }

    private static int keyEnd(String line) {
        int max = Math.min(line.length(), 40);
        for (int k = 0; k < max; k++) {
            char c = line.charAt(k);
            if (c == ':' || c == '=') {
                return k;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ' ')) {
                return -1;
            }
        }
        return -1;
    }
}
