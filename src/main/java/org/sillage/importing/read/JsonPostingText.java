package org.sillage.importing.read;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sillage.domain.UserException;

/**
 * A posting kept as a JSON object (a site's data file, a job board's export, a JobPosting saved alone): its text as
 * a person reads it. The short fields become a front matter on top (the rules read it: title, date, salary…), a
 * nested object by its {@code name} ("hiringOrganization"), then the longest text, its HTML read as a page's. Any other text, and an object without a long text, are left as they are.
 */
public final class JsonPostingText {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();
    /** A text this long at least is the posting's own (a title, a date or a salary are shorter). */
    private static final int BODY_AT_LEAST = 200;
    private static final Set<String> NOT_SHOWN = Set.of("id", "@context", "@type", "image", "logo", "icon", "slug");

    private JsonPostingText() {
    }

    /**
     * The readable text of {@code text} when it is one JSON object holding a posting's text (alone, or alone in a list);
     * empty otherwise.
     *
     * @throws UserException when the text is a JSON list of several objects: records, not one posting
     */
    public static Optional<String> of(String text, String name) {
        String s = text.strip();
        if (s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip(); // an object copied out of a list of them
        }
        boolean list = s.startsWith("[") && s.endsWith("]");
        if (!list && (!s.startsWith("{") || !s.endsWith("}"))) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(s);
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (root != null && root.isArray() && root.size() > 0 && allObjects(root)) {
            if (root.size() > 1) {
                // a list of records (a job board's export, a tool's output) is not one posting: read as text, its
                // keys and quotes would become a title
                throw new UserException("error.import.json_list", name, root.size());
            }
            root = root.get(0); // one posting copied with its list's brackets
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        String bodyKey = null;
        int longest = BODY_AT_LEAST - 1;
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (e.getValue().isTextual() && e.getValue().asText().length() > longest) {
                longest = e.getValue().asText().length();
                bodyKey = e.getKey();
            }
        }
        if (bodyKey == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder("---\n");
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String key = e.getKey().strip();
            JsonNode v = e.getValue();
            String value = v.isValueNode() ? v.asText() : v.isObject() && v.path("name").isTextual() ? v.path("name").asText() : null;
            if (key.equals(bodyKey) || value == null || value.isBlank() || value.length() > 150 || value.contains("\n")
                    || NOT_SHOWN.contains(key.toLowerCase(Locale.ROOT)) || !key.matches("[A-Za-z_@][A-Za-z0-9_ -]{0,40}")) {
                continue;
            }
            // a YAML front matter, each value quoted as JSON writes it (YAML reads that), whatever it holds
            out.append(key.toLowerCase(Locale.ROOT)).append(": ").append(quoted(value.strip())).append('\n');
        }
        out.append("---\n");
        String body = root.get(bodyKey).asText();
        if (body.contains("</") || body.contains("<br") || body.contains("<p>")) {
            body = HtmlReader.fragmentText(body, name);
        }
        out.append('\n').append(body.strip()).append('\n');
        return Optional.of(out.toString());
    }

    private static boolean allObjects(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(String v) {
        try {
            return MAPPER.writeValueAsString(v);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
