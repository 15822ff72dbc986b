package org.sillage.importing.extract;

import static org.sillage.importing.extract.OrganizationSpans.nameLine;
import static org.sillage.importing.extract.OrganizationRule.sectionHeading;
import static org.sillage.importing.extract.OrganizationSpans.write;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For {@link OrganizationRule}: where a page names the body that offers the job around the text itself: its
 * letterhead, its title (« Contrat doctoral à la HEAD Genève »), its signature or footer, its site's name; and
 * whether its front matter's author is a person rather than the body.
 */
final class OrganizationFrame {

    /**
     * A letterhead: the text a PDF sets large on top that names a body and no job (« CENTRE DE RECHERCHE EN X »),
     * or one of the first three lines that reads as a name and holds a word naming a body.
     */
    static void letterhead(PostingText t, OrganizationPool pool) {
        for (PostingText.Marked m : t.marks(org.sillage.importing.TextStructure.Kind.TITLE)) {
            if (m.start() >= t.bodyStart && m.end() > m.start() && TitleLines.namesABody(t.fold.substring(m.start(), m.end()))) {
                write(t, pool, m.start(), m.end(), "organization.letterhead");
            }
        }
        List<int[]> lines = TopLines.of(t, 3);
        for (int[] l : lines) {
            String line = t.text.substring(l[0], l[1]);
            String f = " " + t.fold.substring(l[0], l[1]) + " ";
            if (l[1] - l[0] <= 90 && nameLine(line) && OrganizationPool.namesABody(f)
                    && !JobNames.namesAJob(f) && (l[0] != t.titleStart) && !sectionHeading(f)) {
                write(t, pool, l[0], l[1], "organization.letterhead", 5);
            } else if (l[1] - l[0] <= 120) {
                labelThenName(t, pool, l[0], l[1]);
            }
        }
    }

    /** « Sujet de stage Master 2 – LaTIM INSERM UMR 1101 »: the offer's label, a dash, then the body that offers it. */
    static void labelThenName(PostingText t, OrganizationPool pool, int s, int e) {
        String f = t.fold.substring(s, e);
        for (String dash : new String[] {" – ", " - ", " — "}) {
            int d = f.indexOf(dash);
            if (d > 0 && TitleLines.opensWithGeneric(f.substring(0, d).strip())) {
                int from = s + d + dash.length();
                String name = t.text.substring(from, e);
                String nf = " " + t.fold.substring(from, e) + " ";
                if (nameLine(name) && (OrganizationPool.namesABody(nf) || Keywords.containsAny(nf, RESEARCH_UNITS))
                        && !JobNames.namesAJob(nf)) {
                    write(t, pool, from, e, "organization.letterhead", 5);
                }
                return;
            }
        }
    }

    /** The marks of a French research unit in its name (« LaTIM INSERM UMR 1101 »). */
    private static final String[] RESEARCH_UNITS = {" umr ", " inserm ", " cnrs ", " upr ", " ums "};

    private static final Pattern AT_BODY = Pattern.compile(
            "(?:\\s(?:à la|à l'|à l’|au|at the|at|chez|bij|au sein de la|au sein du|au sein de|within the|within|in|@) )"
            + "((?:\\p{Lu}[\\p{L}\\d&.'’-]*)(?: (?:\\p{Lu}[\\p{L}\\d&.'’-]*|de|du|des|of|for|la|the|van|voor|d'|l'))*(?: \\p{Lu}[\\p{L}\\d&.'’-]*)?)");

    /** « Contrat doctoral à la HEAD Genève », "Data Engineer at Acme Labs": the title names where the job is. */
    static void inTitle(PostingText t, OrganizationPool pool) {
        int[][] spans = {{t.titleStart, t.titleEnd}, {-1, -1}};
        PostingText.Meta title = t.meta("title");
        if (title != null) {
            spans[1] = new int[] {title.start(), title.end()};
        }
        for (int[] sp : spans) {
            if (sp[0] < 0 || sp[1] <= sp[0]) {
                continue;
            }
            // the pattern opens on a space before one of its words: it is tried only there, from where the last match ended
            Matcher m = AT_BODY.matcher(t.text);
            for (int c = Math.max(0, sp[0] - 1); c < sp[1]; c++) {
                if (" \t\n\u000B\f\r".indexOf(t.text.charAt(c)) < 0 || c + 1 >= sp[1] || "àacbwi@".indexOf(t.text.charAt(c + 1)) < 0
                        || !m.region(c, sp[1]).lookingAt()) {
                    continue;
                }
                c = m.end() - 1;
                int e = m.end(1);
                while (e > m.start(1) && " ,.;:-".indexOf(t.text.charAt(e - 1)) >= 0) {
                    e--;
                }
                boolean in = t.fold.startsWith(" in ", m.start());
                if (in && !Keywords.containsAny(" " + t.fold.substring(m.start(1), e) + " ", OrganizationCandidates.BODIES)) {
                    continue; // "Internship in Machine Learning": only a body's name after "in" ("position in Inria Lyon")
                }
                if (e - m.start(1) >= 2) {
                    write(t, pool, m.start(1), e, "organization.in-title", 7);
                }
            }
        }
    }

    /** The last lines of a letter or a page: a line that reads as a name and holds a word naming a body. */
    static void signature(PostingText t, OrganizationPool pool) {
        int e = t.text.length();
        int seen = 0;
        while (e > t.bodyStart && seen < 12) {
            int s = t.lineStart(Math.max(t.bodyStart, e - 1));
            int a = s;
            while (a < e && " \t*_#-".indexOf(t.text.charAt(a)) >= 0) {
                a++;
            }
            int b = Math.min(e, t.lineEnd(s)); // (a blank line below: e stands past this line's own end)
            while (b > a && " \t*_.,".indexOf(t.text.charAt(b - 1)) >= 0
                    && !(t.text.charAt(b - 1) == '.' && Clean.endsWithLegalForm(t.text.substring(a, b)))) {
                b--;
            }
            if (b - a >= 3) {
                seen++;
                boolean named = b - a <= 80 && nameLine(t.text.substring(a, b));
                if (!named && b - a <= 200) {
                    // « Association Horizons – 12 rue des Arts – 59000 Lille – SIRET … »: the name before the address
                    b = nameBeforeAddress(t, a, b);
                    named = b - a <= 80 && nameLine(t.text.substring(a, b));
                }
                if (named) {
                    String f = " " + t.fold.substring(a, b) + " ";
                    if (OrganizationPool.namesABody(f) && !JobNames.namesAJob(f) && !sectionHeading(f)) {
                        write(t, pool, a, b, "organization.signature");
                    }
                }
            }
            if (s <= t.bodyStart) {
                break;
            }
            e = s - 1;
        }
    }

    private static final Pattern ADDRESS_MARK = Pattern.compile("(?<!\\d)\\d{5}(?!\\d)|\\b(?:rue|avenue|boulevard|bd|place|chemin|siret|siren|tel|tél)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A footer's or letterhead's line « Association Horizons – 12 rue des Arts – 59000 Lille – SIRET … » (at most 200
     * characters: a paragraph is no footer): the end of the name, before the first separator, when what follows it is
     * an address; else {@code b}.
     */
    private static int nameBeforeAddress(PostingText t, int a, int b) {
        int sep = footerSeparator(t.text, a, Math.min(b, a + 80));
        if (sep < 0 || sep - a < 3 || !ADDRESS_MARK.matcher(t.text).region(sep + 3, b).find()) {
            return b;
        }
        return sep;
    }

    /** Where the first « – », « | », « • » or « - » between two spaces starts in {@code [from, to)}, or -1. */
    private static int footerSeparator(String s, int from, int to) {
        for (int k = from; k + 3 <= to; k++) {
            if (s.charAt(k) == ' ' && s.charAt(k + 2) == ' ' && "–|•-".indexOf(s.charAt(k + 1)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The publisher a page names in its head ({@code og:site_name}, {@code author}), when its text names it too
     * (« l'association Lazare » for "Association Lazare"): the words as the text writes them.
     */
    static boolean siteName(PostingText t, OrganizationPool pool) {
        for (PostingText.Marked mt : t.marks(org.sillage.importing.TextStructure.Kind.SITE_NAME)) {
            String v = mt.value();
            if (v.length() < 3 || v.length() > 80 || v.indexOf('.') > 0 && v.indexOf(' ') < 0) {
                continue; // "example.org" is a domain, not a name
            }
            int at = findWord(t, v);
            if (at >= 0 && NameShapes.titledPerson(t.fold, at)) {
                continue; // « author: Argyris Politis », and "contact Dr Argyris Politis" in the text: a person
            }
            if (at >= 0 && write(t, pool, at, at + v.length(), "organization.site-name")) {
                pool.revalue(v); // as the page names it, « l'association lazare » being the same words
                return true;
            }
        }
        return false;
    }

    /** Where {@code name} stands in the body as a whole word, in any case; -1 when nowhere. */
    private static int findWord(PostingText t, String name) {
        String nf = TextNormalizer.normalize(name).fold;
        if (nf.length() != name.length()) {
            return -1;
        }
        int guard = 0;
        for (int at = t.fold.indexOf(nf, t.bodyStart); at >= 0 && guard++ < 50; at = t.fold.indexOf(nf, at + 1)) {
            int end = at + nf.length();
            if ((at == 0 || !Character.isLetterOrDigit(t.fold.charAt(at - 1)))
                    && (end >= t.fold.length() || !Character.isLetterOrDigit(t.fold.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * "Vacature kok - Brasserie Rubens Knokke", "Vacatures | Glasservice Terpstra": a page's {@code <title>}
     * ends on the site's name; its longest start found in the text (at least one word of four letters or
     * more) is the employer. The last resort, when nothing in the text named one.
     */
    static boolean pageSiteName(PostingText t, OrganizationPool pool) {
        if (siteName(t, pool)) {
            return true;
        }
        for (PostingText.Marked mt : t.marks(org.sillage.importing.TextStructure.Kind.META_TITLE)) {
            String v = mt.value();
            int cut = -1;
            for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
                cut = Math.max(cut, v.lastIndexOf(sep) < 0 ? -1 : v.lastIndexOf(sep) + sep.length());
            }
            if (cut <= 0) {
                continue;
            }
            String[] words = v.substring(cut).strip().split("\\s+");
            for (int n = words.length; n >= 1; n--) {
                String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
                if (name.length() < 4 || !Character.isUpperCase(name.charAt(0))) {
                    continue;
                }
                int at = t.text.indexOf(name, t.bodyStart);
                while (at >= 0 && (at > 0 && Character.isLetterOrDigit(t.text.charAt(at - 1))
                        || at + name.length() < t.text.length() && Character.isLetterOrDigit(t.text.charAt(at + name.length())))) {
                    at = t.text.indexOf(name, at + 1);
                }
                boolean anyCase = false;
                if (at < 0 && n > 1) {
                    at = findWord(t, name); // « l'association Lazare » for "Association Lazare"
                    anyCase = true;
                }
                if (at >= 0 && write(t, pool, at, at + name.length(), "organization.page-site-name")) {
                    if (anyCase) {
                        pool.revalue(name);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private OrganizationFrame() {
    }

    /**
     * A front-matter author that is a person ("Stéphanie", "Soizic Pénicaud, équipe EIG"): one to three
     * capitalised words with no acronym and no word naming a body, or a name and its role after a comma.
     */
    static boolean personMeta(PostingText t, PostingText.Meta m) {
        String key = null;
        for (var e : t.frontMatter.entrySet()) {
            if (e.getValue() == m) {
                key = e.getKey();
            }
        }
        if (!"author".equals(key)) {
            return false;
        }
        String v = m.value().strip();
        if (v.indexOf(',') > 0) {
            return true;
        }
        String[] several = v.split("\\s+(?:and|&|et|en|und)\\s+");
        if (several.length > 1 && java.util.Arrays.stream(several)
                .allMatch(n -> n.indexOf(' ') > 0 && PERSON_NAME.matcher(n).matches())) {
            return true; // "author: Kate Hughes and John Peart": two people, each with a first name and a last name
        }
        if (v.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '_' || c == '.' || c == '-' || c >= '0' && c <= '9')) {
            return true; // "author: vincent": a login, a person's
        }
        String f = " " + TextNormalizer.normalize(v).fold + " ";
        if (Keywords.containsAny(f, OrganizationCandidates.BODIES) || TWO_CAPITALS.matcher(v).matches()) {
            return false;
        }
        if (v.indexOf(' ') < 0) {
            // one word: a first name, unless the posting names it elsewhere ("author: Guidoline", "… | Guidoline")
            String w = TextNormalizer.normalize(v).fold;
            int seen = 0;
            for (int i = t.fold.indexOf(w); i >= 0 && seen < 2; i = t.fold.indexOf(w, i + 1)) {
                if (i < m.start() || i >= m.end()) {
                    seen++;
                }
            }
            return seen == 0;
        }
        return PERSON_NAME.matcher(v).matches();
    }

    private static final Pattern TWO_CAPITALS = Pattern.compile(".*\\p{Lu}{2,}.*");
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,2}");
}
