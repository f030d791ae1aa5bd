package org.assay.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An opaque global id: the GraphQL type of an object and its UUID, base64url-encoded ({@code Organisation:<uuid>}),
 * the form Relay's {@code Node} ids take. Clients treat it as an opaque string; the server reads the type back to find
 * the feature that resolves it ({@link NodeResolver}).
 */
public record GlobalId(String type, UUID id) {

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]*");

    public GlobalId {
        if (type == null || !TYPE.matcher(type).matches() || id == null) {
            throw new IllegalArgumentException("not a node type and id: " + type + ", " + id);
        }
    }

    /** The encoded id, as clients see it. */
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The global id encoded in {@code text}; empty when it is not one (a legacy UUID is not). */
    public static Optional<GlobalId> decode(String text) {
        if (text == null || text.length() > 200) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1 || !TYPE.matcher(decoded.substring(0, colon)).matches()) {
                return Optional.empty();
            }
            UUID id = UUID.fromString(decoded.substring(colon + 1));
            return id.toString().equals(decoded.substring(colon + 1)) ? Optional.of(new GlobalId(decoded.substring(0, colon), id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
