package org.sillage.importing.extract;

import java.util.Locale;

/** The role a front matter's key gives its date: "closes", "deadline", "valid_through" end the offer; "posted" opens it. */
final class MetaDateRoles {

    private MetaDateRoles() {
    }

    /** A date nested under a key naming dates that ends its period (« dates.to.day »): when a site stops showing the offer. */
    static boolean nestedPeriodEnd(String key) {
        java.util.List<String> path = nestedPath(key);
        return path.contains("to") || path.contains("until") || path.contains("end") || path.contains("fin");
    }

    /** A date nested under a key naming dates that opens its period (« dates.from.day »): when a site starts showing the offer. */
    static boolean nestedPeriodStart(String key) {
        java.util.List<String> path = nestedPath(key);
        return path.contains("from") || path.contains("start") || path.contains("debut");
    }

    /** The keys below the first of a nested front-matter key, lower-cased; empty for a top-level key. */
    private static java.util.List<String> nestedPath(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        int dot = k.indexOf('.');
        return dot > 0 ? java.util.List.of(k.substring(dot + 1).split("\\.")) : java.util.List.of();
    }

    /** The front-matter key's role for its date: "closes", "deadline", "valid_through" are deadlines. */
    static DateRoles.Role metaRole(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        // a date nested under a key naming dates: « dates.to.day » ends the offer's period, « dates.from.day » opens it
        if (nestedPeriodEnd(key)) {
            return DateRoles.Role.DEADLINE;
        }
        if (nestedPath(key).contains("from")) {
            return DateRoles.Role.POSTED;
        }
        // else as any key ("dates.validity", and a top-level key written with a dot, "date.published")
        if (k.contains("deadline") || k.contains("close") || k.contains("closing") || k.contains("expir")
                || k.contains("valid") || k.contains("limit") || k.equals("due") || k.contains("apply_by")
                || k.contains("apply-by") || k.contains("sluit") || k.contains("ferme") || k.contains("clotur")) {
            return DateRoles.Role.DEADLINE;
        }
        if (k.equals("date") || k.contains("posted") || k.contains("publi") || k.contains("created")
                || k.equals("opens") || k.equals("open_date") || k.equals("opening_date") || k.contains("ouvert")
                || k.contains("ouverture") || k.equals("post_date") || k.equals("postdate") || k.equals("post-date")
                || k.equals("pubdate") || k.equals("pub_date")) {
            return DateRoles.Role.POSTED;
        }
        if (k.contains("start") || k.contains("debut")) {
            return DateRoles.Role.START;
        }
        return DateRoles.Role.OTHER;
    }
}
