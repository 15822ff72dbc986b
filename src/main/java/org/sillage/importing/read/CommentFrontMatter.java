package org.sillage.importing.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's front matter kept in an HTML comment at its top, as Wiki.js stores its pages in Git
 * (« <!--\ntitle: Vacancy: …\ndate: 2020-06-26T09:46:38Z\n--> »): read as the YAML front matter it is, so that the
 * page's title and dates reach the rules instead of being dropped with the comments.
 */
public final class CommentFrontMatter {
    private static final Pattern HEADER = Pattern.compile(
            "\\A\\s*<!--[ \\t]*\\r?\\n((?:[ \\t]*[A-Za-z][A-Za-z0-9_-]*:[^\\n]*\\r?\\n){2,30})[ \\t]*-->[ \\t]*(?:\\r?\\n|\\z)");
    /** Keys of which one at least says it is a page's front matter, not a comment that happens to hold colons. */
    private static final Pattern PAGE_KEY = Pattern.compile("(?m)^[ \\t]*(?:title|date|published|dateCreated|description):");
    private static final Pattern KEY_VALUE = Pattern.compile("(?m)^([ \\t]*[A-Za-z][A-Za-z0-9_-]*):[ \\t]*(.*?)[ \\t]*$");

    private CommentFrontMatter() {
    }

    /** {@code text}'s leading comment as a YAML front matter ({@code ---} fenced) and the rest; empty when it has none. */
    public static Optional<Split> of(String text) {
        Matcher m = HEADER.matcher(text);
        if (!m.find() || !PAGE_KEY.matcher(m.group(1)).find()) {
            return Optional.empty();
        }
        StringBuilder yaml = new StringBuilder("---\n");
        Matcher kv = KEY_VALUE.matcher(m.group(1));
        while (kv.find()) {
            String value = kv.group(2);
            yaml.append(kv.group(1)).append(':');
            if (!value.isEmpty()) {
                // quoted, so that a value with its own colon (« Vacancy: Communications Coordinator ») stays one value
                yaml.append(" \"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            yaml.append('\n');
        }
        yaml.append("---\n");
        return Optional.of(new Split(yaml.toString(), text.substring(m.end())));
    }

    /** The front matter, fenced, and the text after the comment. */
    public record Split(String frontMatter, String rest) {
    }
}
