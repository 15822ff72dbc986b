package org.sillage.importing.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The ligatures a PDF draws with a glyph its font gives no Unicode for: Word sets "ti", "ft" and "ff" of Calibri,
 * Aptos or Source Sans as one glyph and often writes no mapping for it, so the text read says « Applica*on »,
 * « Geo rey » or « francois.clau*aux@u-bordeaux.fr » (PDFBox falls back to the glyph's code as a character); Google
 * Docs maps them to NUL, read « Exper�se ». Such a
 * glyph is given back its letters when its name joins them ("f_f", "t_i"), or, in a TrueType font whose glyphs have
 * no names (Word's) or a Type0 font read through Identity-H (Google Docs'), when its width is, within {@link #TOLERANCE}, the sum of the widths the same font gives those
 * letters and clearly closer to one ligature than to any other; the font's mapping is completed before the text is
 * read. Only glyphs the pages draw count, and widths only in a font that maps the letters of running text (a
 * symbol or math font has none to compare with).
 */
final class UnmappedLigatures {
    /** The ligatures fonts set as one glyph, letters as they read. */
    private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "ft", "fj", "tt", "ti", "st"};
    /** How far, as a share of the letters' widths, a glyph's width may be from them. */
    static final double TOLERANCE = 0.04;
    /** How much closer than the runner-up the chosen ligature must be. */
    static final double MARGIN = 0.008;
    /** Letters a font must map before its widths are trusted: a font of running text. */
    private static final int MIN_LETTERS = 12;

    private UnmappedLigatures() {
    }

    /**
     * The document's bytes with its ligature glyphs mapped, saved anew, or {@code bytes} itself when no page
     * draws an unmapped glyph that reads as a ligature (the usual case: nothing is saved).
     */
    static byte[] repaired(PDDocument doc, byte[] bytes) throws IOException {
        if (doc.isEncrypted()) {
            return bytes;
        }
        Map<COSDictionary, Suspect> suspects = suspects(doc);
        if (suspects.isEmpty()) {
            return bytes;
        }
        Drawn drawn = new Drawn(suspects);
        drawn.getText(doc);
        boolean changed = false;
        for (Suspect s : suspects.values()) {
            s.options.forEach((code, options) -> {
                String letters = s.drawn.contains(code)
                        ? LetterPairs.decide(options, s.contexts.get(code), drawn.pairs) : null;
                if (letters != null) {
                    s.guesses.put(code, letters);
                }
            });
            if (!s.guesses.isEmpty()) {
                ToUnicodeMaps.completeMapping(doc, s);
                changed = true;
            }
        }
        if (!changed) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 4096);
        doc.save(out);
        return out.toByteArray();
    }

    /** A font with codes it maps to nothing whose widths read as ligatures: code → letters. */
    static final class Suspect {
        final PDFont font;
        /** Two-byte codes (a Type0 font read through Identity-H), else one-byte. */
        final boolean twoBytes;
        /** What each unmapped code may read as: one answer, or ligatures its width cannot tell apart. */
        final Map<Integer, List<String>> options = new TreeMap<>();
        /** For each of them the pages draw, the letters around it there: (before, after) pairs, 0 for none. */
        final Map<Integer, List<char[]>> contexts = new HashMap<>();
        /** The codes the pages draw (a code whose fallback character is a blank splits words: no context then). */
        final java.util.Set<Integer> drawn = new java.util.HashSet<>();
        /** The letters each drawn code is given back. */
        final Map<Integer, String> guesses = new TreeMap<>();

        Suspect(PDFont font, boolean twoBytes) {
            this.font = font;
            this.twoBytes = twoBytes;
        }
    }

    /** No mapping, or one to nothing a reader can use: NUL (Google Docs writes its ligatures so) or U+FFFD. */
    static boolean unmapped(String u) {
        return u == null || u.isEmpty() || u.chars().allMatch(c -> c == 0 || c == 0xFFFD);
    }

    private static Map<COSDictionary, Suspect> suspects(PDDocument doc) throws IOException {
        Map<COSDictionary, Suspect> found = new IdentityHashMap<>();
        Map<COSDictionary, Boolean> seen = new IdentityHashMap<>();
        for (PDPage page : doc.getPages()) {
            scan(page.getResources(), found, seen, 0);
        }
        return found;
    }

    private static void scan(PDResources resources, Map<COSDictionary, Suspect> found, Map<COSDictionary, Boolean> seen,
            int depth) throws IOException {
        if (resources == null || depth > 2) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font == null || seen.put(font.getCOSObject(), Boolean.TRUE) != null) {
                continue;
            }
            Suspect s = font instanceof PDSimpleFont simple ? guess(simple)
                    : font instanceof PDType0Font type0 ? guess(type0) : null;
            if (s != null && !s.options.isEmpty()) {
                found.put(font.getCOSObject(), s);
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                continue;
            }
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                scan(form.getResources(), found, seen, depth + 1);
            }
        }
    }

    /** The font's unmapped codes, among those its widths cover, that read as one ligature. */
    static Suspect guess(PDSimpleFont font) throws IOException {
        Suspect s = new Suspect(font, false);
        COSDictionary dict = font.getCOSObject();
        int first = dict.getInt(COSName.FIRST_CHAR, -1);
        int last = dict.getInt(COSName.LAST_CHAR, -1);
        if (first < 0 || last < first || last > 255) {
            return s;
        }
        Map<Character, Float> letters = new HashMap<>();
        java.util.Set<String> mapped = new java.util.HashSet<>();
        java.util.List<Integer> unmapped = new java.util.ArrayList<>();
        for (int code = first; code <= last; code++) {
            sort(code, font.toUnicode(code), font.getWidth(code), letters, mapped, unmapped);
        }
        boolean widthsTell = font instanceof PDTrueTypeFont && letters.size() >= MIN_LETTERS;
        for (int code : unmapped) {
            String name = font.getEncoding() == null ? null : font.getEncoding().getName(code);
            String named = lettersOfName(name);
            if (named != null) {
                s.options.put(code, List.of(named));
            } else if (widthsTell && (name == null || PLACEHOLDER.matcher(name).matches())) {
                List<String> options = options(font.getWidth(code), letters, mapped);
                if (!options.isEmpty()) {
                    s.options.put(code, options);
                }
            }
        }
        return s;
    }

    /**
     * The unmapped codes of a Type0 font read through Identity-H (code = CID), among the CIDs its widths list (a
     * subset lists those it holds), that read as one ligature by width: such fonts' glyphs have no names to go by.
     */
    static Suspect guess(PDType0Font font) throws IOException {
        Suspect s = new Suspect(font, true);
        org.apache.fontbox.cmap.CMap encoding = font.getCMap();
        if (encoding == null || encoding.getName() == null || !encoding.getName().startsWith("Identity")) {
            return s;
        }
        Map<Character, Float> letters = new HashMap<>();
        java.util.Set<String> mapped = new java.util.HashSet<>();
        java.util.List<Integer> unmapped = new java.util.ArrayList<>();
        for (int cid : listedCids(font.getDescendantFont().getCOSObject())) {
            sort(cid, font.toUnicode(cid), font.getWidth(cid), letters, mapped, unmapped);
        }
        if (letters.size() < MIN_LETTERS) {
            return s;
        }
        for (int code : unmapped) {
            List<String> options = options(font.getWidth(code), letters, mapped);
            if (!options.isEmpty()) {
                s.options.put(code, options);
            }
        }
        return s;
    }

    /** The CIDs a CIDFont's {@code /W} array gives widths for, at most 65,536. */
    private static java.util.SortedSet<Integer> listedCids(COSDictionary cidFont) {
        java.util.SortedSet<Integer> cids = new java.util.TreeSet<>();
        if (!(cidFont.getDictionaryObject(COSName.W) instanceof COSArray w)) {
            return cids;
        }
        for (int i = 0; i + 1 < w.size() && cids.size() < 65_536; ) {
            if (!(w.getObject(i) instanceof COSNumber first)) {
                break;
            }
            if (w.getObject(i + 1) instanceof COSArray widths) {
                for (int k = 0; k < widths.size(); k++) {
                    cids.add(first.intValue() + k);
                }
                i += 2;
            } else if (w.getObject(i + 1) instanceof COSNumber last && i + 2 < w.size()) {
                for (int c = first.intValue(); c <= last.intValue() && c - first.intValue() < 65_536; c++) {
                    cids.add(c);
                }
                i += 3;
            } else {
                break;
            }
        }
        return cids;
    }

    /** A code either maps to letters (a lower-case letter's width noted) or is unmapped and drawn with a width. */
    private static void sort(int code, String u, float width, Map<Character, Float> letters, java.util.Set<String> mapped,
            java.util.List<Integer> unmapped) {
        if (!unmapped(u)) {
            mapped.add(java.text.Normalizer.normalize(u, java.text.Normalizer.Form.NFKC));
            if (u.length() == 1 && Character.isLowerCase(u.charAt(0)) && width > 0) {
                letters.putIfAbsent(u.charAt(0), width);
            }
        } else if (width > 0) {
            unmapped.add(code);
        }
    }

    /** A glyph's name that says nothing of it: its number in the font ("47", "g47", "glyph47", "index47"). */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("(?:g|glyph|index|cid)?\\d+");
    /** A ligature's glyph named after its letters joined by underscores: "f_f", "t_i", "f_f_i.alt". */
    private static final java.util.regex.Pattern JOINED_LETTERS = java.util.regex.Pattern.compile("([a-zA-Z](?:_[a-zA-Z])+)(?:\\..*)?");

    /** The letters a ligature glyph's name joins ("f_f" gives "ff"), or null when the name is not of that form. */
    static String lettersOfName(String name) {
        if (name == null) {
            return null;
        }
        java.util.regex.Matcher m = JOINED_LETTERS.matcher(name);
        return m.matches() ? m.group(1).replace("_", "") : null;
    }

    /** The one ligature whose letters' widths sum to {@code width}, or null when none does or two come as close. */
    static String closest(float width, Map<Character, Float> letters, java.util.Set<String> mapped) {
        List<String> options = options(width, letters, mapped);
        return options.size() == 1 ? options.get(0) : null;
    }

    /**
     * The ligatures whose letters' widths sum to {@code width} within {@link #TOLERANCE}, the closest first, with
     * those less than {@link #MARGIN} further: one when the width tells, several when only the text around can.
     */
    static List<String> options(float width, Map<Character, Float> letters, java.util.Set<String> mapped) {
        List<Map.Entry<String, Double>> near = new java.util.ArrayList<>();
        for (String ligature : LIGATURES) {
            if (mapped.contains(ligature)) {
                continue; // the font has this one mapped already: the glyph is another
            }
            double sum = 0;
            for (char c : ligature.toCharArray()) {
                Float w = letters.get(c);
                if (w == null) {
                    sum = -1;
                    break;
                }
                sum += w;
            }
            if (sum > 0) {
                near.add(Map.entry(ligature, Math.abs(sum - width) / sum));
            }
        }
        near.sort(Map.Entry.comparingByValue());
        if (near.isEmpty() || near.get(0).getValue() > TOLERANCE) {
            return List.of();
        }
        double best = near.get(0).getValue();
        return near.stream().filter(e -> e.getValue() <= TOLERANCE && e.getValue() - best < MARGIN)
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Reads the pages once: where the suspects' codes are drawn, with the letters around them, and how letters
     * follow each other elsewhere.
     */
    private static final class Drawn extends PDFTextStripper {
        private final Map<COSDictionary, Suspect> suspects;
        final LetterPairs pairs = new LetterPairs();

        Drawn(Map<COSDictionary, Suspect> suspects) throws IOException {
            this.suspects = suspects;
        }

        /** The letter shown just before, 0 after anything else; and the context waiting for its letter after. */
        private char previous;
        private char[] waiting;

        /**
         * Every glyph shown, in the order the content streams show them (a line's glyphs in reading order): no text
         * is laid out, which would cost as much as reading the text.
         */
        @Override
        protected void showGlyph(org.apache.pdfbox.util.Matrix textRenderingMatrix, PDFont font, int code,
                org.apache.pdfbox.util.Vector displacement) throws IOException {
            Suspect s = suspects.get(font.getCOSObject());
            if (s != null && s.options.containsKey(code)) {
                s.drawn.add(code);
                waiting = new char[] {previous, 0};
                s.contexts.computeIfAbsent(code, c -> new java.util.ArrayList<>()).add(waiting);
                previous = 0;
                return;
            }
            String u = font.toUnicode(code);
            if (u == null || u.isEmpty()) {
                previous = 0;
                waiting = null;
                return;
            }
            for (int i = 0; i < u.length(); i++) {
                char c = u.charAt(i);
                boolean letter = Character.isLetter(c);
                if (waiting != null) {
                    waiting[1] = letter ? c : 0;
                    waiting = null;
                }
                if (previous != 0 && letter) {
                    pairs.add(previous, c);
                }
                previous = letter ? c : 0;
            }
        }
    }

}
