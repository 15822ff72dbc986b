package org.sillage.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the name placeholders of a required e-mail subject: « Coordination Maroc – Nom + Prénom » becomes
 * « Coordination Maroc – Dupont Marie ». The order of the placeholders is kept; a missing name leaves its
 * placeholder as written, so that the user sees what to fill.
 */
public final class SubjectTemplate {
    private static final String LAST = "(?:nom(?:\\s+de\\s+famille)?|NOM|last\\s*name|surname|family\\s+name|achternaam)";
    private static final String FIRST = "(?:pr[ée]nom|first\\s*name|given\\s+name|voornaam)";
    private static final String SEP = "\\s*(?:\\+|et|and|en|&|/|,|-)?\\s*";
    private static final Pattern LAST_FIRST = Pattern.compile("[\\[(<]?\\b(" + LAST + ")" + SEP + "(" + FIRST + ")\\b[\\])>]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FIRST_LAST = Pattern.compile("[\\[(<]?\\b(" + FIRST + ")" + SEP + "(" + LAST + ")\\b[\\])>]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FULL = Pattern.compile("[\\[(<]?\\b(?:votre\\s+nom|your\\s+(?:full\\s+)?name|nom\\s+complet|full\\s+name|uw\\s+naam)\\b[\\])>]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SubjectTemplate() {
    }

    public static String fill(String template, String firstName, String lastName) {
        if (template == null) {
            return null;
        }
        boolean haveFirst = firstName != null && !firstName.isBlank();
        boolean haveLast = lastName != null && !lastName.isBlank();
        if (!haveFirst && !haveLast) {
            return template;
        }
        String first = haveFirst ? firstName.strip() : "$2";
        String last = haveLast ? lastName.strip() : "$1";
        String out = replace(LAST_FIRST, template, (haveLast ? last : "$1") + " " + (haveFirst ? first : "$2"));
        out = replace(FIRST_LAST, out, (haveFirst ? firstName.strip() : "$1") + " " + (haveLast ? lastName.strip() : "$2"));
        if (haveFirst && haveLast) {
            out = replace(FULL, out, firstName.strip() + " " + lastName.strip());
        }
        return out;
    }

    private static String replace(Pattern p, String s, String replacement) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String r = replacement;
            for (int g = 1; g <= m.groupCount(); g++) {
                r = r.replace("$" + g, m.group(g) == null ? "" : m.group(g));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
