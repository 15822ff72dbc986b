package org.sillage.importing.extract;

import static org.sillage.importing.extract.ContractTerms.TERMS;

import org.sillage.domain.ContractType;
import org.sillage.importing.extract.ContractTerms.Term;

/** The other member of a contract named with its alternative: « contrat de professionnalisation ou d'apprentissage ». */
final class ContractAlternatives {
    private ContractAlternatives() {
    }

    /**
     * The other member of « X ou Y » is a contract of the same type: « contrat de professionnalisation ou
     * d'apprentissage » is an apprenticeship either way, unlike « CDD ou CDI ».
     */
    static boolean sameType(String f, int i, int end, ContractType type) {
        String after = f.substring(end, Math.min(f.length(), end + 45));
        String before = f.substring(Math.max(0, i - 45), i);
        for (String w : ALTERNATIVES.getOrDefault(type, java.util.List.of())) {
            if (alternativeAfter(after, w) || alternativeBefore(before, w)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] OR = {" ou ", " or ", "/"};
    private static final String[] ARTICLES = {"d'", "de ", "un ", "une ", "en ", "a "};

    /**
     * The words of each type's terms that can stand as the other member (terms of strength 2 and the
     * apprenticeship's, without a leading « contrat de »; four chars at least), read once.
     */
    private static final java.util.Map<ContractType, java.util.List<String>> ALTERNATIVES = alternatives();

    private static java.util.Map<ContractType, java.util.List<String>> alternatives() {
        java.util.Map<ContractType, java.util.List<String>> m = new java.util.EnumMap<>(ContractType.class);
        for (Term other : TERMS) {
            if (other.strength() < 2 && !other.words().contains("apprenti")) {
                continue;
            }
            String w = other.words().replaceFirst("^contrat (?:d'|de |du )?", "");
            if (w.length() >= 4) {
                m.computeIfAbsent(other.type(), k -> new java.util.ArrayList<>()).add(w);
            }
        }
        return m;
    }

    /** {@code after} opens on « ou », "or" or a slash, maybe an article, then the word {@code w}. */
    private static boolean alternativeAfter(String after, String w) {
        for (String or : OR) {
            if (!after.startsWith(or)) {
                continue;
            }
            int at = or.length();
            if (wordAt(after, at, w)) {
                return true;
            }
            for (String article : ARTICLES) {
                if (after.startsWith(article, at) && wordAt(after, at + article.length(), w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code before} ends on the word {@code w}, then « ou », "or" or a slash. */
    private static boolean alternativeBefore(String before, String w) {
        for (String or : OR) {
            int at = before.length() - or.length() - w.length();
            if (at >= 0 && before.endsWith(or) && before.startsWith(w, at) && Keywords.wordBoundary(before, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordAt(String s, int at, String w) {
        return s.startsWith(w, at) && Keywords.wordBoundary(s, at + w.length());
    }

}
