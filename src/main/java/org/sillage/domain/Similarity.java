package org.sillage.domain;

import java.util.HashSet;
import java.util.Set;

/** How alike two posting texts are: the Jaccard index of their word trigrams (folded), from 0 to 1. */
public final class Similarity {
    private Similarity() {
    }

    public static double of(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        return (double) inter.size() / (x.size() + y.size() - inter.size());
    }

    private static Set<String> shingles(String text) {
        String[] words = Texts.fold(text).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < words.length; i++) {
            out.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
        }
        if (out.isEmpty()) {
            out.add(String.join(" ", words));
        }
        return out;
    }
}
