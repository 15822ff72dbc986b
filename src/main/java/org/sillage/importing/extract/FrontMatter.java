package org.sillage.importing.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a page's front matter: YAML between {@code ---} lines, TOML between {@code +++} lines or a JSON object
 * opening the text, each through its library (Jackson), with every top-level value's span in the text. Front
 * matter the libraries refuse (tabs before values, « title: a: b ») and front matter whose fences were lost are
 * read a line at a time.
 */
final class FrontMatter {

    private FrontMatter() {
    }

    /** The front matter's place: its content {@code [from, to)}, where the body starts, and its kind. */
    private record Region(int from, int to, int body, char kind) {
    }

    private static final char YAML = '-';
    private static final char TOML = '+';
    private static final char JSON = '{';
    private static final char UNFENCED = ' ';

    private static final YAMLFactory YAML_FACTORY = new YAMLFactory();
    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    private static final TomlMapper TOML_MAPPER = new TomlMapper();

    /** Fills {@code into} and returns where the body starts (0 when there is no front matter). */
    static int parse(PostingText t, Map<String, PostingText.Meta> into) {
        Region r = locate(t.text);
        if (r == null) {
            return 0;
        }
        Map<String, PostingText.Meta> read = new LinkedHashMap<>();
        int body = r.body();
        switch (r.kind()) {
            case YAML -> {
                if (!yaml(t.text, r, read)) {
                    // not valid YAML (tabs before values, « title: a: b »): read a line at a time
                    lines(t.text, r.from(), r.to(), read);
                }
            }
            case TOML -> {
                if (!toml(t.text, r, read)) {
                    lines(t.text, r.from(), r.to(), read);
                }
            }
            case JSON -> body = json(t.text, r, read);
            default -> lines(t.text, r.from(), r.to(), read);
        }
        if (body <= 0) {
            return 0;
        }
        into.putAll(read);
        return Math.min(body, t.text.length());
    }

    /** Where the front matter at the start of {@code text} lies, or null when there is none. */
    private static Region locate(String text) {
        int i = 0;
        while (i < text.length() && i < 200 && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (text.startsWith("---", i) || text.startsWith("+++", i)) {
            String fence = text.substring(i, i + 3);
            int firstLine = text.indexOf('\n', i);
            if (firstLine < 0 || !text.substring(i + 3, firstLine).isBlank()) {
                return null;
            }
            int close = text.indexOf("\n" + fence, firstLine);
            if (close < 0 || close - firstLine > 20_000) {
                return null;
            }
            return new Region(firstLine + 1, close, close + 1 + fence.length(), fence.charAt(0));
        }
        if (text.startsWith("{", i)) {
            // a page's JSON front matter: an object, then the body from the next line on
            return new Region(i, Math.min(text.length(), i + 20_000), -1, JSON);
        }
        // a page's front matter whose fences were lost: « title: "…"\ndate: 2018/03/27\nimage: x.png », up to
        // the first blank line, every line a key in small letters
        int close = unfenced(text, i);
        return close < 0 ? null : new Region(i, close, close + 1, UNFENCED);
    }

    /** YAML through the library, every top-level key with its value's span; false when it is not valid YAML. */
    private static boolean yaml(String text, Region r, Map<String, PostingText.Meta> into) {
        String src = text.substring(r.from(), r.to());
        Map<String, PostingText.Meta> read = new LinkedHashMap<>();
        try (JsonParser p = YAML_FACTORY.createParser(src)) {
            if (p.nextToken() != JsonToken.START_OBJECT || topLevel(p, text, r.from(), src, true, read) < 0) {
                return false;
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
        into.putAll(read);
        return true;
    }

    /**
     * A JSON object opening the text, read by the library.
     *
     * @return where the body starts: the line after the object, or 0 when the text does not open with one
     */
    private static int json(String text, Region r, Map<String, PostingText.Meta> into) {
        String src = text.substring(r.from(), r.to());
        Map<String, PostingText.Meta> read = new LinkedHashMap<>();
        int end;
        try (JsonParser p = JSON_FACTORY.createParser(src)) {
            end = p.nextToken() == JsonToken.START_OBJECT ? topLevel(p, text, r.from(), src, false, read) : -1;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
        if (end < 0 || read.isEmpty()) {
            return 0;
        }
        int lineEnd = text.indexOf('\n', r.from() + end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (!text.substring(r.from() + end, lineEnd).isBlank()) {
            return 0;
        }
        into.putAll(read);
        return lineEnd + 1;
    }

    /**
     * Reads the fields of the object just opened: scalars, and lists of scalars joined by commas; nested objects
     * are skipped. The first of a key written twice counts. Offsets of YAML count code points, of JSON chars.
     *
     * @return the object's end in {@code src} (chars), or -1 when it does not close
     */
    private static int topLevel(JsonParser p, String text, int base, String src, boolean codePoints,
            Map<String, PostingText.Meta> into) throws java.io.IOException {
        JsonToken tok;
        while ((tok = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName().strip().toLowerCase(Locale.ROOT);
            JsonToken v = p.nextToken();
            if (v == null) {
                return -1;
            }
            if (v == JsonToken.START_ARRAY) {
                StringBuilder joined = new StringBuilder();
                int first = -1;
                int last = -1;
                while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (v == null) {
                        return -1;
                    }
                    if (v.isStructStart()) {
                        p.skipChildren();
                    } else if (v != JsonToken.VALUE_NULL && !p.getText().isBlank()) {
                        int[] span = span(text, base + at(src, p.getTokenLocation(), codePoints),
                                base + at(src, p.currentLocation(), codePoints));
                        first = first < 0 ? span[0] : first;
                        last = span[1];
                        joined.append(joined.length() > 0 ? ", " : "").append(oneLine(p.getText()));
                    }
                }
                if (first >= 0 && !into.containsKey(key)) {
                    into.put(key, new PostingText.Meta(joined.toString(), first, last));
                }
            } else if (v.isStructStart()) {
                p.skipChildren();
            } else if (v != JsonToken.VALUE_NULL && !p.getText().isBlank() && !into.containsKey(key)) {
                int[] span = span(text, base + at(src, p.getTokenLocation(), codePoints),
                        base + at(src, p.currentLocation(), codePoints));
                into.put(key, new PostingText.Meta(oneLine(p.getText()), span[0], span[1]));
            }
        }
        return tok == JsonToken.END_OBJECT ? at(src, p.currentLocation(), codePoints) : -1;
    }

    /** A parser's location as a char offset into {@code src}; YAML's count code points. */
    private static int at(String src, JsonLocation l, boolean codePoints) {
        int k = (int) Math.max(0, Math.min(l.getCharOffset(), src.length()));
        if (!codePoints || k == 0) {
            return k;
        }
        return src.offsetByCodePoints(0, Math.min(k, src.codePointCount(0, src.length())));
    }

    /** A scalar's span, its quotes, a block's indicator line and its trailing spaces left out. */
    private static int[] span(String text, int s, int e) {
        e = Math.min(e, text.length());
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e && (text.charAt(s) == '|' || text.charAt(s) == '>')) {
            int nl = text.indexOf('\n', s);
            s = nl < 0 || nl >= e ? e : nl + 1;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
        } else if (s < e && (text.charAt(s) == '"' || text.charAt(s) == '\'')) {
            char q = text.charAt(s);
            s++;
            if (e > s && text.charAt(e - 1) == q) {
                e--;
            }
        }
        return new int[] {s, Math.max(s, e)};
    }

    private static String oneLine(String value) {
        return WHITESPACE.matcher(value).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /**
     * TOML through the library: its top-level keys and their values. Each value's span is then found on its key's
     * line, which the library does not give.
     */
    private static boolean toml(String text, Region r, Map<String, PostingText.Meta> into) {
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = TOML_MAPPER.readTree(text.substring(r.from(), r.to()));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
        if (root == null || !root.isObject()) {
            return false;
        }
        for (var it = root.fields(); it.hasNext(); ) {
            var field = it.next();
            var node = field.getValue();
            String value;
            if (node.isArray()) {
                StringBuilder joined = new StringBuilder();
                for (var item : node) {
                    if (item.isValueNode() && !item.asText().isBlank()) {
                        joined.append(joined.length() > 0 ? ", " : "").append(oneLine(item.asText()));
                    }
                }
                value = joined.toString();
            } else if (node.isValueNode()) {
                value = oneLine(node.asText());
            } else {
                continue;
            }
            String key = field.getKey().strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty() || into.containsKey(key)) {
                continue;
            }
            int[] span = tomlSpan(text, r.from(), r.to(), field.getKey());
            if (span != null) {
                into.put(key, new PostingText.Meta(value, span[0], span[1]));
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern TOML_TABLE =
            java.util.regex.Pattern.compile("\\[\\[?[\\w.\\-\" ]+]]?\\s*(#.*)?");

    /** The span of a top-level TOML key's value: a string's inside, an array's items, or the rest of its line. */
    private static int[] tomlSpan(String text, int from, int to, String key) {
        for (int pos = from; pos < to; ) {
            int e = text.indexOf('\n', pos);
            e = e < 0 || e > to ? to : e;
            String line = text.substring(pos, e);
            String lead = line.stripLeading();
            if (TOML_TABLE.matcher(line.strip()).matches()) {
                return null; // the top-level keys come before the first table
            }
            int k = pos + line.length() - lead.length();
            boolean quoted = lead.startsWith("\"") && lead.indexOf('"', 1) > 0;
            String name = quoted ? lead.substring(1, lead.indexOf('"', 1)) : lead.replaceFirst("[\\s=].*$", "");
            if (name.equals(key)) {
                int eq = k + name.length() + (quoted ? 2 : 0);
                while (eq < e && (text.charAt(eq) == ' ' || text.charAt(eq) == '\t')) {
                    eq++;
                }
                if (eq < e && text.charAt(eq) == '=') {
                    int v = eq + 1;
                    while (v < e && (text.charAt(v) == ' ' || text.charAt(v) == '\t')) {
                        v++;
                    }
                    return tomlValue(text, v, e, to);
                }
            }
            pos = e + 1;
        }
        return null;
    }

    private static int[] tomlValue(String text, int v, int lineEnd, int to) {
        if (text.startsWith("\"\"\"", v) || text.startsWith("'''", v)) {
            String q = text.substring(v, v + 3);
            int close = text.indexOf(q, v + 3);
            int s = v + 3;
            if (s < text.length() && text.charAt(s) == '\n') {
                s++;
            }
            return close < 0 || close > to ? null : span(text, s, close);
        }
        if (v < lineEnd && text.charAt(v) == '[') {
            // the items: from the first to the last, across lines
            int depth = 0;
            char quote = 0;
            for (int k = v; k < to; k++) {
                char c = text.charAt(k);
                if (quote != 0) {
                    quote = c == quote && (quote == '\'' || text.charAt(k - 1) != '\\') ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    int s = v + 1;
                    int e = k;
                    while (s < e && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
                        e--;
                    }
                    if (e - s >= 2 && (text.charAt(s) == '"' || text.charAt(s) == '\'') && text.charAt(e - 1) == text.charAt(s)) {
                        s++;
                        e--;
                    }
                    return s < e ? new int[] {s, e} : null;
                }
            }
            return null;
        }
        if (v < lineEnd && (text.charAt(v) == '"' || text.charAt(v) == '\'')) {
            char q = text.charAt(v);
            for (int k = v + 1; k < lineEnd; k++) {
                if (text.charAt(k) == q && (q == '\'' || text.charAt(k - 1) != '\\')) {
                    return new int[] {v + 1, k};
                }
            }
            return null;
        }
        int hash = text.indexOf(" #", v);
        return span(text, v, hash < 0 || hash > lineEnd ? lineEnd : hash);
    }

    /** Line by line: {@code key: value} or {@code key = value}, folded ({@code >-}) values joined. */
    private static void lines(String text, int from, int close, Map<String, PostingText.Meta> into) {
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

    /**
     * The labels of an application form's file fields that a page's front matter defines (a static site's form
     * engine: « - title: Motivatiebrief … type: file »): for each object holding {@code type: file}, the span of
     * its {@code title} or {@code label} value, block values ({@code |}, {@code >}) included. An object saying
     * {@code required: false} is left out: an optional upload asks for nothing. Read by the YAML library; a front
     * matter that is not valid YAML defines no form.
     *
     * @return {start, end} spans into the text, in order
     */
    static java.util.List<int[]> fileFieldLabels(PostingText t) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        String text = t.text;
        if (t.bodyStart <= 0 || text.lastIndexOf("file", t.bodyStart) < 0) {
            return out;
        }
        Region r = locate(text);
        if (r == null || r.kind() != YAML) {
            return out;
        }
        String src = text.substring(r.from(), r.to());
        // per open object: {is a file field, optional, label start, label end}
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        try (JsonParser p = YAML_FACTORY.createParser(src)) {
            JsonToken tok;
            while ((tok = p.nextToken()) != null) {
                if (tok == JsonToken.START_OBJECT) {
                    open.push(new int[] {0, 0, -1, -1});
                } else if (tok == JsonToken.END_OBJECT) {
                    int[] o = open.pop();
                    if (o[0] == 1 && o[1] == 0 && o[2] >= 0) {
                        out.add(new int[] {o[2], o[3]});
                    }
                } else if (tok.isScalarValue() && !open.isEmpty() && p.getParsingContext().inObject()) {
                    int[] o = open.peek();
                    String key = p.currentName() == null ? "" : p.currentName().toLowerCase(Locale.ROOT);
                    String value = p.getText().strip();
                    if (key.equals("type") && value.equalsIgnoreCase("file")) {
                        o[0] = 1;
                    } else if (key.equals("required") && (tok == JsonToken.VALUE_FALSE || value.equalsIgnoreCase("false"))) {
                        o[1] = 1;
                    } else if ((key.equals("title") || key.equals("label")) && o[2] < 0 && !value.isEmpty()) {
                        int[] span = span(text, r.from() + at(src, p.getTokenLocation(), true),
                                r.from() + at(src, p.currentLocation(), true));
                        o[2] = span[0];
                        o[3] = span[1];
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return java.util.List.of();
        }
        out.sort(java.util.Comparator.comparingInt(s -> s[0]));
        return out;
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
