package org.sillage.importing.read;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main content of a page as text. Drops what is never the posting (scripts, styles, forms, navigation,
 * page headers and footers, asides, hidden parts, lists of links), then takes {@code <main>}, else the
 * {@code <article>} holding most of the text, else goes down from {@code <body>} while one child holds
 * most of the remaining text, stopping at the first block with paragraphs of its own, so that a posting
 * split in several blocks is never cut.
 */
final class MainContent {
    private static final String NEVER_CONTENT = "script, style, noscript, template, nav, aside, form, iframe, svg, "
            + "canvas, button, select, input, textarea, object, embed, dialog, head, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]";
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "header", "footer", "dl", "fieldset",
            "address", "figure", "hr", "center");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "caption", "figcaption");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Pattern APPLY = Pattern.compile("(?i)postul|candidat|apply|application|répondre|repondre");
    /** Online forms' addresses: whatever a link to one says, where it leads is worth reading. */
    private static final Pattern FORM_LINK = Pattern.compile("(?i)docs\\.google\\.com/forms|forms\\.gle/|typeform\\.com/"
            + "|forms\\.office\\.com|framaforms\\.org|jotform\\.com|tally\\.so/");
    private static final Pattern LEADING_SPACES = Pattern.compile("\\n[ \\t]+");

    private MainContent() {
    }

    static String text(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        keepFileFields(body);
        body.select(NEVER_CONTENT).remove();
        dropPermalinkSigns(body);
        Element hero = heroHeading(body);
        for (Element e : body.select("header, footer")) {
            if (e.closest("main, article") == null) {
                e.remove();
            }
        }
        for (Element e : body.select("ul, ol, div, section, table, p")) {
            if (e.parent() != null && isLinkList(e)) {
                e.remove();
            }
        }
        Element root = root(body);
        String text = toText(root);
        Element heading = titleHeading(doc, body, root);
        if (heading != null) {
            // a page's title in a header block of its own, apart from the block the text comes from
            text = heading.text().strip() + "\n\n" + text;
        } else if (hero != null && root.select("h1").isEmpty()) {
            text = hero.text().strip() + "\n\n" + text;
        }
        StringBuilder facts = new StringBuilder();
        for (Element dl : body.select("dl")) {
            if (dl != root && !dl.parents().contains(root) && !root.parents().contains(dl) && isFactList(dl)) {
                facts.append("\n\n").append(toText(dl));
            }
        }
        return facts.length() == 0 ? text : Texts.tidy(text + facts);
    }

    /** A sign alone that a documentation page's heading links to itself with (« ¶ », « # », « § », « 🔗 »). */
    private static final Pattern PERMALINK_SIGN = Pattern.compile("[¶#§🔗]");

    /**
     * Removes the links a heading carries to its own section whose text is a sign only (Sphinx's and MkDocs's
     * « ¶ »): read as text, the title ended with it.
     */
    private static void dropPermalinkSigns(Element body) {
        for (Element a : body.select("h1 a[href^=#], h2 a[href^=#], h3 a[href^=#], h4 a[href^=#], h5 a[href^=#], "
                + "h6 a[href^=#]")) {
            if (PERMALINK_SIGN.matcher(a.text().strip()).matches()) {
                a.remove();
            }
        }
    }

    /**
     * The page's own title as a heading outside {@code root}: the first {@code h1} or {@code h2} whose words the
     * page's {@code <title>} holds ("Research Associate in …" in a header section, the text in the post's block).
     * Null when {@code root} holds it, or when no heading is the page's title.
     */
    private static Element titleHeading(Document doc, Element body, Element root) {
        String title = SPACES.matcher(doc.title()).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
        if (title.isEmpty() && doc.selectFirst("head > title") == null) {
            // a template's page (PHP, Blade) without a head of its own: the one heading before the text is its title
            Elements before = body.select("h1, h2");
            Element first = before.isEmpty() ? null : before.first();
            return first != null && first.text().strip().length() >= 8 && first.text().length() <= 150
                    && first != root && !first.parents().contains(root) && !root.parents().contains(first)
                    && root.select("h1").isEmpty() && precedes(first, root) ? first : null;
        }
        if (title.length() < 8) {
            return null;
        }
        for (Element h : body.select("h1, h2")) {
            String words = SPACES.matcher(h.text()).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
            if (words.length() >= 8 && words.length() <= 200 && title.contains(words)) {
                return h == root || h.parents().contains(root) || root.parents().contains(h) ? null : h;
            }
        }
        return null;
    }

    /**
     * The page's one {@code h1}, when a page header outside {@code <main>} and {@code <article>} holds it and it is
     * not a link (a site's name in its logo is): a landing page's "hero" that names the job above the text, which
     * goes with the header. Null otherwise.
     */
    private static Element heroHeading(Element body) {
        Elements h1 = body.select("h1");
        if (h1.size() != 1) {
            return null;
        }
        Element h = h1.first();
        String words = h.text().strip();
        return h.closest("header") != null && h.closest("main, article") == null && h.closest("a") == null
                && h.selectFirst("a, img") == null && words.length() >= 8 && words.length() <= 150 ? h : null;
    }

    /** Whether {@code a} comes before {@code b} in the document's order. */
    private static boolean precedes(Element a, Element b) {
        for (Element e : a.root().getAllElements()) {
            if (e == a) {
                return true;
            }
            if (e == b) {
                return false;
            }
        }
        return false;
    }

    /**
     * « Charger un CV* », "Cover letter (required)": an application form's file fields name the documents to send.
     * Each field's label is kept as a line of its own in place of the form, which is dropped like any other.
     */
    private static void keepFileFields(Element body) {
        for (Element form : body.select("form")) {
            Elements files = form.select("input[type=file]");
            if (files.isEmpty() || files.size() > 10) {
                continue;
            }
            Element kept = new Element("div");
            for (Element input : files) {
                Element label = input.id().isEmpty() ? null : form.selectFirst("label[for=" + input.id() + "]");
                if (label == null) {
                    label = input.closest("label");
                }
                String text = label == null ? "" : label.text().strip();
                if (!text.isEmpty() && text.length() <= 80) {
                    kept.appendElement("p").text(text);
                }
            }
            if (kept.childrenSize() > 0) {
                form.before(kept);
            }
        }
    }

    /** Terms of a posting's key facts: a closing date, a place, a salary, a contract. */
    private static final Pattern FACT_TERM = Pattern.compile("(?iu)closing|deadline|apply by|date limite|clôture|cloture"
            + "|location|lieu|localisation|salary|salaire|rémunération|remuneration|contract|contrat|sluit|locatie|plaats"
            + "|salaris|dienstverband|start");

    /**
     * A definition list of the posting's key facts beside the main content (« Closing Date 28th May 2021 at 5pm »,
     * "Location Silsden"): job boards put them in a side column, which the main content leaves out.
     */
    private static boolean isFactList(Element dl) {
        Elements terms = dl.select("dt");
        if (terms.isEmpty() || terms.size() > 20 || dl.text().length() > 2000) {
            return false;
        }
        for (Element dt : terms) {
            if (dt.text().length() <= 40 && FACT_TERM.matcher(dt.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code parent} holds, outside {@code child}, a table or list of the posting's key facts (« Location |
     * Kisemvule », « Closing Date | 15th January 2014 »): the block that holds both is the posting.
     */
    private static boolean factsBeside(Element parent, Element child) {
        for (Element e : parent.select("table, dl")) {
            if (e.closest("table, dl") == e && !e.parents().contains(child) && e != child
                    && (e.normalName().equals("dl") ? isFactList(e) : isFactTable(e))) {
                return true;
            }
        }
        return false;
    }

    /** A table of label and value rows, one label at least a key fact's. */
    private static boolean isFactTable(Element table) {
        Elements rows = table.select("tr");
        if (rows.isEmpty() || rows.size() > 20 || table.text().length() > 2000) {
            return false;
        }
        for (Element row : rows) {
            Element label = row.child(0);
            if (row.childrenSize() == 2 && label.text().length() <= 40 && FACT_TERM.matcher(label.text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static Element root(Element body) {
        Comparator<Element> bySize = Comparator.comparingInt(e -> e.text().length());
        Elements mains = body.select("main, [role=main]");
        if (!mains.isEmpty()) {
            return mains.stream().max(bySize).orElseThrow();
        }
        int total = body.text().length();
        Element article = body.select("article").stream().max(bySize).orElse(null);
        if (article != null && article.text().length() * 2 >= total) {
            return article;
        }
        Element current = body;
        for (int depth = 0; depth < 100 && !holdsParagraphs(current); depth++) {
            int size = contentLength(current);
            Element next = current.children().stream().max(Comparator.comparingInt(MainContent::contentLength)).orElse(null);
            if (next == null || contentLength(next) * 4 < size * 3 || factsBeside(current, next)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /** A block with text or paragraphs of its own is the content itself: never go below it. */
    private static boolean holdsParagraphs(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()
                    || child instanceof Element c && (PARAGRAPHS.contains(c.normalName()) && !c.normalName().equals("div")
                    && !c.normalName().equals("section") || c.normalName().equals("br"))) {
                return true;
            }
        }
        return false;
    }

    /** Characters of text that are not link text. */
    private static int contentLength(Element e) {
        int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.max(0, e.text().length() - links);
    }

    /** Three links or more, and almost nothing else: a menu, breadcrumbs, "similar offers". */
    private static boolean isLinkList(Element e) {
        Elements links = e.select("a[href]");
        if (links.size() < 3) {
            return false;
        }
        int text = e.text().length();
        int linkText = links.stream().mapToInt(a -> a.text().length()).sum();
        return text > 0 && linkText * 10 >= text * 8;
    }

    /** Text with paragraphs as blank lines and {@code <br>} and list items as line breaks. */
    static String toText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element parent = t.parent();
                    boolean pre = parent != null && parent.closest("pre") != null;
                    sb.append(pre ? t.getWholeText() : SPACES.matcher(t.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("br")) {
                        sb.append('\n');
                    } else if (PARAGRAPHS.contains(name)) {
                        sb.append("\n\n");
                    } else if (LINES.contains(name)) {
                        sb.append('\n');
                    } else if (name.equals("td") || name.equals("th")) {
                        sb.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String name = e.normalName();
                    if (PARAGRAPHS.contains(name)) {
                        sb.append("\n\n");
                    } else if (LINES.contains(name)) {
                        sb.append('\n');
                    } else if (name.equals("a")) {
                        appendTarget(e, sb);
                    }
                }
            }
        }, root);
        return Texts.tidy(LEADING_SPACES.matcher(sb).replaceAll("\n"));
    }

    /** A mail address or an application link hidden behind words is written out, so rules can read it. */
    private static void appendTarget(Element a, StringBuilder sb) {
        String href = a.attr("href").strip();
        String text = a.text();
        if (href.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            String address = href.substring(7).split("\\?", 2)[0];
            if (!address.isBlank() && !text.contains(address)) {
                sb.append(" (").append(address).append(')');
            }
        } else if (href.matches("(?i)https?://.+") && !text.contains(href)
                && (APPLY.matcher(text).find() || FORM_LINK.matcher(href).find())) {
            // a link to apply, and any link to a form (« Apply by filling in our form »: the sentence says what for)
            sb.append(" (").append(href).append(')');
        }
    }
}
