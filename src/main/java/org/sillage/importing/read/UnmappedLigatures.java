package org.sillage.importing.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The ligatures a PDF draws with a glyph its font gives no Unicode for: Word sets "ti", "ft" and "ff" of Calibri,
 * Aptos or Source Sans as one glyph and often writes no mapping for it, so the text read says « Applica*on »,
 * « Geo rey » or « francois.clau*aux@u-bordeaux.fr » (PDFBox falls back to the glyph's code as a character). Such a
 * glyph is given back its letters when its name joins them ("f_f", "t_i"), or, in a TrueType font whose glyphs have
 * no names (Word's), when its width is, within {@link #TOLERANCE}, the sum of the widths the same font gives those
 * letters and clearly closer to one ligature than to any other; the font's mapping is completed before the text is
 * read. Only glyphs the pages draw count, and widths only in a font that maps the letters of running text (a
 * symbol or math font has none to compare with).
 */
final class UnmappedLigatures {
    /** The ligatures fonts set as one glyph, letters as they read. */
    private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "ft", "fj", "tt", "ti", "st"};
    /** How far, as a share of the letters' widths, a glyph's width may be from them. */
    static final double TOLERANCE = 0.03;
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
        new Drawn(suspects).getText(doc);
        boolean changed = false;
        for (Suspect s : suspects.values()) {
            s.guesses.keySet().retainAll(s.drawn.keySet());
            if (!s.guesses.isEmpty()) {
                completeMapping(doc, s);
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
        final PDSimpleFont font;
        final Map<Integer, String> guesses = new TreeMap<>();
        final Map<Integer, Boolean> drawn = new HashMap<>();

        Suspect(PDSimpleFont font) {
            this.font = font;
        }
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
            if (font instanceof PDSimpleFont simple && seen.put(font.getCOSObject(), Boolean.TRUE) == null) {
                Suspect s = guess(simple);
                if (!s.guesses.isEmpty()) {
                    found.put(font.getCOSObject(), s);
                }
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
        Suspect s = new Suspect(font);
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
            String u = font.toUnicode(code);
            float width = font.getWidth(code);
            if (u != null) {
                mapped.add(java.text.Normalizer.normalize(u, java.text.Normalizer.Form.NFKC));
                if (u.length() == 1 && Character.isLowerCase(u.charAt(0)) && width > 0) {
                    letters.putIfAbsent(u.charAt(0), width);
                }
            } else if (width > 0) {
                unmapped.add(code);
            }
        }
        boolean widthsTell = font instanceof PDTrueTypeFont && letters.size() >= MIN_LETTERS;
        for (int code : unmapped) {
            String name = font.getEncoding() == null ? null : font.getEncoding().getName(code);
            String named = lettersOfName(name);
            if (named != null) {
                s.guesses.put(code, named);
            } else if (widthsTell && (name == null || PLACEHOLDER.matcher(name).matches())) {
                String ligature = closest(font.getWidth(code), letters, mapped);
                if (ligature != null) {
                    s.guesses.put(code, ligature);
                }
            }
        }
        return s;
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
        String best = null;
        double bestError = Double.MAX_VALUE;
        double second = Double.MAX_VALUE;
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
            if (sum <= 0) {
                continue;
            }
            double error = Math.abs(sum - width) / sum;
            if (error < bestError) {
                second = bestError;
                bestError = error;
                best = ligature;
            } else if (error < second) {
                second = error;
            }
        }
        return bestError <= TOLERANCE && second - bestError >= MARGIN ? best : null;
    }

    /** Records which of the suspects' codes the pages draw (no text is laid out). */
    private static final class Drawn extends PDFTextStripper {
        private final Map<COSDictionary, Suspect> suspects;

        Drawn(Map<COSDictionary, Suspect> suspects) {
            this.suspects = suspects;
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
            Suspect s = suspects.get(font.getCOSObject());
            if (s != null && s.guesses.containsKey(code)) {
                s.drawn.put(code, Boolean.TRUE);
            }
        }
    }

    /** Gives the font a ToUnicode map with every mapping it had and the ligatures guessed. */
    private static void completeMapping(PDDocument doc, Suspect s) throws IOException {
        Map<Integer, String> all = new LinkedHashMap<>();
        for (int code = 0; code <= 255; code++) {
            String u = s.guesses.containsKey(code) ? s.guesses.get(code) : s.font.toUnicode(code);
            if (u != null && !u.isEmpty()) {
                all.put(code, u);
            }
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap(all).getBytes(StandardCharsets.US_ASCII));
        }
        s.font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    /** A ToUnicode CMap of one-byte codes, in blocks of at most 100 entries as the format asks. */
    static String cmap(Map<Integer, String> mappings) {
        StringBuilder b = new StringBuilder(256 + mappings.size() * 20);
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = List.copyOf(mappings.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            b.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                b.append(String.format(java.util.Locale.ROOT, "<%02X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    b.append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
                }
                b.append(">\n");
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString();
    }
}
