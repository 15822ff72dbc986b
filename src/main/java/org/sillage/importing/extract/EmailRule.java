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
    static final String[] AT_FORMS = {"@", " @ ", "[at]", "(at)", "{at}", " [at] ", " (at) ", " {at} ", "[arobase]", "(arobase)",
        " [arobase] ", " (arobase) ", " arobase ", " at ", " chez ", "[[at]]", "\u00a1at\u00bf",
        // « vacature APENSTAART fysiodouma PUNT nl »: the Dutch name of the sign
        " apenstaart ", "(apenstaart)", "[apenstaart]",
        // "jobs<at>riverside<dot>org": angle brackets, as LaTeX's « ¡at¿ » once was
        "<at>", " <at> "};
    /**
     * A dot written out between brackets, in a domain or a name: {@code [dot]}, {@code [[dot]]}, and « ¡dot¿ », which
     * is {@code <dot>} set by LaTeX in its old font encoding (it prints {@code <} and {@code >} so).
     */
    /** The usual names of a recruiting mailbox, which a plain « chez » or " at " may follow. */
    private static final Set<String> MAILBOXES = Set.of("jobs", "job", "careers", "recruiting", "recruitment", "hiring",
        "contact", "rh", "hr", "recrutement", "emploi", "candidature", "candidatures", "stage", "stages", "vacatures",
        "sollicitatie", "werken", "hello", "bonjour", "info");
    private static final String[] CC_WORDS = {"en copie", "copie", " cc", "cc:", "cc :", "in copy", "a copy", "copy to",
        "kopie", "with copy"};

    @Override
    public String name() {
        return "emails";
    }

    /**
     * How far back an address's sentence is read for its role: "In order to apply, please send a cover letter, a
     * resume (…), and a list of … to X at x@y" names its role 330 characters before the address.
     */
    static final int SENTENCE_BACK = 400;

    private record Found(String address, int start, int end) {
    }

    /** What joins two addresses of one list: « ; », « , », « / », « & », "and", « et », "en", "or", « ou ». */
    private static final java.util.regex.Pattern LIST_JOIN = java.util.regex.Pattern.compile("\\s*[;,/&]\\s*|\\s+(?:and|et|en|or|ou)\\s+");

    @Override
    public void apply(PostingText t) {
        List<Found> all = findAll(t);
        addLinkTargets(t, all);
        // « to a@x.fr; b@y.fr; c@z.fr »: the addresses of one list share the role of its first
        java.util.Map<Found, Found> head = new java.util.IdentityHashMap<>();
        for (int k = 0; k < all.size(); k++) {
            Found e = all.get(k);
            Found prev = k > 0 ? all.get(k - 1) : null;
            boolean listed = prev != null && prev.end() <= e.start() && e.start() - prev.end() <= 16 && e.start() >= t.bodyStart
                    && LIST_JOIN.matcher(t.fold.substring(prev.end(), e.start())).matches();
            head.put(e, listed ? head.get(prev) : e);
        }
        List<Found> kept = new ArrayList<>();
        boolean anyApply = false;
        for (Found e : all) {
            if (!InfoOnlyAddresses.isInfoOnly(t, head.get(e).start())) {
                kept.add(e);
                anyApply |= applyRole(t, head.get(e), all);
            }
        }
        Set<String> apply = new LinkedHashSet<>();
        Set<String> cc = new LinkedHashSet<>();
        boolean bodyAddress = false;
        for (Found e : kept) {
            bodyAddress |= e.start() >= t.bodyStart;
        }
        for (Found e : kept) {
            if (!applyRole(t, head.get(e), all) && !isCopy(t, e.start())
                    && (anyApply || !soleAddressApplies(t, kept) || e.start() < t.bodyStart && (bodyAddress || contactKey(t, e.start())))) {
                // a front-matter "contact:" is someone to ask; an address elsewhere in the front matter ("email_address:",
                // a "how_to_apply:" list, a description's text) is where to apply when the body gives none
                continue; // a contact named beside the address that receives applications
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

    /**
     * An address given to apply to: its sentence (with the label line above an address standing alone) speaks
     * of sending or applying, or it lies in the section about applying. Front matter counts only under a key
     * about applying.
     */
    private static boolean applyRole(PostingText t, Found e, List<Found> all) {
        int pos = e.start();
        if (pos < t.bodyStart) {
            int ls = t.lineStart(pos);
            return Keywords.regionContainsAny(t.fold, ls, pos, APPLY_KEYS);
        }
        int s = Math.max(t.sentenceStart(pos), pos - SENTENCE_BACK);
        if (s == t.lineStart(pos) && s >= 2 && (Keywords.onlyChars(t.fold, s, pos, " -*:[(<_")
                || addressIn(all, s, pos))) {
            // an address standing alone, or in a list of addresses: the label line above them, blank lines and
            // the lines of the other addresses passed over
            int p = s - 1;
            for (int guard = 0; guard < 6 && p > 0 && pos - p < 400; guard++) {
                while (p > 0 && (t.text.charAt(p - 1) == '\n' || t.text.charAt(p - 1) == ' ')) {
                    p--;
                }
                int ls = t.lineStart(p);
                s = ls;
                if (!addressIn(all, ls, p)) {
                    break;
                }
                p = ls - 1;
            }
        }
        int end = Math.min(t.text.length(), Math.max(e.end(), t.sentenceEnd(e.end())));
        return Keywords.regionContainsAny(t.fold, s, end, Keywords.APPLICATION_WORDS)
                || Keywords.regionContainsAny(t.fold, s, end, SENDING) || t.inApplicationSection(pos);
    }

    /** Whether an address found (written plainly or in brackets: « [[at]] ») starts in {@code [from, to)}. */
    private static boolean addressIn(List<Found> all, int from, int to) {
        for (Found f : all) {
            if (f.start() >= from && f.start() < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * With no address given to apply to, the addresses not offered for questions are where applications go,
     * unless the posting gives a form or a page to apply at.
     */
    private static boolean soleAddressApplies(PostingText t, List<Found> kept) {
        return !t.isSet(Field.APPLICATION_URL);
    }

    /** Whether the front-matter line holding {@code pos} is a "contact:" key's. */
    private static boolean contactKey(PostingText t, int pos) {
        int ls = t.lineStart(pos);
        while (ls < pos && (t.fold.charAt(ls) == ' ' || t.fold.charAt(ls) == '"')) {
            ls++;
        }
        return t.fold.startsWith("contact", ls);
    }

    /** Mailing an application, or naming what to mail: the sentence is about applying. */
    private static final String[] SENDING = {"emailed", "e-mailed", "mailed to", "please email", "please e-mail",
        "email your", "e-mail your", "mail a", "mail to", "cv", "resume", "lettre de motivation", "cover letter",
        "motivatie", "mail naar", "mailen naar"};

    private static final String[] APPLY_KEYS = {"apply", "applica", "candidat", "postul", "sollicit"};

    /** A {@code mailto:} link whose target is not written in its words: the target is an address of the text. */
    private static void addLinkTargets(PostingText t, List<Found> all) {
        for (PostingText.Marked m : t.marks(org.sillage.importing.TextStructure.Kind.LINK)) {
            String target = m.value();
            int q = target.indexOf('?');
            if (q >= 0) {
                target = target.substring(0, q);
            }
            target = java.net.URLDecoder.decode(target.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8)
                    .strip().toLowerCase(Locale.ROOT);
            if (m.start() < 0 || !target.matches("[\\w.%+-]+@[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,}")) {
                continue;
            }
            boolean known = false;
            for (Found f : all) {
                known |= f.address().equals(target);
            }
            if (!known) {
                all.add(new Found(target, m.start(), m.end()));
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
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
                } else if (e == null && at.equals("@")) {
                    for (Found b : braces(t, i)) {
                        if (starts.add(b.start())) {
                            out.add(b);
                        }
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * "{alice,bob}@lab.fr": one address per name in the braces, each found at its own name (so that the
     * start of each is distinct) and ending where the shared domain ends.
     */
    private static List<Found> braces(PostingText t, int at) {
        String s = t.text;
        if (at < 3 || s.charAt(at - 1) != '}') {
            return List.of();
        }
        int open = s.lastIndexOf('{', at - 1);
        if (open < 0 || at - open > 160) {
            return List.of();
        }
        int k = at + 1;
        while (k < s.length() && k - at < 255 && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '-' || s.charAt(k) == '.')) {
            k++;
        }
        while (k > at + 1 && s.charAt(k - 1) == '.') {
            k--;
        }
        String domain = s.substring(at + 1, k);
        int dot = domain.lastIndexOf('.');
        if (dot <= 0 || domain.length() - dot - 1 < 2) {
            return List.of();
        }
        List<Found> result = new ArrayList<>();
        int p = open + 1;
        for (String name : s.substring(open + 1, at - 1).split(",")) {
            String local = name.strip();
            int ns = s.indexOf(local, p);
            p += name.length() + 1;
            if (local.isEmpty() || ns < 0 || !local.chars().allMatch(c -> AddressSpellings.isLocal((char) c))) {
                return List.of();
            }
            result.add(new Found((local + "@" + domain).toLowerCase(Locale.ROOT), ns, k));
        }
        return result;
    }

    private static Found parse(PostingText t, int at, int atLen) {
        String s = t.text;
        int ls = at;
        while (ls > 0 && at - ls < 64) {
            int dotForm = atLen > 1 ? AddressSpellings.dotFormBefore(t.fold, ls) : 0;
            if (dotForm == 0 && atLen > 1) {
                dotForm = AddressSpellings.spacedDotBefore(t.fold, ls); // "daphne dot tuncer at enpc dot fr", "daphne [dot] tuncer [at] …"
            }
            if (dotForm > 0 && ls - dotForm > 0 && AddressSpellings.isLocal(s.charAt(ls - dotForm - 1))) {
                ls -= dotForm; // « peter¡dot¿brown¡at¿… »
            } else if (AddressSpellings.isLocal(s.charAt(ls - 1))) {
                ls--;
            } else {
                break;
            }
        }
        while (ls < at && (s.charAt(ls) == '.' || s.charAt(ls) == '-')) {
            ls++;
        }
        if (ls == at) {
            // "prenom.nom [at] org.fr": a space before the bracket
            return null;
        }
        if (atLen == 4 && s.charAt(at) == ' ' && s.charAt(at + 1) == 'a' || atLen == 6 && s.regionMatches(true, at, " chez ", 0, 6)) {
            // "Nicolas.Thiery at u-psud.fr", « jobs chez arpentor.studio »: plain " at " or « chez » only between a
            // dotted name or a mailbox's usual name and a domain written in small letters
            String local = s.substring(ls, at);
            boolean dotted = local.indexOf('.') >= 0 || local.indexOf('_') >= 0 || AddressSpellings.SPACED_DOT.matcher(local).find();
            boolean mailbox = MAILBOXES.contains(local.toLowerCase(Locale.ROOT)) && at + atLen < s.length()
                    && Character.isLowerCase(s.charAt(at + atLen));
            if (!dotted && !mailbox) {
                return null;
            }
        }
        int ds = at + atLen;
        if (atLen == 1 && ds + 1 < s.length() && (s.charAt(ds) == ' ' || s.charAt(ds) == '\n')
                && Character.isLowerCase(s.charAt(ds + 1))) {
            ds++; // « claire.martin@ exemple.fr »: a line cut after the sign, or a space typed there
        }
        StringBuilder domain = new StringBuilder();
        int k = ds;
        int n = s.length();
        while (k < n && k - ds < 255) {
            char c = s.charAt(k);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '.' || AddressSpellings.isUnicodeHyphen(c)) {
                domain.append(AddressSpellings.isUnicodeHyphen(c) ? '-' : c);
                k++;
            } else if (c == '\n' && Sentences.addressCut(s, k)) {
                k++; // « tech@openownership.⏎org with a cover letter »: a line wrapped after the domain's only dot
            } else if (atLen > 1 && AddressSpellings.dotFormAt(t.fold, k) > 0) {
                k += AddressSpellings.dotFormAt(t.fold, k); // "name(at)ign(point)fr", « telecom-paris¡dot¿fr »
                domain.append('.');
            } else if (atLen > 1 && AddressSpellings.spelledDot(t.fold, k) > 0) {
                int len = AddressSpellings.spelledDot(t.fold, k);
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
        int joined = AddressSpellings.joinedSentence(d);
        if (joined > 0) {
            // « recrutement@amis.fr.Date de prise de poste »: the sentence after it lost its space
            d = d.substring(0, d.length() - joined);
            k -= joined;
            dot = d.lastIndexOf('.');
        }
        int glued = AddressSpellings.gluedWord(d.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (glued > 0) {
            // "lms28@cam.ac.ukor by post": a PDF lost the space before the next word
            d = d.substring(0, d.length() - glued);
            k -= glued;
        }
        String local = s.substring(ls, at);
        if (atLen > 1) {
            local = AddressSpellings.SPACED_DOT.matcher(local).replaceAll(".");
            for (String w : AddressSpellings.DOT_FORMS) {
                local = local.replace(w, ".");
            }
        }
        StringBuilder l = new StringBuilder();
        for (char c : local.toCharArray()) {
            l.append(AddressSpellings.isUnicodeHyphen(c) ? '-' : c);
        }
        String address = (l + "@" + d).toLowerCase(Locale.ROOT);
        return new Found(address, ls, k);
    }

    private static boolean isCopy(PostingText t, int pos) {
        return Keywords.regionContainsAny(t.fold, Math.max(t.sentenceStart(pos), pos - 150), pos, CC_WORDS);
    }
}
