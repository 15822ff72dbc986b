package org.sillage.importing.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.Evidence;
import org.sillage.domain.PostingFields;

/**
 * Turns extracted fields into the JSON of the label schema ({@code corpus/README.md}), as
 * {@code extract --json} prints it and the scorer reads it.
 *
 * <p>Usage: {@code ObjectNode o = ExtractionJson.toJson("posting.txt", new RuleExtractor().extract(text));}
 * and, for several files, {@link #toJsonArray}. Keys: {@code file}, every schema field ({@code title ...
 * languages_required}; dates {@code YYYY-MM-DD}, time {@code HH:MM}, {@code required_documents} the kinds of
 * required documents only), then extra keys {@code deadline_zone, cc_emails, postal_address,
 * driving_licence, language, documents} (every document with its necessity and constraints) and
 * {@code evidence} ({@code {field: [{start, end, rule}]}}, offsets into the original text, counted in UTF-16 code
 * units as Java strings count them: a character outside the Basic Multilingual Plane, an emoji, counts two).
 */
public final class ExtractionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExtractionJson() {
    }

    /** One posting as a schema object. */
    public static ObjectNode toJson(String file, PostingFields p) {
        ObjectNode o = NODES.objectNode();
        o.put("file", file);
        o.put("title", p.title());
        o.put("organization", p.organization());
        o.put("location", p.location());
        o.put("contract_type", p.contractType() == null ? null : p.contractType().code());
        o.put("deadline", p.deadline() == null ? null : p.deadline().toString());
        o.put("deadline_time", p.deadlineTime() == null ? null : p.deadlineTime().format(HH_MM));
        o.put("deadline_open_until_filled", p.deadlineOpenUntilFilled());
        o.put("start_date", p.startDate() == null ? null : p.startDate().toString());
        o.put("start_text", p.startText());
        o.put("posted_date", p.postedDate() == null ? null : p.postedDate().toString());
        strings(o.putArray("required_documents"), p.requiredDocumentKinds());
        strings(o.putArray("application_emails"), p.applicationEmails());
        o.put("application_url", p.applicationUrl());
        o.put("application_subject", p.applicationSubject());
        o.put("salary_text", p.salaryText());
        o.put("remote_text", p.remoteText());
        if (p.experienceYears() == null) {
            o.putNull("experience_years");
        } else {
            o.put("experience_years", p.experienceYears());
        }
        strings(o.putArray("languages_required"), p.languagesRequired());
        o.put("deadline_zone", p.deadlineZone());
        strings(o.putArray("cc_emails"), p.ccEmails());
        o.put("postal_address", p.postalAddress());
        if (p.drivingLicence() == null) {
            o.putNull("driving_licence");
        } else {
            o.put("driving_licence", p.drivingLicence());
        }
        o.put("language", p.language());
        ArrayNode docs = o.putArray("documents");
        for (DocumentRequirement d : p.requiredDocuments()) {
            ObjectNode dn = docs.addObject();
            dn.put("kind", d.kind());
            dn.put("necessity", d.necessity().name().toLowerCase());
            dn.put("format", d.format());
            dn.put("length", d.length());
            dn.put("language", d.language());
        }
        ObjectNode ev = o.putObject("evidence");
        for (Map.Entry<String, List<Evidence>> e : p.evidence().entrySet()) {
            ArrayNode spans = ev.putArray(e.getKey());
            for (Evidence x : e.getValue()) {
                ObjectNode sn = spans.addObject();
                sn.put("start", x.start());
                sn.put("end", x.end());
                sn.put("rule", x.rule());
            }
        }
        return o;
    }

    /** Several postings (file name → fields, in order) as a JSON array. */
    public static ArrayNode toJsonArray(Map<String, PostingFields> postings) {
        ArrayNode a = NODES.arrayNode();
        postings.forEach((file, fields) -> a.add(toJson(file, fields)));
        return a;
    }

    /** Pretty-printed JSON text of a node. */
    public static String write(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
