package org.sillage.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything Sillage reads out of a posting. A null scalar or an empty list means "not stated":
 * nothing is ever guessed. {@code evidence} maps a field's schema name to the spans it came from.
 */
public record PostingFields(
        String title,
        String organization,
        String location,
        ContractType contractType,
        LocalDate deadline,
        LocalTime deadlineTime,
        String deadlineZone,
        boolean deadlineOpenUntilFilled,
        LocalDate startDate,
        String startText,
        LocalDate postedDate,
        List<DocumentRequirement> requiredDocuments,
        List<String> applicationEmails,
        List<String> ccEmails,
        String applicationUrl,
        String applicationSubject,
        String postalAddress,
        String salaryText,
        String remoteText,
        Integer experienceYears,
        List<String> languagesRequired,
        Boolean drivingLicence,
        String language,
        Map<String, List<Evidence>> evidence) {

    public static final PostingFields EMPTY = builder().build();

    public PostingFields {
        requiredDocuments = List.copyOf(requiredDocuments == null ? List.of() : requiredDocuments);
        applicationEmails = List.copyOf(applicationEmails == null ? List.of() : applicationEmails);
        ccEmails = List.copyOf(ccEmails == null ? List.of() : ccEmails);
        languagesRequired = List.copyOf(languagesRequired == null ? List.of() : languagesRequired);
        // in the order the rules wrote it, the same from run to run (Map.copyOf iterates in an order salted per JVM)
        evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /** Kinds of the documents that must be sent (optional and waived ones left out), in order. */
    public List<String> requiredDocumentKinds() {
        return requiredDocuments.stream().filter(DocumentRequirement::isRequired)
                .map(DocumentRequirement::kind).distinct().toList();
    }

    public List<Evidence> evidenceFor(Field field) {
        return evidence.getOrDefault(field.key(), List.of());
    }

    /** The value of a field in the plain form a user edits (lists comma-separated), or null. */
    public String format(Field field) {
        Object v = switch (field) {
            case TITLE -> title;
            case ORGANIZATION -> organization;
            case LOCATION -> location;
            case CONTRACT_TYPE -> contractType == null ? null : contractType.code();
            case DEADLINE -> deadline;
            case DEADLINE_TIME -> deadlineTime;
            case DEADLINE_ZONE -> deadlineZone;
            case DEADLINE_OPEN_UNTIL_FILLED -> deadlineOpenUntilFilled;
            case START_DATE -> startDate;
            case START_TEXT -> startText;
            case POSTED_DATE -> postedDate;
            case REQUIRED_DOCUMENTS -> requiredDocumentKinds().isEmpty() ? null : String.join(", ", requiredDocumentKinds());
            case APPLICATION_EMAILS -> joinOrNull(applicationEmails);
            case CC_EMAILS -> joinOrNull(ccEmails);
            case APPLICATION_URL -> applicationUrl;
            case APPLICATION_SUBJECT -> applicationSubject;
            case POSTAL_ADDRESS -> postalAddress;
            case SALARY_TEXT -> salaryText;
            case REMOTE_TEXT -> remoteText;
            case EXPERIENCE_YEARS -> experienceYears;
            case LANGUAGES_REQUIRED -> joinOrNull(languagesRequired);
            case DRIVING_LICENCE -> drivingLicence;
            case LANGUAGE -> language;
        };
        return v == null ? null : v.toString();
    }

    private static String joinOrNull(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /**
     * A copy with one field replaced by a user's value, given in the form {@link #format} produces.
     * A blank value clears the field.
     *
     * @throws IllegalArgumentException when the value does not parse for that field
     */
    public PostingFields with(Field field, String value) {
        String v = value == null || value.isBlank() ? null : value.strip();
        Builder b = toBuilder();
        switch (field) {
            case TITLE -> b.title(v);
            case ORGANIZATION -> b.organization(v);
            case LOCATION -> b.location(v);
            case CONTRACT_TYPE -> b.contractType(v == null ? null : ContractType.fromCode(v)
                    .orElseThrow(() -> new IllegalArgumentException("unknown contract type: " + v)));
            case DEADLINE -> b.deadline(v == null ? null : LocalDate.parse(v));
            case DEADLINE_TIME -> b.deadlineTime(v == null ? null : LocalTime.parse(v));
            case DEADLINE_ZONE -> b.deadlineZone(v == null ? null : java.time.ZoneId.of(v).getId());
            case DEADLINE_OPEN_UNTIL_FILLED -> b.deadlineOpenUntilFilled(parseBoolean(v, false));
            case START_DATE -> b.startDate(v == null ? null : LocalDate.parse(v));
            case START_TEXT -> b.startText(v);
            case POSTED_DATE -> b.postedDate(v == null ? null : LocalDate.parse(v));
            case REQUIRED_DOCUMENTS -> b.requiredDocuments(splitList(v).stream()
                    .map(k -> keepConstraints(k)).toList());
            case APPLICATION_EMAILS -> b.applicationEmails(splitList(v).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
            case CC_EMAILS -> b.ccEmails(splitList(v).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
            case APPLICATION_URL -> b.applicationUrl(v);
            case APPLICATION_SUBJECT -> b.applicationSubject(v);
            case POSTAL_ADDRESS -> b.postalAddress(v);
            case SALARY_TEXT -> b.salaryText(v);
            case REMOTE_TEXT -> b.remoteText(v);
            case EXPERIENCE_YEARS -> b.experienceYears(v == null ? null : Integer.valueOf(v));
            case LANGUAGES_REQUIRED -> b.languagesRequired(splitList(v).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
            case DRIVING_LICENCE -> b.drivingLicence(v == null ? null : parseBoolean(v, false));
            case LANGUAGE -> b.language(v);
        }
        return b.build();
    }

    /** A corrected document list keeps the constraints the rules found for kinds that stay. */
    private DocumentRequirement keepConstraints(String kind) {
        return requiredDocuments.stream().filter(d -> d.kind().equals(kind) && d.isRequired()).findFirst()
                .orElse(DocumentRequirement.required(kind));
    }

    /** Applies corrections (schema name → value) over these extracted fields. Unknown names are ignored. */
    public PostingFields withCorrections(Map<String, String> corrections) {
        PostingFields result = this;
        for (Map.Entry<String, String> e : corrections.entrySet()) {
            var field = Field.fromKey(e.getKey());
            if (field.isPresent()) {
                try {
                    result = result.with(field.get(), e.getValue());
                } catch (RuntimeException badValue) {
                    // a correction that no longer parses (schema change) is skipped rather than lost
                }
            }
        }
        return result;
    }

    private static boolean parseBoolean(String v, boolean dflt) {
        if (v == null) {
            return dflt;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "oui", "ja", "1" -> true;
            case "false", "no", "non", "nee", "0" -> false;
            default -> throw new IllegalArgumentException("not a yes/no value: " + v);
        };
    }

    private static List<String> splitList(String v) {
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .collect(Collectors.toList());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title; b.organization = organization; b.location = location; b.contractType = contractType;
        b.deadline = deadline; b.deadlineTime = deadlineTime; b.deadlineZone = deadlineZone;
        b.deadlineOpenUntilFilled = deadlineOpenUntilFilled; b.startDate = startDate; b.startText = startText;
        b.postedDate = postedDate; b.requiredDocuments = new ArrayList<>(requiredDocuments);
        b.applicationEmails = new ArrayList<>(applicationEmails); b.ccEmails = new ArrayList<>(ccEmails);
        b.applicationUrl = applicationUrl; b.applicationSubject = applicationSubject; b.postalAddress = postalAddress;
        b.salaryText = salaryText; b.remoteText = remoteText; b.experienceYears = experienceYears;
        b.languagesRequired = new ArrayList<>(languagesRequired); b.drivingLicence = drivingLicence;
        b.language = language; b.evidence = new LinkedHashMap<>(evidence);
        return b;
    }

    /** Builds a {@link PostingFields}; rules fill it field by field. */
    public static final class Builder {
        private String title;
        private String organization;
        private String location;
        private ContractType contractType;
        private LocalDate deadline;
        private LocalTime deadlineTime;
        private String deadlineZone;
        private boolean deadlineOpenUntilFilled;
        private LocalDate startDate;
        private String startText;
        private LocalDate postedDate;
        private List<DocumentRequirement> requiredDocuments = new ArrayList<>();
        private List<String> applicationEmails = new ArrayList<>();
        private List<String> ccEmails = new ArrayList<>();
        private String applicationUrl;
        private String applicationSubject;
        private String postalAddress;
        private String salaryText;
        private String remoteText;
        private Integer experienceYears;
        private List<String> languagesRequired = new ArrayList<>();
        private Boolean drivingLicence;
        private String language;
        private Map<String, List<Evidence>> evidence = new LinkedHashMap<>();

        public Builder title(String v) { title = v; return this; }
        public Builder organization(String v) { organization = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder contractType(ContractType v) { contractType = v; return this; }
        public Builder deadline(LocalDate v) { deadline = v; return this; }
        public Builder deadlineTime(LocalTime v) { deadlineTime = v; return this; }
        public Builder deadlineZone(String v) { deadlineZone = v; return this; }
        public Builder deadlineOpenUntilFilled(boolean v) { deadlineOpenUntilFilled = v; return this; }
        public Builder startDate(LocalDate v) { startDate = v; return this; }
        public Builder startText(String v) { startText = v; return this; }
        public Builder postedDate(LocalDate v) { postedDate = v; return this; }
        public Builder requiredDocuments(List<DocumentRequirement> v) { requiredDocuments = new ArrayList<>(v); return this; }
        public Builder addRequiredDocument(DocumentRequirement v) { requiredDocuments.add(v); return this; }
        public Builder applicationEmails(List<String> v) { applicationEmails = new ArrayList<>(v); return this; }
        public Builder ccEmails(List<String> v) { ccEmails = new ArrayList<>(v); return this; }
        public Builder applicationUrl(String v) { applicationUrl = v; return this; }
        public Builder applicationSubject(String v) { applicationSubject = v; return this; }
        public Builder postalAddress(String v) { postalAddress = v; return this; }
        public Builder salaryText(String v) { salaryText = v; return this; }
        public Builder remoteText(String v) { remoteText = v; return this; }
        public Builder experienceYears(Integer v) { experienceYears = v; return this; }
        public Builder languagesRequired(List<String> v) { languagesRequired = new ArrayList<>(v); return this; }
        public Builder drivingLicence(Boolean v) { drivingLicence = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder evidence(Map<String, List<Evidence>> v) { evidence = new LinkedHashMap<>(v); return this; }

        /** Records that {@code field} was read from {@code [start, end)} by {@code rule}. */
        public Builder evidence(Field field, int start, int end, String rule) {
            evidence.computeIfAbsent(field.key(), k -> new ArrayList<>()).add(new Evidence(start, end, rule));
            return this;
        }

        /** Forgets what was recorded for {@code field}: its value was read again from another span. */
        public Builder withoutEvidence(Field field) {
            evidence.remove(field.key());
            return this;
        }

        public PostingFields build() {
            Map<String, List<Evidence>> frozen = new LinkedHashMap<>();
            evidence.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new PostingFields(title, organization, location, contractType, deadline, deadlineTime,
                    deadlineZone, deadlineOpenUntilFilled, startDate, startText, postedDate, requiredDocuments,
                    applicationEmails, ccEmails, applicationUrl, applicationSubject, postalAddress, salaryText,
                    remoteText, experienceYears, languagesRequired, drivingLicence, language, frozen);
        }
    }
}
