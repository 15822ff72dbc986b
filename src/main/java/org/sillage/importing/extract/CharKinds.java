package org.sillage.importing.extract;

import java.text.Normalizer;

/** What some chars are to the reader: bullet glyphs, and chars that NFKC leaves as they are. */
final class CharKinds {

    /** Per char: 0 not yet known, 1 unchanged by NFKC, 2 changed. */
    private static final byte[] NFKC_STATE = new byte[65536];

    private CharKinds() {
    }

    /** Whether NFKC leaves {@code c} as it is (known once per char, then looked up). */
    static boolean nfkcStable(char c) {
        byte s = NFKC_STATE[c];
        if (s == 0) {
            s = Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKC) ? (byte) 1 : (byte) 2;
            NFKC_STATE[c] = s;
        }
        return s == 1;
    }

    /** Whether {@code c} is a bullet glyph (a list item's mark at a line's start). */
    static boolean isBullet(char c) {
        if (c < '\u00A7' || c > '\u00B7' && c < '\u2022') {
            return false; // (letters, accented ones included, are no bullet: told before the list)
        }
        return c == '\u2022' || c == '\u25AA' || c == '\u25E6' || c == '\u25CF' || c == '\u25A0' || c == '\u25A1'
                || c == '\u2794' || c == '\u27A2' || c == '\u25BA' || c == '\u25B8' || c == '\u2023' || c == '\u2043'
                || c == '\u00B7' || c == '\u2219' || c == '\u27A4' || c == '\u2713' || c == '\u2714' || c == '\u25C6'
                || c == '\u2666' || c == '\u2192' || c == '\u00A7' || (c >= '\uF000' && c <= '\uF0FF');
    }
}
