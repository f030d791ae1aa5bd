package org.assay.framework.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The result of a mutation on a certificate equivalence. */
@Description("Result of a mutation on a certificate equivalence.")
public record CertificationEquivalencePayload(
        @Description("The mapping (as it was, for a removal); null when there are user errors.") EquivalenceView equivalence,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull FrameworkUserError> userErrors) implements Payload {

    /** The failure factory ({@link org.assay.platform.Payloads}). */
    public static CertificationEquivalencePayload failed(List<UserError> errors) {
        return new CertificationEquivalencePayload(null, FrameworkUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return equivalence == null ? List.of() : List.of(equivalence.schemeCode() + ":" + equivalence.indicatorCode());
    }
}
