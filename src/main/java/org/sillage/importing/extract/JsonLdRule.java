package org.sillage.importing.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.sillage.domain.ContractType;
import org.sillage.domain.Field;

/**
 * A schema.org {@code JobPosting} in JSON-LD, when the text carries one: its title, hiring organisation,
 * location, dates, employment type and salary take precedence over the other rules.
 */
final class JsonLdRule implements Rule {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonParser.Feature.ALLOW_COMMENTS, true)
            .configure(JsonParser.Feature.ALLOW_TRAILING_COMMA, true);

    @Override
    public String name() {
        return "json-ld";
    }

    @Override
    public void apply(PostingText t) {
        String s = t.text;
        int type = s.indexOf("JobPosting");
        if (type < 0) {
            return;
        }
        int open = s.lastIndexOf('{', type);
        // walk out to the outermost object that holds "@context"
        int ctx = s.lastIndexOf("@context", type);
        if (ctx >= 0) {
            int o = s.lastIndexOf('{', ctx);
            if (o >= 0) {
                open = o;
            }
        }
        if (open < 0) {
            return;
        }
        int close = matchingBrace(s, open);
        if (close < 0) {
            return;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(s.substring(open, close + 1));
        } catch (Exception e) {
            return;
        }
        JsonNode job = findJob(root, 0);
        if (job == null) {
            return;
        }
        text(t, job.path("title"), Field.TITLE, open, close);
        text(t, job.path("hiringOrganization").path("name"), Field.ORGANIZATION, open, close);
        JsonNode loc = job.path("jobLocation");
        if (loc.isArray()) {
            loc = loc.path(0);
        }
        text(t, loc.path("address").path("addressLocality"), Field.LOCATION, open, close);
        date(t, job.path("datePosted"), Field.POSTED_DATE, open, close);
        JsonNode valid = job.path("validThrough");
        if (valid.isTextual()) {
            String v = valid.asText();
            try {
                if (v.length() > 10) {
                    OffsetDateTime odt = OffsetDateTime.parse(v);
                    LocalTime time = odt.toLocalTime();
                    time = time.equals(LocalTime.MIDNIGHT) ? null
                            : time.getSecond() == 59 ? time.withSecond(0) : time.withSecond(0).withNano(0);
                    t.jsonLdDeadline = new PostingText.JsonLdDeadline(odt.toLocalDate(), time, open, close + 1);
                } else {
                    t.jsonLdDeadline = new PostingText.JsonLdDeadline(LocalDate.parse(v), null, open, close + 1);
                }
            } catch (RuntimeException e) {
                // an unreadable date is not reported
            }
        }
        String employment = job.path("employmentType").isArray() ? job.path("employmentType").path(0).asText("")
                : job.path("employmentType").asText("");
        ContractType ct = switch (employment.toUpperCase()) {
            case "CONTRACTOR" -> ContractType.FREELANCE;
            case "INTERN" -> ContractType.STAGE;
            case "VOLUNTEER" -> ContractType.VOLUNTEER;
            case "TEMPORARY" -> ContractType.CDD;
            default -> null;
        };
        if (ct != null) {
            t.out().contractType(ct);
            set(t, Field.CONTRACT_TYPE, open, close);
        }
        if ("TELECOMMUTE".equalsIgnoreCase(job.path("jobLocationType").asText(""))) {
            t.out().remoteText("TELECOMMUTE");
            set(t, Field.REMOTE_TEXT, open, close);
        }
    }

    private static JsonNode findJob(JsonNode n, int depth) {
        if (n == null || depth > 6) {
            return null;
        }
        if (n.isObject() && n.path("@type").asText("").equals("JobPosting")) {
            return n;
        }
        if (n.isArray() || n.isObject()) {
            for (JsonNode c : n) {
                JsonNode r = findJob(c, depth + 1);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        boolean inString = false;
        int max = Math.min(s.length(), open + 200_000);
        for (int i = open; i < max; i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static void text(PostingText t, JsonNode v, Field field, int open, int close) {
        if (!v.isTextual() || v.asText().isBlank()) {
            return;
        }
        String value = v.asText().strip();
        switch (field) {
            case TITLE -> t.out().title(value);
            case ORGANIZATION -> t.out().organization(value);
            case LOCATION -> t.out().location(value);
            default -> {
                return;
            }
        }
        set(t, field, open, close);
    }

    private static void date(PostingText t, JsonNode v, Field field, int open, int close) {
        if (!v.isTextual()) {
            return;
        }
        try {
            LocalDate d = LocalDate.parse(v.asText().length() >= 10 ? v.asText().substring(0, 10) : v.asText());
            t.out().postedDate(d);
            t.postedDate = d;
            set(t, field, open, close);
        } catch (RuntimeException e) {
            // not reported
        }
    }

    private static void set(PostingText t, Field f, int open, int close) {
        t.set(f);
        t.evidence(f, open, close + 1, "json-ld");
    }
}
