package org.assay.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * Parses ids sent by clients; a malformed id is a client error, not a server error.
 *
 * <p>An id is a global id ({@link GlobalId}, what {@code Node.id} returns) or, for one deprecation period, the raw UUID
 * that every id field returned before (see docs/architecture.md, "Ids"). The typed variants also refuse a global id of
 * another type; the untyped ones accept any global id (its object then simply is not found where it does not belong).
 */
public final class Ids {
    private Ids() {
    }

    /** For query arguments: a malformed id is {@code INVALID_ARGUMENT}. */
    public static UUID parse(String field, String id) {
        return parse(field, id, null);
    }

    /** For query arguments: an id of {@code type} (global or legacy UUID); anything else is {@code INVALID_ARGUMENT}. */
    public static UUID parse(String field, String id, NodeType type) {
        if (id == null) {
            return null;
        }
        return read(id, type).orElseThrow(() -> new InvalidArgumentException(field + " is not a valid "
                + (type == null ? "" : type.name() + " ") + "id"));
    }

    /** For mutation inputs: a malformed id is a user error on that field. */
    public static UUID parseInput(String field, String id) {
        return parseInput(field, id, null);
    }

    /** For mutation inputs: an id of {@code type} (global or legacy UUID); anything else is the user error {@code INVALID_ID}. */
    public static UUID parseInput(String field, String id, NodeType type) {
        if (id == null) {
            return null;
        }
        return read(id, type).orElseThrow(() -> new UserInputException(field, InputErrorCode.INVALID_ID,
                field + " is not a valid " + (type == null ? "" : type.name() + " ") + "id"));
    }

    private static Optional<UUID> read(String id, NodeType type) {
        Optional<GlobalId> global = GlobalId.decode(id);
        if (global.isPresent()) {
            return type == null || type.name().equals(global.get().type()) ? Optional.of(global.get().id()) : Optional.empty();
        }
        try {
            UUID legacy = UUID.fromString(id);
            return legacy.toString().equalsIgnoreCase(id) ? Optional.of(legacy) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
