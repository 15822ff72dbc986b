package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.Field;

/**
 * The postal address applications go to: after « à l'adresse suivante », « par courrier », "by post",
 * « adresse postale », on the same line or the lines below, up to and including the postcode and city.
 * Without a postcode there is no address (« à l'adresse suivante : x@y.fr » is an e-mail).
 */
final class PostalAddressRule implements Rule {
    static final String[] TRIGGERS = {"adresse suivante", "par courrier", "par voie postale", "adresse postale",
        "by post", "postal address", "by mail to", "per post", "postadres", "a l'adresse :"};
    private static final Pattern POSTCODE_CITY = Pattern.compile(
            "(?<![\\d.,])(?:[A-Z]{1,2}-)?(?:\\d{5}|[1-9]\\d{3})[ ]{1,2}\\p{Lu}[\\p{L}'-]{1,30}(?:[ -](?:sur|en|les|lès|le|la|de|\\p{Lu}[\\p{L}'-]{1,30})){0,3}(?: CEDEX(?: \\d{1,2})?)?");

    @Override
    public String name() {
        return "postal-address";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.POSTAL_ADDRESS)) {
            return;
        }
        for (String trigger : TRIGGERS) {
            for (int i : t.hits.of(trigger)) {
                int from = i + trigger.length();
                int limit = Math.min(t.text.length(), from + 250);
                if (!hasDigit(t.text, from, limit)) {
                    continue; // no postcode can follow (the pattern below needs digits; this saves its scan)
                }
                Matcher m = POSTCODE_CITY.matcher(t.text).region(from, limit);
                if (!m.find()) {
                    continue;
                }
                // the address starts after the colon (or the trigger) and must not run over a blank line
                int start = from;
                int colon = Keywords.indexIn(t.text, ":", from, Math.min(limit, from + 6));
                if (colon >= 0) {
                    start = colon + 1;
                }
                String between = t.text.substring(start, m.start());
                if (between.contains("\n\n") || between.contains("@") || between.split("\n", -1).length > 7) {
                    continue;
                }
                String v = Clean.value(t.slice(start, m.end()));
                if (v == null || v.length() < 8) {
                    continue;
                }
                t.out().postalAddress(joinLines(t, start, m.end()));
                t.set(Field.POSTAL_ADDRESS);
                t.evidence(Field.POSTAL_ADDRESS, start, m.end(), "postal-address.after-phrase");
                return;
            }
        }
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The address lines joined with ", " (a comma already there is kept once). */
    private static String joinLines(PostingText t, int s, int e) {
        StringBuilder b = new StringBuilder();
        for (String line : t.text.substring(s, e).split("\n")) {
            String l = Clean.value(line);
            if (l == null) {
                continue;
            }
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(l);
        }
        return b.toString();
    }
}
