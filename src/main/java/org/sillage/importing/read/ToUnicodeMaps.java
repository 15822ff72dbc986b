package org.sillage.importing.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** Writes a font's ToUnicode map anew: every mapping it had, and the ligatures {@link UnmappedLigatures} read. */
final class ToUnicodeMaps {
    private ToUnicodeMaps() {
    }

    /** Gives the font a ToUnicode map with every mapping it had and the ligatures guessed. */
    static void completeMapping(PDDocument doc, UnmappedLigatures.Suspect s) throws IOException {
        Map<Integer, String> all = new LinkedHashMap<>();
        for (int code = 0; code <= (s.twoBytes ? 0xFFFF : 0xFF); code++) {
            String u = s.guesses.containsKey(code) ? s.guesses.get(code) : s.font.toUnicode(code);
            if (!UnmappedLigatures.unmapped(u)) {
                all.put(code, u);
            }
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap(all, s.twoBytes).getBytes(StandardCharsets.US_ASCII));
        }
        s.font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    /** A ToUnicode CMap of one- or two-byte codes, in blocks of at most 100 entries as the format asks. */
    static String cmap(Map<Integer, String> mappings, boolean twoBytes) {
        StringBuilder b = new StringBuilder(256 + mappings.size() * 20);
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append(twoBytes ? "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                        : "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = List.copyOf(mappings.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            b.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                b.append(String.format(java.util.Locale.ROOT, twoBytes ? "<%04X> <" : "<%02X> <", e.getKey()));
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
