package org.sillage.importing.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page whose whole text lives in its front matter, nothing below it: the content files of a site builder that
 * keeps each page's blocks as data (Osuny, the French public sector's Hugo sites: « summary », « contents » with
 * their chapters' HTML and a contact block). As a person reads the page: the front matter's short values kept on top
 * (the title, the dates: the rules read them there), then the summary and each block, its title a heading and its
 * HTML read as a page's. A front matter that holds no HTML, or a text below it, is left as it is.
 */
public final class FrontMatterPageText {
    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).disable(YAMLGenerator.Feature.SPLIT_LINES).build());
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s*---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern MARKUP = Pattern.compile("<(?:p|br|li|ul|div|b|strong|h[1-6])\\b[^>]*>|</[a-z]+>",
            Pattern.CASE_INSENSITIVE);
    /** The builder's own machinery in the front matter: paths, ids, layout, the search index's copy of the text. */
    private static final Set<String> NOT_SHOWN = Set.of("search", "contents", "design", "image", "breadcrumbs",
            "translationkey", "header_cta", "contents_reading_time", "hugo", "slug", "url", "permalink", "path", "file",
            "id", "about_id", "kind", "taxonomies");
    /** And in a block: its layout, its place in the page, the summary of it the page's menu shows. */
    private static final Set<String> BLOCK_MACHINERY = Set.of("id", "slug", "kind", "template", "ranks", "top",
            "layout", "alt", "credit", "image", "target_blank");
    /** A short value: a title, a date, a place; longer ones are the page's text. */
    private static final int SHORT = 150;

    private FrontMatterPageText() {
    }

    /** The readable text of {@code text} when its front matter holds the whole page; empty otherwise. */
    public static Optional<String> of(String text, String name) {
        Matcher m = FRONT_MATTER.matcher(text);
        if (!m.find() || !text.substring(m.end()).isBlank() || !MARKUP.matcher(m.group(1)).find()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(m.group(1));
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        Set<String> paragraphs = new LinkedHashSet<>(); // (a summary written twice is read once)
        paragraphs.add(html(root.path("summary").isMissingNode() ? root.path("description") : root.path("summary"), name));
        // the page's categories as its labels: « Contrat : CDI », « Lieu : Campus Art Méditerranée, Luminy »
        for (JsonNode taxonomy : root.path("taxonomies")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (JsonNode category : taxonomy.path("categories")) {
                if (category.path("name").isTextual() && !category.path("name").asText().isBlank()) {
                    names.add(category.path("name").asText().strip());
                }
            }
            if (taxonomy.path("name").isTextual() && !names.isEmpty()) {
                paragraphs.add(taxonomy.path("name").asText().strip() + " : " + String.join(" ; ", names));
            }
        }
        JsonNode contents = root.path("contents");
        if (contents.isArray() && !contents.isEmpty()) {
            for (JsonNode block : contents) {
                String title = block.path("title").isTextual() ? block.path("title").asText().strip() : "";
                if (!title.isEmpty()) {
                    paragraphs.add("## " + title);
                }
                blockText(block.path("data"), name, paragraphs);
            }
        } else {
            paragraphs.add(html(root.path("search").path("body"), name));
        }
        // the page's call to action unless hidden (« Rejoins-nous ! » → mailto:…): a button like a block's
        JsonNode cta = root.path("header_cta");
        if (cta.path("display").asBoolean(true) && cta.path("label").isTextual() && cta.path("target").isTextual()) {
            paragraphs.add(cta.path("label").asText().strip() + "\n" + cta.path("target").asText().strip());
        }
        paragraphs.remove("");
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder("---\n");
        try {
            out.append(MAPPER.writeValueAsString(shortValues((ObjectNode) root, 0)).strip()).append('\n');
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Optional.empty();
        }
        out.append("---\n");
        for (String p : paragraphs) {
            out.append('\n').append(p).append('\n');
        }
        return Optional.of(out.toString());
    }

    /** The front matter's short values without markup, its objects three levels down at most, the builder's machinery left out. */
    private static ObjectNode shortValues(ObjectNode node, int depth) {
        ObjectNode kept = MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            if (NOT_SHOWN.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (v.isObject() && depth < 2) {
                ObjectNode inner = shortValues((ObjectNode) v, depth + 1);
                if (!inner.isEmpty()) {
                    kept.set(e.getKey(), inner);
                }
            } else if (v.isValueNode() && !v.isNull()) {
                // French typography's no-break spaces (« L’Inconnue !») as spaces: written out, YAML escapes them
                // (« \_ »), which the rules would read as a backslash
                String s = v.asText().replace('\u00a0', ' ').replace('\u202f', ' ').strip();
                if (!s.isEmpty() && s.length() <= SHORT && !MARKUP.matcher(s).find() && s.indexOf('\n') < 0) {
                    kept.put(e.getKey(), s);
                }
            }
        }
        return kept;
    }

    /**
     * A block's data as it shows: its HTML read as a page's, and its short texts (a contact's name, an address, a
     * phone number, a website) each on its line, in the order they come; a value also given as HTML is read once.
     */
    private static void blockText(JsonNode data, String name, Set<String> paragraphs) {
        if (data.isTextual()) {
            String s = data.asText().strip();
            if (MARKUP.matcher(s).find()) {
                paragraphs.add(html(data, name));
            } else if (!s.isEmpty()) {
                paragraphs.add(s);
            }
            return;
        }
        if (data.isArray()) {
            for (JsonNode item : data) {
                blockText(item, name, paragraphs);
            }
            return;
        }
        if (!data.isObject()) {
            return;
        }
        boolean hasText = data.path("text").isTextual() && !data.path("text").asText().isBlank();
        for (Map.Entry<String, JsonNode> e : data.properties()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            if (BLOCK_MACHINERY.contains(key) || key.equals("data") && hasText || key.equals("html") && hasText
                    || key.equals("label") && data.has("value")) {
                continue; // (an address's parts beside its text, its HTML beside it, a link's label beside its target)
            }
            blockText(e.getValue(), name, paragraphs);
        }
    }

    private static String html(JsonNode value, String name) {
        if (!value.isTextual() || value.asText().isBlank()) {
            return "";
        }
        String s = value.asText();
        if (!MARKUP.matcher(s).find()) {
            return s.strip();
        }
        try {
            return HtmlReader.fragmentText(s, name).strip();
        } catch (org.sillage.domain.UserException e) {
            return ""; // markup and no word (a summary of « <br> »)
        }
    }
}
