package org.assay.platform;

import java.util.UUID;

/** Parses ids sent by clients; a malformed id is a client error, not a server error. */
public final class Ids {
    private Ids() {
    }

    public static UUID parse(String field, String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(field + " is not a valid id");
        }
    }

    /** For mutation inputs: a malformed id is a user error on that field. */
    public static UUID parseInput(String field, String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(field, "INVALID_ID", field + " is not a valid id");
        }
    }
}
