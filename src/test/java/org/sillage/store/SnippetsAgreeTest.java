package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sillage.domain.Highlighted;

/**
 * A snippet stops reading its text shortly after the first match (ADR 0028 addendum); it must be the
 * window that marking the whole text gives: the same text, the same marks. The reference below cuts the
 * whole text's marks ({@link Snippets#whole}) the way a snippet is cut.
 */
class SnippetsAgreeTest {
    private static final String[] WORDS = {"Éducation", "coopération", "Oujda", "logistique", "humanitaire", "budget",
        "Lille", "éducateur", "Coop", "ŒUVRE", "oeuvre", "python", "SQL", "réf.", "100042", "la", "de", "et", "mission",
        "Croix-Rouge", "gand", "médiation"};

    @Test
    void a_snippet_is_the_window_of_the_whole_text_marked() {
        Random random = new Random(20261203);
        int withMarks = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(n % 10 == 0 ? 3000 : 300);
            for (int i = 0; i < length; i++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? "\n" : " ");
            }
            String first = WORDS[random.nextInt(WORDS.length)];
            String query = first.substring(0, Math.min(first.length(), 2 + random.nextInt(2))) + " "
                    + (random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)] : "");
            int width = 40 + random.nextInt(260);
            Highlighted snippet = Snippets.of(text.toString(), query, width);
            assertThat(snippet).as("%s in a text of %d words, width %d", query, length, width)
                    .isEqualTo(reference(text.toString(), query, width));
            if (!snippet.marks().isEmpty()) {
                withMarks++;
            }
        }
        assertThat(withMarks).isGreaterThan(1000);
    }

    private static Highlighted reference(String text, String query, int width) {
        Highlighted whole = Snippets.whole(text, query);
        String flat = whole.text();
        List<Highlighted.Mark> all = whole.marks();
        int start = 0;
        if (!all.isEmpty()) {
            start = Math.max(0, all.get(0).start() - width / 4);
            while (start > 0 && !Character.isWhitespace(flat.charAt(start - 1))) {
                start--;
            }
        }
        int end = Math.min(flat.length(), start + width);
        while (end < flat.length() && end > start && !Character.isWhitespace(flat.charAt(end - 1)) && end - start < width + 20) {
            end++;
        }
        String prefix = start > 0 ? "…" : "";
        String suffix = end < flat.length() ? "…" : "";
        List<Highlighted.Mark> inside = new ArrayList<>();
        for (Highlighted.Mark m : all) {
            if (m.start() >= start && m.end() <= end) {
                inside.add(new Highlighted.Mark(m.start() - start + prefix.length(), m.end() - start + prefix.length()));
            }
        }
        return new Highlighted(prefix + flat.substring(start, end) + suffix, inside);
    }
}
