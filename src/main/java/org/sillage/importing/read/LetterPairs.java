package org.sillage.importing.read;

import java.util.List;

/**
 * How often each lower-case letter follows another in a document's mapped text, and the choice it makes between
 * ligatures a glyph's width cannot tell apart ({@link UnmappedLigatures}).
 */
final class LetterPairs {
    private final int[][] counts = new int[26][26];
    private final int[] from = new int[26];

    void add(char a, char b) {
        int i = index(a);
        int j = index(b);
        if (i >= 0 && j >= 0) {
            counts[i][j]++;
            from[i]++;
        }
    }

    /** log P(b after a), smoothed; 0 when either is no letter a–z (it then tells nothing). */
    double logLikelihood(char a, char b) {
        int i = index(a);
        int j = index(b);
        if (i < 0 || j < 0) {
            return 0;
        }
        return Math.log((counts[i][j] + 0.5) / (from[i] + 13.0));
    }

    private static int index(char c) {
        char l = Character.toLowerCase(c);
        l = switch (l) {
            case 'à', 'â', 'ä' -> 'a';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'î', 'ï' -> 'i';
            case 'ô', 'ö' -> 'o';
            case 'ù', 'û', 'ü' -> 'u';
            case 'ç' -> 'c';
            default -> l;
        };
        return l >= 'a' && l <= 'z' ? l - 'a' : -1;
    }

    /**
     * The letters a drawn code reads as: its one option, or among several the one whose first letter follows and
     * whose last letter precedes the letters around it where the pages draw it most often in the rest of the
     * document's text (« cer_fica_ons »: "rt" and "at" are common there, "rf" and "af" not), by a factor of four at
     * least; null when nothing tells.
     */
    static String decide(List<String> options, List<char[]> contexts, LetterPairs pairs) {
        if (options.size() == 1) {
            return options.get(0);
        }
        if (contexts == null || contexts.isEmpty() || options.isEmpty()) {
            return null;
        }
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (String o : options) {
            double score = 0;
            for (char[] around : contexts) {
                score += pairs.logLikelihood(around[0], o.charAt(0)) + pairs.logLikelihood(o.charAt(o.length() - 1), around[1]);
            }
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = o;
            } else if (score > second) {
                second = score;
            }
        }
        return bestScore - second >= Math.log(4) ? best : null;
    }
}
