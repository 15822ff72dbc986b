package org.sillage.importing.extract;

import java.util.Map;

/**
 * A front matter read a line at a time: what the YAML and TOML libraries refuse (tabs before values, « title: a: b »)
 * and a page's front matter whose fences were lost. One {@code key: value} or {@code key = value} per line, folded
 * ({@code >-}) and continued values joined.
 */
final class FrontMatterLines {

    private FrontMatterLines() {
    }

    /** Line by line: {@code key: value} or {@code key = value}, folded ({@code >-}) values joined. */
    static void read(String text, int from, int close, Map<String, PostingText.Meta> into) {
        int pos = from;
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
    }

    /** Where an unfenced front matter at {@code start} ends (its last line's end), or -1 when there is none. */
    static int unfencedEnd(String text, int start) {
        int pos = start;
        int lines = 0;
        boolean titled = false;
        while (pos < text.length() && lines < 30) {
            int e = text.indexOf('\n', pos);
            e = e < 0 ? text.length() : e;
            String line = text.substring(pos, e);
            if (line.isBlank()) {
                break;
            }
            int colon = keyEnd(line);
            if (colon <= 0 || line.charAt(colon) != ':' || colon + 1 < line.length() && line.charAt(colon + 1) != ' ') {
                return -1;
            }
            for (int k = 0; k < colon; k++) {
                char c = line.charAt(k);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' && k == 0 || c == '_')) {
                    return -1;
                }
            }
            String key = line.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            if (lines == 0 && !FIRST_KEYS.contains(key)) {
                return -1;
            }
            titled |= key.equals("title");
            lines++;
            pos = e + 1;
        }
        return lines >= 2 && titled ? Math.min(pos - 1, text.length()) : -1;
    }

    /**
     * The keys a page's metadata opens with when it has no fences: Jekyll's lost fences (« title: "…" »), Pelican's
     * "Title: …", a site's "article:" marker line.
     */
    private static final java.util.Set<String> FIRST_KEYS = java.util.Set.of("title", "article", "layout", "date",
            "author", "slug", "category", "categories", "tags");

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

    /** End of a {@code ---} or {@code +++} front matter block at the very start, or of one without fences, or -1. */
    static int blockEnd(String s) {
        int i = 0;
        int len = s.length();
        while (i < len && i < 200 && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        String fence = s.startsWith("---", i) ? "---" : s.startsWith("+++", i) ? "+++" : null;
        if (fence == null) {
            // a front matter without fences (« article:\ndate: 2021-02-15\ntitle: … »): its lines stay lines
            int unfenced = unfencedEnd(s, i);
            return unfenced < 0 ? -1 : unfenced + 1;
        }
        int close = s.indexOf("\n" + fence, i + 3);
        return close < 0 || close > 20_000 ? -1 : close + 4;
    }
}
