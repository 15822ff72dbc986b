package org.sillage.domain;

import java.util.List;

/**
 * The priority (1 to 3 stars, 0 when not set) and the tags of a posting or an application.
 */
public record Labels(int priority, List<String> tags) {
    public static final Labels NONE = new Labels(0, List.of());
    /** The longest tag kept (the column's width). */
    public static final int TAG_LENGTH = 100;

    public Labels {
        tags = List.copyOf(tags);
    }

    /** A tag as typed, tidied: spaces collapsed and stripped, cut at {@link #TAG_LENGTH}; null when blank. */
    public static String tidyTag(String typed) {
        if (typed == null) {
            return null;
        }
        String t = typed.replaceAll("[\\s,;]+", " ").strip();
        if (t.startsWith("#")) {
            t = t.substring(1).strip();
        }
        return t.isEmpty() ? null : t.length() > TAG_LENGTH ? t.substring(0, TAG_LENGTH).strip() : t;
    }

    /** The key a tag is compared by: "Lille", "lille" and "LILLE" are one tag. */
    public static String tagKey(String tag) {
        String t = tidyTag(tag);
        return t == null ? null : Texts.fold(t);
    }
}
