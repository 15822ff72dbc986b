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

    /** The id of a keyword the rules look for, for {@link Hits#of(int)}. */
    int id(String keyword) {
        // (an open-addressing table: the rules look keywords up thousands of times a posting, and a map's
        // entries and boxed ids cost a chain of memory reads each time)
        int mask = slotKeys.length - 1;
        for (int slot = keyword.hashCode() & mask; ; slot = (slot + 1) & mask) {
            String k = slotKeys[slot];
            if (k == null) {
                throw new IllegalArgumentException("keyword not registered: " + keyword);
            }
            if (k == keyword || k.equals(keyword)) {
                return slotIds[slot];
            }
        }
    }

    /** The ids of {@code keywords}, in their order. */
    int[] ids(String[] keywords) {
        int[] out = new int[keywords.length];
        for (int k = 0; k < keywords.length; k++) {
            out[k] = id(keywords[k]);
        }
        return out;
    }

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
    /** The words each state ends: those of state {@code s} are {@code outWords[outStart[s] .. outStart[s + 1])}. */
    private final int[] outStart;
    private final int[] outWords;
    /** Each keyword's id, by open addressing on its hash: {@code slotIds[s]} is the id of {@code slotKeys[s]}. */
    private final String[] slotKeys;
    private final int[] slotIds;
    /** For each keyword: the id of its automaton prefix (keywords are matched on their first chars only). */
    private final int[] prefixOf;
    private final String[] keywords;
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
        this.keywords = keywordList.toArray(new String[0]);
        int slots = Integer.highestOneBit(Math.max(1, keywords.size()) * 4 - 1) << 1; // (a quarter full at most)
        slotKeys = new String[slots];
        slotIds = new int[slots];
        for (int w = 0; w < keywordList.size(); w++) {
            int slot = keywordList.get(w).hashCode() & (slots - 1);
            while (slotKeys[slot] != null) {
                slot = (slot + 1) & (slots - 1);
            }
            slotKeys[slot] = keywordList.get(w);
            slotIds[slot] = w;
        }
        prefixOf = new int[keywordList.size()];
        Map<String, Integer> prefixIds = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (int w = 0; w < keywordList.size(); w++) {
            String k = keywordList.get(w);
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
        int[][] outputs = new int[n][];
        for (int s = 0; s < n; s++) {
            List<Integer> o = out.get(s);
            outputs[s] = o.isEmpty() ? null : new LinkedHashSet<>(o).stream().mapToInt(Integer::intValue).toArray();
        }
        outStart = new int[n + 1];
        int flat = 0;
        for (int st = 0; st < n; st++) {
            outStart[st] = flat;
            flat += outputs[st] == null ? 0 : outputs[st].length;
        }
        outStart[n] = flat;
        outWords = new int[flat];
        for (int st = 0; st < n; st++) {
            if (outputs[st] != null) {
                System.arraycopy(outputs[st], 0, outWords, outStart[st], outputs[st].length);
            }
        }
        table = new int[next.length];
        for (int k = 0; k < next.length; k++) {
            int target = next[k];
            table[k] = outputs[target] != null ? -(target * alphabet) - 1 : target * alphabet;
        }
    }

    /**
     * Occurrences of every keyword in {@code text}, as start offsets per keyword id. A long text is read as four
     * quarters at once, interleaved in one loop: each step of a walk waits on the step before it (the next state
     * is read from the last), so four independent walks go faster than one. A walk starts {@link #PREFIX} chars
     * before its quarter, from the start state: at its quarter it is in the state a walk from the text's start
     * would be in (no automaton word is longer), and it reports only what ends inside its quarter. The ends are
     * noted in the order found, then laid out per keyword: each keyword's offsets ascending, the first
     * quarter's, then the second's, and so on.
     */
    Hits scan(String text) {
        int n = text.length();
        final int[] tab = table;
        final byte[] cls = charClass;
        if (n < 1024) {
            Found found = new Found();
            walk(text, 0, 0, n, found);
            return hits(text, found);
        }
        int q = n / 4;
        int s1 = q;
        int s2 = 2 * q;
        int s3 = 3 * q;
        Found f0 = new Found();
        Found f1 = new Found();
        Found f2 = new Found();
        Found f3 = new Found();
        int r0 = 0;
        int r1 = 0;
        int r2 = 0;
        int r3 = 0;
        int i1 = s1 - PREFIX;
        int i2 = s2 - PREFIX;
        int i3 = s3 - PREFIX;
        for (int i0 = 0; i0 < s1; i0++, i1++, i2++, i3++) {
            int t0 = tab[r0 + cls[text.charAt(i0)]];
            int t1 = tab[r1 + cls[text.charAt(i1)]];
            int t2 = tab[r2 + cls[text.charAt(i2)]];
            int t3 = tab[r3 + cls[text.charAt(i3)]];
            r0 = t0 ^ (t0 >> 31); // (a negative entry -row - 1 marks a state that ends a keyword)
            r1 = t1 ^ (t1 >> 31);
            r2 = t2 ^ (t2 >> 31);
            r3 = t3 ^ (t3 >> 31);
            if ((t0 | t1 | t2 | t3) < 0) {
                if (t0 < 0) {
                    f0.add(r0, i0);
                }
                if (t1 < 0 && i1 >= s1) {
                    f1.add(r1, i1);
                }
                if (t2 < 0 && i2 >= s2) {
                    f2.add(r2, i2);
                }
                if (t3 < 0 && i3 >= s3) {
                    f3.add(r3, i3);
                }
            }
        }
        walk(text, r1, i1, s2, f1);
        walk(text, r2, i2, s3, f2);
        walk(text, r3, i3, n, f3);
        return hits(text, f0, f1, f2, f3);
    }

    /** Goes on with a walk at row {@code row} from {@code from} to {@code to}, noting every state that ends a keyword. */
    private void walk(String text, int row, int from, int to, Found found) {
        for (int i = from; i < to; i++) {
            int t = table[row + charClass[text.charAt(i)]];
            row = t ^ (t >> 31);
            if (t < 0) {
                found.add(row, i);
            }
        }
    }

    /** The rows of the states that end a keyword and where they were reached, in the order found. */
    private static final class Found {
        int[] rows = new int[128];
        int[] ends = new int[128];
        int size;

        void add(int row, int end) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            rows[size] = row;
            ends[size++] = end;
        }
    }

    /** Each keyword's start offsets from what the walks found, in their order. */
    private Hits hits(String text, Found... walks) {
        int k = lengths.length;
        int[] count = new int[k];
        for (Found f : walks) {
            for (int h = 0; h < f.size; h++) {
                int st = f.rows[h] / alphabet;
                for (int o = outStart[st]; o < outStart[st + 1]; o++) {
                    count[outWords[o]]++;
                }
            }
        }
        int[][] pos = new int[k][];
        for (int w = 0; w < k; w++) {
            if (count[w] > 0) {
                pos[w] = new int[count[w]];
            }
        }
        int[] filled = new int[k];
        for (Found f : walks) {
            for (int h = 0; h < f.size; h++) {
                int st = f.rows[h] / alphabet;
                for (int o = outStart[st]; o < outStart[st + 1]; o++) {
                    int w = outWords[o];
                    pos[w][filled[w]++] = f.ends[h] - lengths[w] + 1;
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
            return of(id(keyword));
        }

        /** {@link #of(String)} by the keyword's {@link Lexicon#id} (a rule's loop over many keywords looks each up once). */
        int[] of(int kid) {
            int[] cached = byKeyword[kid];
            if (cached != null) {
                return cached;
            }
            String keyword = keywords[kid];
            int[] prefixHits = ofPrefix(prefixOf[kid]);
            if (keyword.length() <= PREFIX || prefixHits.length == 0) {
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
