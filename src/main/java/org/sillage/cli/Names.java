package org.sillage.cli;

/** File names as printed: control and bidirectional-override characters escaped, so none can disguise a line. */
final class Names {
    private Names() {
    }

    static String printable(Object name) {
        if (name == null) {
            return "";
        }
        String s = name.toString();
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hidden = Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
            if (hidden && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                if (!hidden) {
                    b.append(c);
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\r') {
                    b.append("\\r");
                } else if (c == '\t') {
                    b.append("\\t");
                } else {
                    b.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
