package org.sillage.importing.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.sillage.domain.ContractType;
import org.sillage.domain.Field;
import org.sillage.domain.PostingFields;

import static org.sillage.importing.read.JsonValues.firstText;
import static org.sillage.importing.read.JsonValues.list;
import static org.sillage.importing.read.JsonValues.nameOf;
import static org.sillage.importing.read.JsonValues.scalar;
import static org.sillage.importing.read.JsonValues.values;

/**
 * Maps a schema.org {@code JobPosting} (from JSON-LD or microdata, both seen as JSON) to the fields it states.
 * Each value gets evidence named {@code <source>.<property>} ({@code jsonld.validThrough}), spanning the value
 * in the page's text when it appears there, else the empty span 0..0.
 */
public final class JobPostingJsonLd {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final int MAX_DEPTH = 30;

    private JobPostingJsonLd() {
    }

    /** The first JobPosting in these JSON-LD blocks (top level, in arrays, in {@code @graph} or nested). */
    public static Optional<JsonNode> find(List<String> blocks) {
        for (String block : blocks) {
            try {
                JsonNode found = findIn(JSON.readTree(block), 0);
                if (found != null) {
                    return Optional.of(found);
                }
            } catch (Exception e) { // NOPMD: a broken block on a web page is skipped, never fatal
                // next block
            }
        }
        return Optional.empty();
    }

    private static JsonNode findIn(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return null;
        }
        if (node.isObject() && isJobPosting(node)) {
            return node;
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                JsonNode found = findIn(child, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isJobPosting(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            String s = t.asText("");
            if (s.equals("JobPosting") || s.endsWith("/JobPosting") || s.endsWith(":JobPosting")) {
                return true;
            }
        }
        return false;
    }

    /** The fields this posting states; {@code source} names the rules ({@code jsonld} or {@code microdata}). */
    public static PostingFields map(JsonNode p, String text, String source) {
        Mapper m = new Mapper(text, source);
        m.text(Field.TITLE, "title", firstText(p.get("title"), p.get("name")));
        m.text(Field.ORGANIZATION, "hiringOrganization", nameOf(p.get("hiringOrganization")));
        m.text(Field.LOCATION, "jobLocation", location(p.get("jobLocation")));
        m.date(Field.POSTED_DATE, "datePosted", scalar(p.get("datePosted")), false);
        m.date(Field.DEADLINE, "validThrough", scalar(p.get("validThrough")), true);
        m.contract(p.get("employmentType"));
        m.text(Field.SALARY_TEXT, "baseSalary", salary(p.get("baseSalary")));
        m.contact(p.get("applicationContact"), p.get("directApply"), scalar(p.get("url")));
        if (values(p.get("jobLocationType")).stream().anyMatch(v -> v.toUpperCase(Locale.ROOT).contains("TELECOMMUTE"))) {
            m.text(Field.REMOTE_TEXT, "jobLocationType", "TELECOMMUTE");
        }
        return m.b.build();
    }

    /** The description (HTML in most pages), for pages whose visible text is empty. */
    public static String description(JsonNode p) {
        return scalar(p.get("description"));
    }

    private static final class Mapper {
        private final PostingFields.Builder b = PostingFields.builder();
        private final String text;
        private final String source;

        Mapper(String text, String source) {
            this.text = text;
            this.source = source;
        }

        void evidence(Field field, String property, String value) {
            int at = value == null || value.isBlank() ? -1 : text.indexOf(value);
            b.evidence(field, Math.max(at, 0), at < 0 ? 0 : at + value.length(), source + "." + property);
        }

        void text(Field field, String property, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            String v = Texts.tidy(value).replaceAll("\\s+", " ");
            switch (field) {
                case TITLE -> b.title(v);
                case ORGANIZATION -> b.organization(v);
                case LOCATION -> b.location(v);
                case SALARY_TEXT -> b.salaryText(v);
                case REMOTE_TEXT -> b.remoteText(v);
                default -> throw new IllegalArgumentException(field.name());
            }
            evidence(field, property, v);
        }

        void date(Field field, String property, String value, boolean withTime) {
            if (value == null || value.isBlank()) {
                return;
            }
            String v = value.strip();
            try {
                if (v.length() <= 10) {
                    LocalDate d = LocalDate.parse(v);
                    set(field, d);
                } else if (v.endsWith("]")) {
                    ZonedDateTime z = ZonedDateTime.parse(v);
                    set(field, z.toLocalDate());
                    time(withTime, z.toLocalDateTime(), z.getZone().getId());
                } else {
                    try {
                        OffsetDateTime o = OffsetDateTime.parse(v);
                        set(field, o.toLocalDate());
                        time(withTime, o.toLocalDateTime(), o.getOffset().getId());
                    } catch (DateTimeParseException noOffset) {
                        LocalDateTime l = LocalDateTime.parse(v);
                        set(field, l.toLocalDate());
                        time(withTime, l, null);
                    }
                }
            } catch (DateTimeParseException e) {
                if (v.length() >= 10 && v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
                    try {
                        set(field, LocalDate.parse(v.substring(0, 10)));
                    } catch (DateTimeParseException stillBad) {
                        return;
                    }
                } else {
                    return;
                }
            }
            evidence(field, property, v);
        }

        private void set(Field field, LocalDate d) {
            if (field == Field.DEADLINE) {
                b.deadline(d);
            } else {
                b.postedDate(d);
            }
        }

        private void time(boolean withTime, LocalDateTime t, String zone) {
            if (!withTime) {
                return;
            }
            b.deadlineTime(t.toLocalTime());
            evidence(Field.DEADLINE_TIME, "validThrough", null);
            if (zone != null) {
                b.deadlineZone(zone);
                evidence(Field.DEADLINE_ZONE, "validThrough", null);
            }
        }

        void contract(JsonNode employmentType) {
            for (String v : values(employmentType)) {
                ContractType type = contractType(v);
                if (type != null) {
                    b.contractType(type);
                    evidence(Field.CONTRACT_TYPE, "employmentType", v);
                    return;
                }
            }
        }

        void contact(JsonNode contact, JsonNode directApply, String url) {
            Set<String> emails = new LinkedHashSet<>();
            String applyUrl = null;
            for (JsonNode c : contact == null ? List.<JsonNode>of() : contact.isArray() ? list(contact) : List.of(contact)) {
                String email = c.isObject() ? scalar(c.get("email")) : scalar(c);
                if (email != null && email.contains("@")) {
                    emails.add(email.replaceFirst("(?i)^mailto:", "").strip().toLowerCase(Locale.ROOT));
                }
                String u = c.isObject() ? scalar(c.get("url")) : null;
                if (applyUrl == null && u != null && !u.isBlank()) {
                    applyUrl = u.strip();
                }
            }
            if (!emails.isEmpty()) {
                b.applicationEmails(new ArrayList<>(emails));
                emails.forEach(e -> evidence(Field.APPLICATION_EMAILS, "applicationContact", e));
            }
            if (applyUrl != null) {
                b.applicationUrl(applyUrl);
                evidence(Field.APPLICATION_URL, "applicationContact", applyUrl);
            } else if (url != null && !url.isBlank() && directApply != null && directApply.asBoolean(false)) {
                b.applicationUrl(url.strip());
                evidence(Field.APPLICATION_URL, "directApply", url.strip());
            }
        }
    }

    /** schema.org employmentType values (and French contract names) to contract types; PART_TIME says nothing. */
    static ContractType contractType(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (v) {
            case "FULL_TIME", "PERMANENT", "CDI" -> ContractType.CDI;
            case "TEMPORARY", "FIXED_TERM", "CDD", "SEASONAL" -> ContractType.CDD;
            case "CONTRACTOR", "FREELANCE" -> ContractType.FREELANCE;
            case "INTERN", "INTERNSHIP", "STAGE" -> ContractType.STAGE;
            case "VOLUNTEER" -> ContractType.VOLUNTEER;
            case "APPRENTICESHIP", "ALTERNANCE" -> ContractType.ALTERNANCE;
            case "OTHER" -> ContractType.OTHER;
            default -> ContractType.fromCode(value).orElse(null);
        };
    }

    private static String location(JsonNode n) {
        Set<String> places = new LinkedHashSet<>();
        for (JsonNode place : n == null ? List.<JsonNode>of() : n.isArray() ? list(n) : List.of(n)) {
            JsonNode address = place.isObject() ? place.get("address") : place;
            String one;
            if (address != null && address.isObject()) {
                List<String> parts = new ArrayList<>();
                for (String key : List.of("addressLocality", "addressRegion", "addressCountry")) {
                    String part = nameOf(address.get(key));
                    if (part != null && !part.isBlank() && !parts.contains(part.strip())) {
                        parts.add(part.strip());
                    }
                }
                one = parts.isEmpty() ? null : String.join(", ", parts);
            } else {
                one = address == null ? nameOf(place) : scalar(address);
            }
            if (one != null && !one.isBlank()) {
                places.add(one.strip());
            }
        }
        return places.isEmpty() ? null : String.join("; ", places);
    }

    private static String salary(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            return scalar(n);
        }
        String currency = scalar(n.get("currency"));
        JsonNode value = n.get("value");
        String amount;
        String unit = null;
        if (value != null && value.isObject()) {
            String min = scalar(value.get("minValue"));
            String max = scalar(value.get("maxValue"));
            String exact = scalar(value.get("value"));
            amount = exact != null ? exact : min != null && max != null ? min + "–" + max : min != null ? min : max;
            unit = scalar(value.get("unitText"));
        } else {
            amount = scalar(value);
        }
        if (amount == null) {
            return null;
        }
        return amount + (currency == null ? "" : " " + currency) + (unit == null ? "" : " / " + unit);
    }

}
