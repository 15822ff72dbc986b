package org.sillage.importing.read;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a schema.org {@code JobPosting} written as microdata ({@code itemscope itemtype itemprop}) into
 * the same JSON shape as JSON-LD, so that one mapping serves both.
 */
public final class Microdata {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 30;

    private Microdata() {
    }

    public static Optional<JsonNode> find(Document doc) {
        for (Element e : doc.select("[itemscope][itemtype]")) {
            if (e.attr("itemtype").strip().toLowerCase(Locale.ROOT).endsWith("/jobposting")) {
                return Optional.of(item(e, 0));
            }
        }
        return Optional.empty();
    }

    private static ObjectNode item(Element scope, int depth) {
        ObjectNode node = NODES.objectNode();
        String type = scope.attr("itemtype").strip();
        node.put("@type", type.substring(type.lastIndexOf('/') + 1));
        collect(scope, node, depth);
        return node;
    }

    private static void collect(Element parent, ObjectNode into, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element child : parent.children()) {
            if (child.hasAttr("itemprop")) {
                JsonNode value = child.hasAttr("itemscope") ? item(child, depth + 1) : NODES.textNode(value(child));
                for (String name : child.attr("itemprop").strip().split("\\s+")) {
                    if (!name.isEmpty()) {
                        add(into, name, value);
                    }
                }
            }
            if (!child.hasAttr("itemscope")) {
                collect(child, into, depth + 1);
            }
        }
    }

    private static void add(ObjectNode into, String name, JsonNode value) {
        JsonNode existing = into.get(name);
        if (existing == null) {
            into.set(name, value);
        } else if (existing.isArray()) {
            ((ArrayNode) existing).add(value);
        } else {
            ArrayNode array = NODES.arrayNode();
            array.add(existing);
            array.add(value);
            into.set(name, array);
        }
    }

    private static String value(Element e) {
        return switch (e.normalName()) {
            case "meta" -> e.attr("content");
            case "a", "link", "area" -> e.hasAttr("href") ? e.attr("href") : e.text();
            case "img", "audio", "video", "source", "embed", "iframe" -> e.attr("src");
            case "time" -> e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            case "data", "meter" -> e.attr("value");
            default -> e.hasAttr("content") ? e.attr("content") : e.text();
        };
    }
}
