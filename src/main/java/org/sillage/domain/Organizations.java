package org.sillage.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key two spellings of one organisation share: "Ville de Lille", "VILLE DE LILLE" and "Ville de Lille
 * SA" are one; accents, case, punctuation, a leading article and legal forms (SA, SARL, GmbH, BV, asbl,
 * Ltd...) do not count.
 */
public final class Organizations {
    /** Legal forms in France, Belgium, the Netherlands, Luxembourg, Switzerland, Germany and English. */
    private static final Set<String> LEGAL_FORMS = Set.of("sa", "sas", "sasu", "sarl", "eurl", "sca", "scop", "sci",
            "snc", "scs", "selarl", "gie", "sem", "spl", "epic", "nv", "bv", "bvba", "cvba", "vof",
            "sprl", "srl", "scrl", "sc", "asbl", "vzw", "aisbl", "ivzw", "gmbh", "ag", "kg", "ohg", "ev", "mbh",
            "ltd", "limited", "llc", "llp", "inc", "incorporated", "plc", "corp", "corporation", "co", "cie", "et",
            "and", "&");
    private static final Set<String> ARTICLES = Set.of("la", "le", "les", "l", "the", "de", "het", "die", "der", "das");
    private static final Pattern DOTS = Pattern.compile("\\.");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}&]+");

    private Organizations() {
    }

    /**
     * The folded key of {@code name}, or null when there is no name. A name made only of legal forms
     * ("SA") keeps them, so that it is not lost.
     */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String folded = DOTS.matcher(Texts.fold(name)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(folded)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return folded.strip();
        }
        List<String> kept = new ArrayList<>(words.stream().filter(w -> !LEGAL_FORMS.contains(w)).toList());
        if (kept.size() > 1 && ARTICLES.contains(kept.get(0))) {
            kept.remove(0); // "La Ville de Roubaix" is "Ville de Roubaix"
        }
        String key = String.join(" ", kept.isEmpty() ? words : kept);
        return key.length() > 1000 ? key.substring(0, 1000) : key;
    }
}
