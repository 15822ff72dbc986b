package org.sillage.importing.extract;

import java.util.regex.Pattern;

/** Tidies a value taken from the text: markdown marks, links, quotes and edge punctuation removed. */
final class Clean {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,300})\\]\\([^)\\s]{0,500}\\)");
    private static final Pattern MARKS = Pattern.compile("\\*{1,3}|(?<![\\w])_{1,2}|_{1,2}(?![\\w])|`|^#{1,6}\\s*");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][\\w:-]{0,30}(?:\\s[^<>]{0,300})?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(nbsp|amp|quot|apos|lt|gt|#160|#38|#34|#39);");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private Clean() {
    }

    /** A string escape of a char by its code: {@code \u2019}, {@code \xE9}. */
    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile(
            "\\\\u([0-9A-Fa-f]{4})|\\\\x([0-9A-Fa-f]{2})");

    static String value(String s) {
        if (s == null) {
            return null;
        }
        String v = s.indexOf('[') >= 0 ? LINK.matcher(s).replaceAll("$1") : s;
        if (v.indexOf('*') >= 0 || v.indexOf('_') >= 0 || v.indexOf('`') >= 0 || v.indexOf('#') >= 0) {
            v = MARKS.matcher(v).replaceAll("");
        }
        if (v.indexOf('&') >= 0) {
            v = ENTITY.matcher(v).replaceAll(m -> switch (m.group(1)) {
                case "nbsp", "#160" -> " ";
                case "amp", "#38" -> "&";
                case "quot", "#34" -> "\"";
                case "apos", "#39" -> "'";
                case "lt" -> "<";
                case "gt" -> ">";
                default -> m.group();
            });
        }
        if (v.indexOf('<') >= 0) {
            v = TAG.matcher(v).replaceAll(" "); // "creatieve developer<br> met een passie": markup never reaches a value
        }
        if (v.indexOf('\\') >= 0) {
            // a quoted front-matter or JSON string's escapes, read as written: « Offres d\u2019emploi », « r\xE9inventer »
            v = ESCAPE.matcher(v).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2), 16))));
        }
        v = v.replace('\n', ' ');
        if (v.contains("  ") || v.indexOf('\t') >= 0) {
            v = SPACES.matcher(v).replaceAll(" ");
        }
        v = v.strip();
        v = stripEdges(v);
        return v.isEmpty() ? null : v;
    }

    /** Like {@link #value} but keeps the final full stop of a sentence. */
    static String sentence(String s) {
        String v = value(s);
        if (v != null && s.strip().endsWith(".") && !v.endsWith(".")) {
            return v + ".";
        }
        return v;
    }

    /** A company's legal form, abbreviated with a closing dot. */
    private static final java.util.regex.Pattern LEGAL_ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:^|[\\s,])(?:B\\.V\\.|N\\.V\\.|S\\.A\\.|S\\.A\\.S\\.|S\\.A\\.R\\.L\\.|S\\.p\\.A\\.|e\\.V\\.|Ltd\\.|Inc\\.|Co\\.|Corp\\.|L\\.L\\.C\\.|P\\.L\\.C\\.)$");

    /** The longest abbreviation ("S.A.R.L.") and the space or comma before it. */
    private static final int LEGAL_TAIL = 9;

    /** Whether {@code v} ends with a legal form's abbreviation and its dot: "Flink Software B.V.", "Acme Ltd.". */
    static boolean endsWithLegalForm(String v) {
        if (!v.endsWith(".")) {
            return false;
        }
        // only the end can match: a search over the whole value tried the pattern at each of its characters
        return LEGAL_ABBREVIATION.matcher(v).region(Math.max(0, v.length() - LEGAL_TAIL), v.length())
                .useAnchoringBounds(false).useTransparentBounds(true).find();
    }

    static String stripEdges(String v) {
        int s = 0;
        int e = v.length();
        while (s < e && ("\"'«» :-–—|>".indexOf(v.charAt(s)) >= 0 || CharKinds.isBullet(v.charAt(s)))) {
            s++;
        }
        while (e > s && "\"'«» ,;:.-–—|".indexOf(v.charAt(e - 1)) >= 0) {
            if (v.charAt(e - 1) == '.' && endsWithLegalForm(v.substring(s, e))) {
                break; // "Flink Software B.V.", "Teck Resources Ltd.": the dot is the abbreviation's
            }
            if (closesAQuote(v, s, e - 1)) {
                break; // « Chargé de mission « Biodiversité » »: the quote the value opened closes with it
            }
            e--;
        }
        // keep a closing bracket or parenthesis only when it is balanced
        return v.substring(s, e);
    }

    /** Whether {@code v.charAt(at)} closes a quote opened in {@code v[s, at)}: a « before more than its », or an odd ". */
    private static boolean closesAQuote(String v, int s, int at) {
        char c = v.charAt(at);
        if (c != '»' && c != '"') {
            return false;
        }
        int open = 0;
        int close = 0;
        int straight = 0;
        for (int k = s; k < at; k++) {
            char x = v.charAt(k);
            open += x == '«' ? 1 : 0;
            close += x == '»' ? 1 : 0;
            straight += x == '"' ? 1 : 0;
        }
        return c == '»' ? open > close : straight % 2 == 1;
    }
}
