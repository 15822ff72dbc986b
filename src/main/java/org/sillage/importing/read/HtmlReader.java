package org.sillage.importing.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sillage.domain.PostingFields;
import org.sillage.domain.UserException;

/**
 * Reads a web page: its main content as text (navigation, headers, footers, forms and scripts dropped; no
 * script is ever run) and, when the page states a schema.org JobPosting in JSON-LD or microdata, its fields.
 */
public final class HtmlReader {
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private HtmlReader() {
    }

    /** The text of a page and the fields it states (null when it states none). */
    public record Result(String text, PostingFields structured, org.sillage.importing.TextStructure structure) {
        public Result(String text, PostingFields structured) {
            this(text, structured, org.sillage.importing.TextStructure.NONE);
        }
    }

    public static Result read(byte[] bytes, String name) {
        return readString(decode(bytes), name);
    }

    private static final Pattern TEMPLATE_PAGE = Pattern.compile("^\\s*(?:<!--.*?-->\\s*)*<template\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A template's own code: « {{ app_svg('x') }} », « {% if %} », « <?php … ?> », Blade's « @extends('layout') » lines. */
    private static final Pattern TEMPLATE_CODE = Pattern.compile(
            "\\{\\{.{0,300}?\\}\\}|\\{!!.{0,300}?!!\\}|\\{%.{0,300}?%\\}|\\{#.{0,300}?#\\}|<\\?(?:php|=).{0,2000}?\\?>"
            + "|(?m)^[ \\t]*@(?:extends|section|endsection|stop|show|include|yield|if|elseif|else|endif|unless|endunless"
            + "|foreach|endforeach|for|endfor|php|endphp|csrf|push|endpush|component|endcomponent|slot|endslot)\\b[^\\n]*",
            Pattern.DOTALL);

    /** The page without its template's code (a server page kept as its source), which is never text to read. */
    static String withoutTemplateCode(String html) {
        if (html.indexOf("{{") < 0 && html.indexOf("{%") < 0 && html.indexOf("{!!") < 0 && html.indexOf("<?") < 0
                && html.indexOf('@') < 0) {
            return html;
        }
        return TEMPLATE_CODE.matcher(html).replaceAll(" ");
    }

    /** The text of a page's fragment (a field's HTML: « <p>…</p><ul>…</ul> ») as a page's body would read. */
    public static String fragmentText(String html, String name) {
        return readString("<html><body>" + html + "</body></html>", name).text();
    }

    public static Result readString(String html, String name) {
        java.util.Optional<CommentFrontMatter.Split> header = CommentFrontMatter.of(html);
        if (header.isPresent()) {
            html = header.get().rest(); // (a Wiki.js page: its front matter in a comment, put back on top below)
        }
        Matcher template = TEMPLATE_PAGE.matcher(html);
        if (template.find()) {
            // a component's page (Vue, Svelte): its template is the page, not a fragment kept for scripts
            int close = html.toLowerCase(Locale.ROOT).lastIndexOf("</template>");
            html = "<div" + html.substring(template.end(), close > template.end() ? close : html.length())
                    + "</div>" + (close > template.end() ? html.substring(close + "</template>".length()) : "");
        }
        html = withoutTemplateCode(html);
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        List<String> blocks = doc.select("script[type~=(?i)application/ld\\+json]").stream().map(Element::data).toList();
        Optional<JsonNode> posting = JobPostingJsonLd.find(blocks);
        String source = "jsonld";
        if (posting.isEmpty()) {
            posting = Microdata.find(doc);
            source = "microdata";
        }
        List<String> addresses = pageAddresses(doc);
        String text = MainContent.text(doc);
        if (posting.isPresent()) {
            String description = JobPostingJsonLd.description(posting.get());
            String described = description == null ? "" : MainContent.text(Jsoup.parseBodyFragment(description));
            if (described.length() > 2 * text.length()) {
                // pages built by scripts show nothing without them; the posting's description is the text
                text = described;
            }
        }
        if (text.isBlank()) {
            throw new UserException("error.import.empty", name);
        }
        if (header.isPresent()) {
            text = header.get().frontMatter() + "\n" + text;
        }
        String finalText = text;
        String rules = source;
        PostingFields structured = posting.map(p -> JobPostingJsonLd.map(p, finalText, rules)).orElse(null);
        return new Result(text, structured, structure(doc, text, addresses, structured == null ? null : structured.postedDate()));
    }

    /** Where a page keeps its postal address: its footer, an {@code <address>}, a contact block. */
    private static final String ADDRESS_PARTS = "footer, address, [role=contentinfo], [class*=footer], [id*=footer], "
            + "[class*=contact], [id*=contact], [class*=address], [class*=adres]";

    /**
     * The words of the parts of a page that hold its postal address (its footer, an {@code <address>}, a contact
     * block), outermost first, before the main content leaves them out: the workplace of a shop or a small body
     * that names its town nowhere else.
     */
    private static List<String> pageAddresses(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        for (Element e : body.select(ADDRESS_PARTS)) {
            if (out.size() >= 4) {
                break;
            }
            String words = e.text();
            if (words.length() >= 6 && words.length() <= 600 && words.chars().anyMatch(Character::isDigit)
                    && out.stream().noneMatch(o -> o.contains(words))) {
                out.add(words);
            }
        }
        return out;
    }

    /**
     * The page's title as it states it (its first {@code h1}, else {@code og:title} and {@code <title>}),
     * its headings and the {@code mailto:} targets of its links, found in the text read, and the day it was
     * published when its posting's data states it.
     */
    static org.sillage.importing.TextStructure structure(Document doc, String text, List<String> addresses,
                                                         java.time.LocalDate published) {
        org.sillage.importing.TextStructure.Builder b = new org.sillage.importing.TextStructure.Builder();
        addresses.forEach(b::pageAddress);
        b.published(published);
        int n = 0;
        for (Element e : doc.select("h1, h2, h3, h4, h5, h6, th, a[href]")) {
            if (n++ > 300) {
                break;
            }
            String tag = e.normalName();
            if (tag.equals("th")) {
                // « <thead><tr><th>Postuler</th></tr></thead> »: a table's lone header cell heads what the table holds
                Element row = e.parent();
                if (row != null && row.children().size() == 1 && e.text().length() <= 60 && !e.text().isBlank()) {
                    b.block(org.sillage.importing.TextStructure.Kind.HEADING, 4, e.text());
                }
            } else if (tag.equals("a")) {
                String href = e.attr("href").strip();
                if (href.regionMatches(true, 0, "mailto:", 0, 7)) {
                    b.link(e.text(), href.substring(7));
                }
            } else {
                b.block(org.sillage.importing.TextStructure.Kind.HEADING, tag.charAt(1) - '0', e.text());
            }
        }
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null) {
            b.metaTitle(og.attr("content"));
        }
        Element title = doc.selectFirst("head > title");
        if (title != null) {
            b.metaTitle(title.text());
        }
        for (String q : new String[] {"meta[property=og:site_name]", "meta[name=application-name]", "meta[name=author]",
            "meta[name=AUTHOR]", "meta[name=owner]", "meta[name=OWNER]"}) {
            Element site = doc.selectFirst(q);
            if (site != null) {
                b.siteName(site.attr("content"));
            }
        }
        return b.build(text);
    }

    /** The page's charset: its BOM, else its meta tag, else as plain text is detected. */
    static String decode(byte[] bytes) {
        PlainTextReader.Detected d = PlainTextReader.detect(bytes);
        if (d.bomLength() == 0 && (d.charset() == null || !d.charset().name().startsWith("UTF-16"))) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                try {
                    Charset declared = Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
                    if (!declared.equals(StandardCharsets.UTF_8) || d.charset() == StandardCharsets.UTF_8) {
                        return Texts.normalizeLineBreaks(new String(bytes, declared));
                    }
                } catch (IllegalArgumentException unknown) {
                    // fall back to detection
                }
            }
        }
        return Texts.normalizeLineBreaks(PlainTextReader.decode(bytes, d));
    }
}
