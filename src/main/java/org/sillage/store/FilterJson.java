package org.sillage.store;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sillage.domain.ApplicationFilter;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ContractType;

/**
 * A saved filter's criteria as JSON: one key per criterion that is set. Reading skips keys and values it
 * does not know (a filter saved by a later version, with a tag or a job seeker), rather than failing.
 */
final class FilterJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FilterJson() {
    }

    static String write(ApplicationFilter f) {
        ObjectNode o = MAPPER.createObjectNode();
        if (!f.statuses().isEmpty()) {
            var a = o.putArray("statuses");
            EnumSet.copyOf(f.statuses()).forEach(s -> a.add(s.name()));
        }
        if (f.deadlineFrom() != null) {
            o.put("deadlineFrom", f.deadlineFrom().toString());
        }
        if (f.deadlineTo() != null) {
            o.put("deadlineTo", f.deadlineTo().toString());
        }
        if (f.expiredOnly()) {
            o.put("expiredOnly", true);
        }
        if (!f.contractTypes().isEmpty()) {
            var a = o.putArray("contractTypes");
            EnumSet.copyOf(f.contractTypes()).forEach(t -> a.add(t.name()));
        }
        if (f.organization() != null) {
            o.put("organization", f.organization());
        }
        if (f.words() != null) {
            o.put("words", f.words());
        }
        if (f.tag() != null) {
            o.put("tag", f.tag());
        }
        return o.toString();
    }

    static ApplicationFilter read(String json) {
        JsonNode o;
        try {
            o = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            org.slf4j.LoggerFactory.getLogger(FilterJson.class).warn("Unreadable saved filter {}", json, e);
            return ApplicationFilter.NONE;
        }
        Set<ApplicationStatus> statuses = EnumSet.noneOf(ApplicationStatus.class);
        o.path("statuses").forEach(n -> ApplicationStatus.parse(n.asText()).ifPresent(statuses::add));
        Set<ContractType> types = EnumSet.noneOf(ContractType.class);
        o.path("contractTypes").forEach(n -> ContractType.fromCode(n.asText()).ifPresent(types::add));
        return new ApplicationFilter(statuses, date(o, "deadlineFrom"), date(o, "deadlineTo"),
                o.path("expiredOnly").asBoolean(false), types, text(o, "organization"), text(o, "words"), false,
                text(o, "tag"));
    }

    private static LocalDate date(JsonNode o, String key) {
        try {
            return o.hasNonNull(key) ? LocalDate.parse(o.get(key).asText()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode o, String key) {
        return o.hasNonNull(key) ? o.get(key).asText() : null;
    }
}
