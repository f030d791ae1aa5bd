package org.assay.platform;

import java.util.UUID;

/**
 * A GraphQL type whose objects implement {@link Node}, named once by the feature that owns it
 * ({@code OrganisationView.TYPE}). It encodes the global ids of that type and reads ids sent for it.
 *
 * @param name the GraphQL type name (e.g. {@code Organisation})
 */
public record NodeType(String name) {

    /** The global id of the object {@code id} of this type. */
    public String id(UUID id) {
        return id == null ? null : new GlobalId(name, id).encode();
    }

    /** For query arguments: this type's global id, or (deprecated) a raw UUID; anything else is {@code INVALID_ARGUMENT}. */
    public UUID parse(String field, String id) {
        return Ids.parse(field, id, this);
    }

    /** For mutation inputs: this type's global id, or (deprecated) a raw UUID; anything else is the user error {@code INVALID_ID}. */
    public UUID parseInput(String field, String id) {
        return Ids.parseInput(field, id, this);
    }
}
