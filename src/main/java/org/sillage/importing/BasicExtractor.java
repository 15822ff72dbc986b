package org.sillage.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sillage.domain.Field;
import org.sillage.domain.PostingFields;

/**
 * The first, deliberately small extractor: a title (the first meaningful line), e-mail addresses and
 * the first explicit deadline written "d month yyyy" in French or English. The rule engine replaces it.
 */
public final class BasicExtractor implements PostingExtractor {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));
    private static final Pattern DEADLINE = Pattern.compile(
            "(?iu)(?:jusqu['’]au|avant le|au plus tard le|date limite[^\\n]{0,40}?|deadline[^\\n]{0,20}?|by|before)"
                    + "\\s{1,5}(?:\\p{L}{1,10}\\s{1,3})?(\\d{1,2})(?:er|st|nd|rd|th)?\\s{1,3}(\\p{L}{3,10})\\s{1,3}(\\d{4})");

    @Override
    public PostingFields extract(String text) {
        PostingFields.Builder b = PostingFields.builder();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.length() >= 3 && t.chars().anyMatch(Character::isLetter)) {
                int start = lineStart + line.indexOf(t);
                b.title(t).evidence(Field.TITLE, start, start + t.length(), "basic.first-line");
                break;
            }
            lineStart += line.length() + 1;
        }
        Set<String> emails = new LinkedHashSet<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            if (emails.add(m.group().toLowerCase(Locale.ROOT))) {
                b.evidence(Field.APPLICATION_EMAILS, m.start(), m.end(), "basic.email");
            }
        }
        b.applicationEmails(emails.stream().toList());
        Matcher d = DEADLINE.matcher(text);
        while (d.find()) {
            Integer month = MONTHS.get(d.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                try {
                    b.deadline(LocalDate.of(Integer.parseInt(d.group(3)), month, Integer.parseInt(d.group(1))));
                    b.evidence(Field.DEADLINE, d.start(1), d.end(3), "basic.deadline");
                    break;
                } catch (DateTimeException notADate) {
                    // "31 février" is no date: keep looking
                }
            }
        }
        return b.build();
    }

    @Override
    public int version() {
        return 1;
    }
}
