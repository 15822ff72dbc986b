package org.sillage.importing.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

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

    /** Fills {@code into} and returns where the body starts (0 when there is no front matter). */
    /** A key whose value is the block below it (« description: » then « - I invite applications … »). */
    private static final java.util.regex.Pattern BLOCK_KEY = java.util.regex.Pattern.compile("(?m)^[A-Za-z_][\\w-]*:[ \\t]*$");

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
                    FrontMatterLines.read(t.text, r.from(), r.to(), read);
                }
            }
            case TOML -> {
                if (!TomlFrontMatter.read(t.text, r.from(), r.to(), read)) {
                    FrontMatterLines.read(t.text, r.from(), r.to(), read);
                }
            }
            case JSON -> body = json(t.text, r, read);
            default -> FrontMatterLines.read(t.text, r.from(), r.to(), read);
        }
        if (body <= 0) {
            return 0;
        }
        into.putAll(read);
        if (t.text.length() - body < 80 || t.text.substring(body).isBlank()) {
            // a page whose posting is all in its front matter (« description: - I invite applications … »): its
            // blocks are the text to read, the one-line keys before them stay the front matter
            Matcher block = BLOCK_KEY.matcher(t.text).region(r.from(), Math.min(r.to(), t.text.length()));
            if (block.find() && r.to() - block.start() >= 300) {
                return block.start();
            }
        }
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
        int close = FrontMatterLines.unfencedEnd(text, i);
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
        return fields(p, text, base, src, codePoints, into, "");
    }

    /**
     * An object's scalar fields under {@code prefix}; the fields of an object nested under a key that names dates
     * (« dates: to: day: 2026-03-22 ») are read too, as « dates.to.day », two levels down at most.
     */
    private static int fields(JsonParser p, String text, int base, String src, boolean codePoints,
            Map<String, PostingText.Meta> into, String prefix) throws java.io.IOException {
        JsonToken tok;
        while ((tok = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = prefix + p.currentName().strip().toLowerCase(Locale.ROOT);
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
            } else if (v == JsonToken.START_OBJECT && (key.contains("date") || key.equals("meta") || !prefix.isEmpty())
                    && prefix.length() < 24
                    && prefix.chars().filter(c -> c == '.').count() < 2) {
                if (fields(p, text, base, src, codePoints, into, key + ".") < 0) {
                    return -1;
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
    static int[] span(String text, int s, int e) {
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

    static String oneLine(String value) {
        return WHITESPACE.matcher(value).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

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

}
