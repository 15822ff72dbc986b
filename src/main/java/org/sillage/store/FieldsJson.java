package org.sillage.store;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sillage.domain.PostingFields;

/** How extracted fields and corrections are kept in the posting table: as JSON text. */
final class FieldsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<LinkedHashMap<String, String>> CORRECTIONS = new TypeReference<>() { };

    private FieldsJson() {
    }

    static String write(PostingFields fields) {
        try {
            return MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise extracted fields", e);
        }
    }

    static PostingFields readFields(String json) {
        try {
            return MAPPER.readValue(json, PostingFields.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored extracted fields are unreadable", e);
        }
    }

    static String writeCorrections(Map<String, String> corrections) {
        try {
            return MAPPER.writeValueAsString(corrections);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise corrections", e);
        }
    }

    static Map<String, String> readCorrections(String json) {
        try {
            return MAPPER.readValue(json, CORRECTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored corrections are unreadable", e);
        }
    }
}
