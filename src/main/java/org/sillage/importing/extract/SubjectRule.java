package org.sillage.importing.extract;

import org.sillage.domain.Field;

/**
 * The subject or reference an application must carry: « courriel intitulé « X » », « objet : X »,
 * « sous référence X », « indiquez « X » dans la ligne d'objet », 'with "X" in the subject line',
 * « préciser [X] dans le sujet ». Quotes are dropped, brackets kept.
 */
final class SubjectRule implements Rule {
    /** The subject comes after these words. */
    static final String[] BEFORE = {"intitule", "objet :", "objet:", "l'objet", "en objet", "subject:", "subject :",
        "subject line:", "sous reference", "sous la reference", "reference :", "ref :", "ref. :", "onderwerp:", "onderwerp :",
        "met als onderwerp", "o/ref", "with the subject", "titled", "entitled", "mentionnant", "en mentionnant", "en precisant",
        "sujet :", "onder vermelding van", "in het onderwerp", "in de onderwerpregel", "objet du mail", "objet du courriel",
        "objet du message", "objet de votre mail", "objet de votre courriel", "objet de l'e-mail", "objet de votre e-mail",
        "the subject line", "precisant la reference", "rappelant la reference", "mentionnant la reference", "reference de l'offre",
        "reference du poste", "reference de l'annonce", "vermelding van", "o.v.v.", "ovv", "quoting", "quote the reference", "with reference", "with the reference", "stating the reference", "using the reference",
        "subject must start with", "subject should start with", "subject must begin with", "subject should begin with",
        "subject must contain", "subject should contain", "subject must include", "subject should include",
        "quote reference", "quote the job reference", "quote job reference", "quoting reference", "quoting the reference",
        "quote the vacancy reference", "mention application number", "mention the application number",
        "mention vacancy number", "mention the vacancy number", "quote the vacancy number", "quote vacancy number"};
    /** Cues after which the reference is one code, with a digit in it ("quote reference PF22602 on your application"). */
    private static final java.util.Set<String> CODE_CUES = java.util.Set.of("quote reference", "quote the reference",
        "quote the job reference", "quote job reference", "quoting reference", "quoting the reference",
        "quote the vacancy reference", "mention application number", "mention the application number",
        "mention vacancy number", "mention the vacancy number", "quote the vacancy number", "quote vacancy number");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
        "[\\p{Alnum}][\\p{Alnum}/_.-]*\\d[\\p{Alnum}/_.-]*|\\d[\\p{Alnum}/_.-]*");
    /** The reference named before its value inside a subject: « en objet la référence 24008 ». */
    private static final String[] REFERENCE_LEAD = {"la reference ", "la ref. ", "la ref ", "the reference ", "reference "};
    /** Words a subject cut at its line's end cannot end on: « Sous référence : CAMSP à : ». */
    private static final java.util.regex.Pattern DANGLING = java.util.regex.Pattern.compile("\\s+(?:à|a|to|at|aan|naar)\\s*:?$");
    private static final String[] OF = {" de ", " des ", " du ", " d'"};
    /** Labels that also head a letter or a memo (« Objet : … » on its own line). */
    private static final java.util.Set<String> HEADER_WORDS = java.util.Set.of("objet :", "objet:", "subject:", "subject :",
        "sujet :", "onderwerp:", "onderwerp :");
    /** Words of a sentence about writing an e-mail or applying, before such a line. */
    private static final String[] MAIL_WORDS = {"mail", "courriel", "candidat", "postul", "apply", "applica", "sollicit",
        "envoy", "send", "stuur", "adress"};

    /** The word "subject" itself, in the languages read. */
    private static final java.util.Set<String> SUBJECT_WORDS = java.util.Set.of("sujet", "subject", "objet", "object",
        "onderwerp", "reference", "ref");

    /** Words between the cue and the quoted subject: « en objet la mention « X » », 'with the words "X"'. */
    private static final String[] QUOTE_INTROS = {" la mention suivante", " la mention", " le libelle", " les mots",
        " the words", " the phrase", " de vermelding"};

    /** A verb right after « l'objet »: the word is a sentence's subject (« dont l'objet est … »). */
    private static final String[] VERB_AFTER = {" est ", " sera ", " consiste ", " vise ", " porte ", " etait "};
    static final String[] AFTER = {"dans la ligne d'objet", "dans l'objet", "en objet", "dans le sujet", "in the subject",
        "as the subject", "en sujet", "in de onderwerpregel", "als onderwerp", "dans l'intitule"};

    @Override
    public String name() {
        return "subject";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.APPLICATION_SUBJECT)) {
            return;
        }
        String f = t.fold;
        for (String w : AFTER) {
            int[] occ = t.hits.of(w);
            int i = occ.length == 0 ? -1 : occ[0];
            if (i > 0) {
                int[] q = quotedBefore(t, i);
                if (q != null && write(t, q[0], q[1], "subject.quoted-before")) {
                    return;
                }
            }
        }
        for (String w : BEFORE) {
            for (int i : t.hits.of(w)) {
                int from = i + w.length();
                if (w.equals("l'objet") && (Keywords.startsWithAny(f, from, OF) || Keywords.startsWithAny(f, from, VERB_AFTER))) {
                    continue; // « l'objet de l'association », « dont l'objet est la recherche »: a purpose, not an e-mail's subject
                }
                if ((w.equals("titled") || w.equals("entitled") || w.equals("intitule"))
                        && !Keywords.regionContainsAny(f, Math.max(t.sentenceStart(i), i - 150), i, MAIL_WORDS)) {
                    continue; // "the grant titled …", "The project is entitled …": a work's title, not an e-mail's
                }
                if (w.startsWith("reference") && i >= 11 && f.startsWith("article de ", i - 11)) {
                    continue; // « Article de référence : L952-6-2 »: the law a post is opened under
                }
                if (w.endsWith("subject") && f.startsWith(" line", from)) {
                    from += 5; // "with the subject line \"Application PhD\""
                }
                for (String intro : QUOTE_INTROS) {
                    if (f.startsWith(intro, from)) {
                        from += intro.length(); // « en indiquant en objet la mention « Candidature … » »: what is quoted
                        break;
                    }
                }
                if (CODE_CUES.contains(w)) {
                    int s0 = from;
                    while (s0 < f.length() && " :".indexOf(f.charAt(s0)) >= 0) {
                        s0++;
                    }
                    java.util.regex.Matcher code = CODE.matcher(t.text).region(s0, Math.min(t.text.length(), s0 + 40));
                    if (code.lookingAt()) {
                        int e0 = code.end();
                        while (e0 > s0 && ".-/".indexOf(t.text.charAt(e0 - 1)) >= 0) {
                            e0--;
                        }
                        if (write(t, s0, e0, "subject.code")) {
                            return;
                        }
                    }
                    continue; // "Please quote the job reference number on all correspondence": no code given
                }
                int[] q = quotedAfter(t, from);
                if (q != null) {
                    if (write(t, q[0], q[1], "subject.quoted-after")) {
                        return;
                    }
                    continue;
                }
                boolean needsColon = w.equals("in het onderwerp") || w.equals("in de onderwerpregel") || w.equals("the subject line");
                if (needsColon && Keywords.indexIn(f, ":", from, Math.min(f.length(), from + 3)) < 0) {
                    continue;
                }
                if (HEADER_WORDS.contains(w) && Keywords.onlyChars(f, t.lineStart(i), i, " *_#>-")
                        && !Keywords.regionContainsAny(f, Math.max(0, t.lineStart(i) - 300), t.lineStart(i), MAIL_WORDS)
                        && TitleLines.startsGeneric(f.substring(from, t.lineEnd(i)).replace(":", " ").strip())) {
                    continue; // « Objet : Proposition de stage » heading a letter or a memo: its own subject, not one to write
                }
                if (w.equals("l'objet") && Keywords.indexIn(f, ":", from, Math.min(f.length(), from + 3)) < 0
                        && !Keywords.regionContainsAny(f, Math.max(t.sentenceStart(i), i - 80), i, MAIL_WORDS)) {
                    continue; // « prédire l'objet qui semble adéquat »: a thing, not an e-mail's subject (no colon, no e-mail)
                }
                if (w.contains("reference") || w.contains("objet") || w.contains("subject") || w.contains("onderwerp")
                        || w.contains("vermelding")) {
                    int s = from;
                    while (s < f.length() && " :".indexOf(f.charAt(s)) >= 0) {
                        s++;
                    }
                    if (!w.contains("reference")) {
                        for (String lead : REFERENCE_LEAD) {
                            if (f.startsWith(lead, s) && s + lead.length() < f.length()
                                    && Character.isDigit(f.charAt(s + lead.length()))) {
                                s += lead.length(); // « en objet la référence 24008 et l'intitulé de l'offre »
                                break;
                            }
                        }
                    }
                    int e = t.lineEnd(s);
                    for (String stop : new String[] {" a adresser", " a envoyer", " par mail", " par courriel", " par e-mail", ", ",
                        ". ", ";", ")", " to ", " et ", " and "}) {
                        int k = Keywords.indexIn(f, stop, s, e);
                        if (k >= 0 && k < e) {
                            e = k;
                        }
                    }
                    if (e - s >= 3 && e - s <= 120 && Character.isLetterOrDigit(t.text.charAt(s)) && write(t, s, e, "subject.after-word")) {
                        return;
                    }
                }
            }
        }
    }

    private static int[] quotedAfter(PostingText t, int from) {
        String s = t.text;
        int limit = Math.min(s.length(), from + 12);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            char close = closing(c);
            if (close != 0) {
                int e = s.indexOf(close, i + 1);
                int nl = s.indexOf('\n', i);
                int next = nl < 0 ? -1 : s.indexOf('\n', nl + 1);
                if (nl >= 0 && nl < e && (next < 0 || next > e) && nl > i + 1 && e - i < 80) {
                    nl = -1; // "with the reference 'Application\nPhD'": a quote over a PDF's wrapped line
                }
                if (e > i + 1 && e - i < 150 && (nl < 0 || nl > e)) {
                    return c == '[' ? new int[] {i, e + 1} : new int[] {i + 1, e};
                }
                return null;
            }
            if (Character.isLetterOrDigit(c)) {
                return null;
            }
        }
        return null;
    }

    private static int[] quotedBefore(PostingText t, int pos) {
        String s = t.text;
        int k = pos - 1;
        while (k > 0 && pos - k < 6 && (s.charAt(k) == ' ' || s.charAt(k) == ',')) {
            k--;
        }
        char close = s.charAt(k);
        char open = close == '»' ? '«' : close == '"' ? '"' : close == ']' ? '[' : close == '\'' ? '\'' : 0;
        if (open == 0) {
            return null;
        }
        int b = s.lastIndexOf(open, k - 1);
        if (b < 0 || k - b > 150 || s.substring(b, k).indexOf('\n') >= 0) {
            return null;
        }
        return open == '[' ? new int[] {b, k + 1} : new int[] {b + 1, k};
    }

    private static char closing(char c) {
        return switch (c) {
            case '«' -> '»';
            case '"' -> '"';
            case '[' -> ']';
            case '\'' -> '\'';
            case '“', '„' -> '”';
            case '‘' -> '’';
            default -> 0;
        };
    }

    private boolean write(PostingText t, int s, int e, String rule) {
        String v = t.slice(s, e).strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            // keep "[Candidature X]" as written
            v = v.strip();
        } else {
            v = Clean.value(v);
        }
        if (v != null && !v.startsWith("[")) {
            java.util.regex.Matcher dangling = DANGLING.matcher(v);
            if (dangling.find()) {
                v = v.substring(0, dangling.start());
                int at = t.slice(s, e).indexOf(v);
                if (at >= 0) {
                    s += at;
                    e = s + v.length();
                }
            }
        }
        if (v == null || v.length() < 2 || SUBJECT_WORDS.contains(TextNormalizer.normalize(v).fold)) {
            return false; // (a form's « subject: Sujet »: the field's own name)
        }
        t.out().applicationSubject(v);
        t.set(Field.APPLICATION_SUBJECT);
        t.evidence(Field.APPLICATION_SUBJECT, s, e, rule);
        return true;
    }
}
