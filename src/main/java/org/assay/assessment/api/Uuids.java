package org.assay.assessment.api;

import java.util.UUID;

/** The legacy raw form of ids in views. */
final class Uuids {

    private Uuids() {
    }

    static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
