package org.sillage.importing.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every keyword the rules look for, found in one pass over the folded text (an Aho-Corasick automaton
 * with a dense transition table over a small alphabet). Rules then visit the occurrences of their
 * keywords instead of searching the whole text again and again.
 */
final class Lexicon {

    /** Occurrences of one keyword that the rules get to see. */
    static final int MAX_OCCURRENCES = 400;

    /** The keywords of all rules. */
    static final Lexicon ALL = new Lexicon(Keywords.allKeywords());

    private final byte[] charClass = new byte[65536];
    private final int alphabet;
    /**
     * Transitions: the next state's row offset ({@code state * alphabet}), negative when that state ends a
     * keyword (so the hot loop needs no multiplication and one sign test).
     */
    private final int[] table;
    private final int[][] outputs;
    private final Map<String, Integer> ids = new HashMap<>();
    /** For each keyword: the id of its automaton prefix (keywords are matched on their first chars only). */
    private final int[] prefixOf;
    private final int[] lengths;
    private static final int PREFIX = 8;

    Lexicon(List<String> keywords) {
        Set<String> unique = new LinkedHashSet<>();
        for (String k : keywords) {
            if (k != null && !k.isEmpty()) {
                unique.add(k);
            }
        }
        List<String> keywordList = new ArrayList<>(unique);
        prefixOf = new int[keywordList.size()];
        Map<String, Integer> prefixIds = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (int w = 0; w < keywordList.size(); w++) {
            String k = keywordList.get(w);
            ids.put(k, w);
            String p = k.length() <= PREFIX ? k : k.substring(0, PREFIX);
            Integer pid = prefixIds.get(p);
            if (pid == null) {
                pid = words.size();
                prefixIds.put(p, pid);
                words.add(p);
            }
            prefixOf[w] = pid;
        }
        lengths = new int[words.size()];
        int classes = 1;
        for (int w = 0; w < words.size(); w++) {
            String k = words.get(w);
            lengths[w] = k.length();
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                if (charClass[c] == 0) {
                    if (classes >= 127) {
                        throw new IllegalStateException("too many distinct keyword chars");
                    }
                    charClass[c] = (byte) classes++;
                }
            }
        }
        alphabet = classes;
        // trie
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        trie.add(new int[alphabet]);
        out.add(new ArrayList<>());
        for (int w = 0; w < words.size(); w++) {
            String k = words.get(w);
            int s = 0;
            for (int i = 0; i < k.length(); i++) {
                int c = charClass[k.charAt(i)];
                if (trie.get(s)[c] == 0) {
                    trie.add(new int[alphabet]);
                    out.add(new ArrayList<>());
                    trie.get(s)[c] = trie.size() - 1;
                }
                s = trie.get(s)[c];
            }
            out.get(s).add(w);
        }
        int n = trie.size();
        int[] fail = new int[n];
        int[] next = new int[n * alphabet];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < alphabet; c++) {
            int t = trie.get(0)[c];
            next[c] = t;
            if (t != 0) {
                fail[t] = 0;
                queue.add(t);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out.get(s).addAll(out.get(fail[s]));
            for (int c = 0; c < alphabet; c++) {
                int t = trie.get(s)[c];
                if (t != 0) {
                    fail[t] = next[fail[s] * alphabet + c];
                    next[s * alphabet + c] = t;
                    queue.add(t);
                } else {
                    next[s * alphabet + c] = next[fail[s] * alphabet + c];
                }
            }
        }
        outputs = new int[n][];
        for (int s = 0; s < n; s++) {
            List<Integer> o = out.get(s);
            outputs[s] = o.isEmpty() ? null : new LinkedHashSet<>(o).stream().mapToInt(Integer::intValue).toArray();
        }
        table = new int[next.length];
        for (int k = 0; k < next.length; k++) {
            int target = next[k];
            table[k] = outputs[target] != null ? -(target * alphabet) - 1 : target * alphabet;
        }
    }

    /** Occurrences of every keyword in {@code text}, as start offsets per keyword id. */
    Hits scan(String text) {
        int[][] pos = new int[lengths.length][];
        int[] count = new int[lengths.length];
        int row = 0;
        int n = text.length();
        final int[] tab = table;
        final byte[] cls = charClass;
        final int a = alphabet;
        for (int i = 0; i < n; i++) {
            int t = tab[row + cls[text.charAt(i)]];
            if (t >= 0) {
                row = t;
            } else {
                row = -t - 1;
                for (int w : outputs[row / a]) {
                    int[] p = pos[w];
                    if (p == null) {
                        p = pos[w] = new int[4];
                    } else if (count[w] == p.length) {
                        p = pos[w] = Arrays.copyOf(p, p.length * 2);
                    }
                    p[count[w]++] = i - lengths[w] + 1;
                }
            }
        }
        return new Hits(text, pos, count);
    }

    /** Occurrence lists of one text. */
    final class Hits {
        private static final int[] NONE = new int[0];
        private final String text;
        private final int[][] pos;
        private final int[] count;
        private final int[][] byKeyword = new int[prefixOf.length][];

        private Hits(String text, int[][] pos, int[] count) {
            this.text = text;
            this.pos = pos;
            this.count = count;
        }

        /**
         * Start offsets of {@code keyword}, ascending, at most {@link #MAX_OCCURRENCES} (a posting never needs
         * more; hostile text must not make the rules quadratic). The keyword must be one of
         * {@link Keywords#allKeywords}.
         */
        int[] of(String keyword) {
            Integer kid = ids.get(keyword);
            if (kid == null) {
                throw new IllegalArgumentException("keyword not registered: " + keyword);
            }
            int[] cached = byKeyword[kid];
            if (cached != null) {
                return cached;
            }
            int[] prefixHits = ofPrefix(prefixOf[kid]);
            if (keyword.length() <= PREFIX) {
                return byKeyword[kid] = prefixHits;
            }
            int[] full = new int[prefixHits.length];
            int n = 0;
            for (int p : prefixHits) {
                if (text.startsWith(keyword, p)) {
                    full[n++] = p;
                }
            }
            return byKeyword[kid] = n == full.length ? full : Arrays.copyOf(full, n);
        }

        private int[] ofPrefix(int id) {
            int[] p = pos[id];
            if (p == null) {
                return NONE;
            }
            int n = Math.min(count[id], MAX_OCCURRENCES);
            if (p.length != n) {
                p = pos[id] = Arrays.copyOf(p, n);
                count[id] = n;
            }
            return p;
        }

        /** First occurrence of any of {@code keywords} at or after {@code from}, or -1. */
        int first(int from, String... keywords) {
            int best = -1;
            for (String k : keywords) {
                for (int i : of(k)) {
                    if (i >= from) {
                        if (best < 0 || i < best) {
                            best = i;
                        }
                        break;
                    }
                }
            }
            return best;
        }
    }
}
