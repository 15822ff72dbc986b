package org.sillage.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a reader knows of a text beyond its characters, handed to the rules with the text: the document's
 * title as its format marks it (the largest or boldest text at the top of a PDF's first page, a Word or
 * OpenDocument title or heading style, an HTML {@code h1}, {@code <title>} or {@code og:title}), its headings,
 * and the targets of its links ({@code mailto:} addresses that differ from the link's words).
 *
 * <p>A mark's {@code start}/{@code end} point into the text the reader returned (the text the user sees),
 * or are both -1 when the value is not part of that text (an HTML {@code <title>}); {@code value} is always
 * the mark's words, or the link's target.
 */
public record TextStructure(List<Mark> marks) {

    /** Nothing known beyond the text: what pasted text and plain-text files give. */
    public static final TextStructure NONE = new TextStructure(List.of());

    /** The kinds of mark, from the strongest sign of a title to a link. */
    public enum Kind {
        /** The document's title as its format states it (PDF largest/bold first text, Title style, h1). */
        TITLE,
        /** A section heading, {@code level} 1 to 6. */
        HEADING,
        /** A title the document states outside its text (HTML {@code <title>}, {@code og:title}). */
        META_TITLE,
        /** A link's target ({@code mailto:} address), its words at start/end. */
        LINK,
        /** The publisher a page names outside its text ({@code og:site_name}, {@code author}, {@code application-name}). */
        SITE_NAME,
        /** A postal address the page gives outside its text (its footer, an {@code <address>}): its words. */
        PAGE_ADDRESS,
        /** The day the page states it was published outside its text (JSON-LD {@code datePosted}), ISO. */
        PUBLISHED
    }

    /** One mark: its kind, its span in the text (or -1, -1), its level (headings) and its value. */
    public record Mark(Kind kind, int start, int end, int level, String value) {
    }

    public TextStructure {
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }

    /** The marks of one kind, in the order the reader found them. */
    public List<Mark> of(Kind kind) {
        List<Mark> r = new ArrayList<>();
        for (Mark m : marks) {
            if (m.kind() == kind) {
                r.add(m);
            }
        }
        return r;
    }

    /**
     * These marks, made on {@code from}, found again in {@code to}: a text with the same words and other whitespace (a
     * file read again by a newer reader that joins or splits its lines differently). A mark whose words are not found
     * again is dropped.
     */
    public TextStructure rebase(String from, String to) {
        List<Mark> out = new ArrayList<>();
        int next = 0;
        for (Mark m : marks) {
            if (m.start() < 0) {
                out.add(m);
                continue;
            }
            int[] span = Builder.find(to, from.substring(m.start(), m.end()), next);
            if (span == null) {
                span = Builder.find(to, from.substring(m.start(), m.end()), 0);
            }
            if (span != null) {
                if (m.kind() != Kind.LINK) {
                    next = span[1];
                }
                out.add(new Mark(m.kind(), span[0], span[1], m.level(), m.value()));
            }
        }
        return new TextStructure(out);
    }

    /**
     * Builds marks from the words a reader saw in a block, found again in the final text (readers tidy
     * their text after collecting it, so offsets are taken at the end): each value is looked for from
     * where the previous one was found, whitespace of any kind matching any whitespace.
     */
    public static final class Builder {
        private final List<Pending> pending = new ArrayList<>();

        private record Pending(Kind kind, int level, String words, String value) {
        }

        /** A block of the text (its words as the reader saw them) marked as {@code kind}. */
        public Builder block(Kind kind, int level, String words) {
            String w = words == null ? "" : words.strip();
            if (!w.isEmpty() && w.length() <= 400) {
                pending.add(new Pending(kind, level, w, null));
            }
            return this;
        }

        /** As {@link #block}, placed before every mark added so far (a title found after the text was read). */
        public Builder blockFirst(Kind kind, int level, String words) {
            String w = words == null ? "" : words.strip();
            if (!w.isEmpty() && w.length() <= 400) {
                pending.add(0, new Pending(kind, level, w, null));
            }
            return this;
        }

        /** A link whose words are {@code words} and whose target is {@code target}. */
        public Builder link(String words, String target) {
            if (words != null && target != null && !words.isBlank() && words.length() <= 400) {
                pending.add(new Pending(Kind.LINK, 0, words.strip(), target.strip()));
            }
            return this;
        }

        /** A title stated outside the text ({@code <title>}, {@code og:title}). */
        /** The name of the site or publisher the page states in its head. */
        public Builder siteName(String value) {
            if (value != null && !value.isBlank() && value.length() <= 200) {
                pending.add(new Pending(Kind.SITE_NAME, 0, null, value.strip().replaceAll("\\s+", " ")));
            }
            return this;
        }

        /** The words of a page's part that holds its postal address and that the text leaves out (a footer). */
        public Builder pageAddress(String value) {
            if (value != null && !value.isBlank() && value.length() <= 600) {
                pending.add(new Pending(Kind.PAGE_ADDRESS, 0, null, value.strip().replaceAll("\\s+", " ")));
            }
            return this;
        }

        /** The day the page states it was published outside its text, for the year of a date without one. */
        public Builder published(java.time.LocalDate day) {
            if (day != null) {
                pending.add(new Pending(Kind.PUBLISHED, 0, null, day.toString()));
            }
            return this;
        }

        public Builder metaTitle(String value) {
            if (value != null && !value.isBlank() && value.length() <= 400) {
                pending.add(new Pending(Kind.META_TITLE, 0, null, value.strip().replaceAll("\\s+", " ")));
            }
            return this;
        }

        public TextStructure build(String text) {
            if (pending.isEmpty() || text == null) {
                return NONE;
            }
            List<Mark> marks = new ArrayList<>();
            int from = 0;
            for (Pending p : pending) {
                if (p.words == null) {
                    marks.add(new Mark(p.kind, -1, -1, p.level, p.value));
                    continue;
                }
                int[] span = find(text, p.words, from);
                if (span == null && from > 0) {
                    span = find(text, p.words, 0);
                }
                if (span == null) {
                    continue;
                }
                if (p.kind != Kind.LINK) {
                    from = span[1];
                }
                marks.add(new Mark(p.kind, span[0], span[1], p.level,
                        p.value != null ? p.value : text.substring(span[0], span[1]).replaceAll("\\s+", " ")));
                if (marks.size() >= 500) {
                    break;
                }
            }
            return new TextStructure(marks);
        }

        /** Where {@code words} occur in {@code text} from {@code from}, any run of whitespace matching any other. */
        static int[] find(String text, String words, int from) {
            String[] tokens = words.split("\\s+");
            if (tokens.length == 0 || tokens[0].isEmpty()) {
                return null;
            }
            int guard = 0;
            for (int i = text.indexOf(tokens[0], from); i >= 0 && guard++ < 50; i = text.indexOf(tokens[0], i + 1)) {
                int p = i + tokens[0].length();
                boolean ok = true;
                for (int k = 1; k < tokens.length && ok; k++) {
                    int q = p;
                    while (q < text.length() && Character.isWhitespace(text.charAt(q))) {
                        q++;
                    }
                    ok = q > p && text.startsWith(tokens[k], q);
                    p = q + tokens[k].length();
                }
                if (ok) {
                    return new int[] {i, p};
                }
            }
            return null;
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Mark m : marks) {
            b.append(m.kind().name().toLowerCase(Locale.ROOT)).append(m.level() > 0 ? m.level() : "")
                    .append('[').append(m.start()).append(',').append(m.end()).append("] ").append(m.value()).append('\n');
        }
        return b.toString();
    }
}
