package org.assay.grievance;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What only the operator's grievance handlers may read: the complainant's name, contact and the details they marked
 * private. Stored only sealed ({@link org.assay.platform.KeyRing}); this record never reaches a log, an audit input, an event or an export.
 */
public record ProtectedFields(String name, String contact, String privateDetails) {

    private static final ObjectMapper JSON = new ObjectMapper();

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return name == null && contact == null && privateDetails == null;
    }

    byte[] toBytes() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode protected fields", e);
        }
    }

    static ProtectedFields fromBytes(byte[] bytes) {
        try {
            return JSON.readValue(new String(bytes, StandardCharsets.UTF_8), ProtectedFields.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot decode protected fields", e);
        }
    }

    /** Never the values themselves. */
    @Override
    public String toString() {
        return "ProtectedFields[redacted]";
    }
}
