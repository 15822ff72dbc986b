package org.sillage.importing.read;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading loosely typed schema.org values: a string, a number, an object with a name, or an array of them. */
final class JsonValues {
    private JsonValues() {
    }

    static String nameOf(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : nameOf(n.get(0));
        }
        return n.isObject() ? firstText(n.get("name"), n.get("legalName")) : scalar(n);
    }

    static List<String> values(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : n == null ? List.<JsonNode>of() : n.isArray() ? list(n) : List.of(n)) {
            String s = scalar(v);
            if (s != null) {
                out.addAll(List.of(s.split("\\s*,\\s*")));
            }
        }
        return out;
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    static String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            String s = scalar(n);
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    /** A value as text: strings and numbers as such, {@code @value} objects, the first of an array. */
    static String scalar(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : scalar(n.get(0));
        }
        if (n.isObject()) {
            return n.has("@value") ? scalar(n.get("@value")) : n.has("name") ? scalar(n.get("name")) : null;
        }
        return n.asText();
    }
}
