package org.sillage.importing.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Place names a posting may give as its workplace: every place of 1,000 inhabitants or more in France, Belgium, the
 * Netherlands, Luxembourg, Switzerland, Monaco and Quebec, and of 100,000 or more elsewhere, with their usual French,
 * Dutch and English names. From GeoNames (CC BY 4.0), written by {@code tools/make-places.sh} (ADR 0033). Read once,
 * on first use.
 */
final class Places {
    /** A place: its country (ISO 3166) and its population (for ranking only). */
    record Place(String name, String country, int population) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern JOINS = Pattern.compile("[\\s'’-]+");

    private final Map<String, Place> byKey;
    private final int longestWords;

    private Places(Map<String, Place> byKey, int longestWords) {
        this.byKey = byKey;
        this.longestWords = longestWords;
    }

    private static final class Holder {
        static final Places INSTANCE = load();
    }

    static Places get() {
        return Holder.INSTANCE;
    }

    /** The place of this folded name (lower case, no accents; hyphens, apostrophes and spaces alike), or null. */
    Place find(String key) {
        return byKey.get(key);
    }

    /** Whether a name as written is a known place ({@code find(key(name)) != null}). */
    static boolean known(CharSequence name) {
        return get().find(key(name)) != null;
    }

    /** The most words a place name holds ("Villeneuve d Ascq" holds three). */
    int longestWords() {
        return longestWords;
    }

    /** The key of a name as written: folded, with hyphens, apostrophes and runs of spaces made one space. */
    static String key(CharSequence name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return JOINS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The key of a stretch of an already folded text (lower case, no accents): only its joins change. */
    static String keyOfFolded(String fold, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        boolean join = false;
        for (int k = start; k < end; k++) {
            char c = fold.charAt(k);
            if (c == '-' || c == '\'' || c == '’' || Character.isWhitespace(c)) {
                join = true;
                continue;
            }
            if (join && b.length() > 0) {
                b.append(' ');
            }
            join = false;
            b.append(c);
        }
        return b.toString();
    }

    private static Places load() {
        Map<String, Place> map = new HashMap<>(24_000);
        int longest = 1;
        try (InputStream in = Places.class.getResourceAsStream("places.tsv")) {
            if (in == null) {
                throw new IllegalStateException("places.tsv is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] cols = line.split("\t", 3);
                String key = key(cols[0]);
                Place p = new Place(cols[0], cols[1], Integer.parseInt(cols[2]));
                Place before = map.get(key);
                if (before == null || before.population() < p.population()) {
                    map.put(key, p);
                }
                longest = Math.max(longest, key.split(" ").length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Places(Map.copyOf(map), longest);
    }
}
