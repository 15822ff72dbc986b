package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sillage.domain.Field;

/**
 * E-mail addresses that receive applications, copies included (also listed as cc): plain, in
 * {@code mailto:} links (several separated by commas), or obfuscated ({@code prenom.nom [at] org.fr},
 * {@code (at)}, {@code [dot]}). Lower-cased, Unicode hyphens made ASCII. An address offered for questions
 * only (« pour toute question », "for requests of further information") is left out.
 */
final class EmailRule implements Rule {
    static final String[] AT_FORMS = {"@", "[at]", "(at)", "{at}", " [at] ", " (at) ", " {at} ", "[arobase]", "(arobase)",
        " [arobase] ", " (arobase) ", " arobase ", " at "};
    private static final String[] CC_WORDS = {"en copie", "copie", " cc", "cc:", "cc :", "in copy", "a copy", "copy to",
        "kopie", "with copy"};

    @Override
    public String name() {
        return "emails";
    }

    private record Found(String address, int start, int end) {
    }

    @Override
    public void apply(PostingText t) {
        List<Found> all = findAll(t);
        Set<String> apply = new LinkedHashSet<>();
        Set<String> cc = new LinkedHashSet<>();
        for (Found e : all) {
            if (isInfoOnly(t, e.start())) {
                continue;
            }
            apply.add(e.address());
            t.evidence(Field.APPLICATION_EMAILS, e.start(), e.end(), "email.address");
            if (isCopy(t, e.start())) {
                cc.add(e.address());
                t.evidence(Field.CC_EMAILS, e.start(), e.end(), "email.copy");
            }
        }
        if (!apply.isEmpty()) {
            t.out().applicationEmails(new ArrayList<>(apply));
            t.set(Field.APPLICATION_EMAILS);
        }
        if (!cc.isEmpty()) {
            t.out().ccEmails(new ArrayList<>(cc));
        }
    }

    private static List<Found> findAll(PostingText t) {
        List<Found> out = new ArrayList<>();
        Set<Integer> starts = new java.util.HashSet<>();
        String s = t.text;
        String f = t.fold;
        for (String at : AT_FORMS) {
            for (int i : t.hits.of(at)) {
                Found e = parse(t, i, at.length());
                if (e != null && starts.add(e.start())) {
                    out.add(e);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static Found parse(PostingText t, int at, int atLen) {
        String s = t.text;
        int ls = at;
        while (ls > 0 && at - ls < 64 && isLocal(s.charAt(ls - 1))) {
            ls--;
        }
        while (ls < at && (s.charAt(ls) == '.' || s.charAt(ls) == '-')) {
            ls++;
        }
        if (ls == at) {
            // "prenom.nom [at] org.fr": a space before the bracket
            return null;
        }
        if (atLen == 4 && s.charAt(at) == ' ' && s.charAt(at + 1) == 'a') {
            // "Nicolas.Thiery at u-psud.fr": plain " at " only between a dotted name and a domain
            String local = s.substring(ls, at);
            if (local.indexOf('.') < 0 && local.indexOf('_') < 0) {
                return null;
            }
        }
        int ds = at + atLen;
        StringBuilder domain = new StringBuilder();
        int k = ds;
        int n = s.length();
        while (k < n && k - ds < 255) {
            char c = s.charAt(k);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '.' || isUnicodeHyphen(c)) {
                domain.append(isUnicodeHyphen(c) ? '-' : c);
                k++;
            } else if (atLen > 1 && (t.fold.startsWith("[dot]", k) || t.fold.startsWith("(dot)", k))) {
                domain.append('.');
                k += 5;
            } else if (atLen > 1 && (t.fold.startsWith(" [dot] ", k) || t.fold.startsWith(" (dot) ", k))) {
                domain.append('.');
                k += 7;
            } else if (atLen > 1 && (t.fold.startsWith("(point)", k) || t.fold.startsWith("[point]", k))) {
                domain.append('.'); // "name(at)ign(point)fr"
                k += 7;
            } else if (atLen > 1 && spelledDot(t.fold, k) > 0) {
                int len = spelledDot(t.fold, k);
                domain.append('.'); // "oxy arobase oxybulle point org"
                k += len;
            } else {
                break;
            }
        }
        while (domain.length() > 0 && (domain.charAt(domain.length() - 1) == '.' || domain.charAt(domain.length() - 1) == '-')) {
            domain.setLength(domain.length() - 1);
            k--;
        }
        String d = domain.toString();
        int dot = d.lastIndexOf('.');
        if (dot <= 0 || d.length() - dot - 1 < 2 || !d.substring(dot + 1).chars().allMatch(Character::isLetter)) {
            return null;
        }
        String local = s.substring(ls, at);
        StringBuilder l = new StringBuilder();
        for (char c : local.toCharArray()) {
            l.append(isUnicodeHyphen(c) ? '-' : c);
        }
        String address = (l + "@" + d).toLowerCase(Locale.ROOT);
        return new Found(address, ls, k);
    }

    private static boolean isLocal(char c) {
        return (c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0)) || isUnicodeHyphen(c)
                || (c >= 0xC0 && Character.isLetter(c));
    }

    /** " point org", " dot com", " punt nl": a spelled-out dot before a domain label; its length, or 0. */
    private static int spelledDot(String f, int k) {
        for (String w : new String[] {" point ", " dot ", " punt ", " (point) ", " [point] "}) {
            if (f.startsWith(w, k)) {
                int e = k + w.length();
                int l = e;
                while (l < f.length() && l - e < 25 && Character.isLetter(f.charAt(l))) {
                    l++;
                }
                return l - e >= 2 && (l >= f.length() || !Character.isLetterOrDigit(f.charAt(l))) ? w.length() : 0;
            }
        }
        return 0;
    }

    static boolean isUnicodeHyphen(char c) {
        return c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212';
    }

    /**
     * "Si tu as des questions ... à x@y", "For requests of further information ... x@y": an info word in the
     * sentence and no word about applying (« avant de postuler » does not count as one).
     */
    private static boolean isInfoOnly(PostingText t, int pos) {
        String f = t.fold;
        int s = Math.max(t.sentenceStart(pos), pos - 200);
        if (s >= 2 && t.text.charAt(s - 2) == '?' && s - 2 > pos - 200) {
            s = Math.max(t.sentenceStart(s - 2), pos - 200); // "Questions? Write to info@..."
        }
        int e = t.sentenceEnd(pos);
        if (!Keywords.regionContainsAny(f, s, e, Keywords.INFO_WORDS)) {
            return false;
        }
        String sentence = f.substring(s, Math.max(s, e)).replace("avant de postuler", "").replace("before applying", "")
                .replace("before you apply", "");
        return !Keywords.containsAny(sentence, STRONG_APPLY);
    }

    private static final String[] STRONG_APPLY = {"postul", "candidature", "apply", "application to", "applications to",
        "your application", "send your cv", "envoyer votre cv", "votre cv", "sollicit", "cv "};

    private static boolean isCopy(PostingText t, int pos) {
        return Keywords.regionContainsAny(t.fold, Math.max(t.sentenceStart(pos), pos - 150), pos, CC_WORDS);
    }
}
