package org.sillage.importing.extract;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.Locale;
import java.util.Map;

/** A TOML front matter ({@code +++}) read by the library, each top-level value's span found on its key's line. */
final class TomlFrontMatter {

    private static final TomlMapper TOML_MAPPER = new TomlMapper();

    private TomlFrontMatter() {
    }

    /**
     * TOML through the library: its top-level keys and their values. Each value's span is then found on its key's
     * line, which the library does not give.
     */
    static boolean read(String text, int from, int to, Map<String, PostingText.Meta> into) {
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = TOML_MAPPER.readTree(text.substring(from, to));
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
                        joined.append(joined.length() > 0 ? ", " : "").append(FrontMatter.oneLine(item.asText()));
                    }
                }
                value = joined.toString();
            } else if (node.isValueNode()) {
                value = FrontMatter.oneLine(node.asText());
            } else {
                continue;
            }
            String key = field.getKey().strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty() || into.containsKey(key)) {
                continue;
            }
            int[] span = tomlSpan(text, from, to, field.getKey());
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
            return close < 0 || close > to ? null : FrontMatter.span(text, s, close);
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
        return FrontMatter.span(text, v, hash < 0 || hash > lineEnd ? lineEnd : hash);
    }
}
