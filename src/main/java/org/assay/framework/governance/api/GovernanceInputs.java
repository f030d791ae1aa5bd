package org.assay.framework.governance.api;

import org.assay.framework.document.IndicatorSpec;

import java.util.List;
import java.util.Objects;

/** How governance inputs read texts and references (stripped; blank optional texts as absent). */
final class GovernanceInputs {

    private GovernanceInputs() {
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<IndicatorSpec.Reference> refs(List<ReferenceInput> refs) {
        return refs == null ? List.of() : refs.stream().filter(Objects::nonNull)
                .map(r -> new IndicatorSpec.Reference(r.standard, strip(r.clause))).toList();
    }
}
