package org.assay.framework.api;

import java.time.Instant;
import org.assay.framework.CertificationScheme;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CertificationScheme")
@Description("A certificate scheme the platform recognises (ISO 14001, RMI RMAP, The Copper Mark, ...).")
public record CertificationSchemeView(
        @NonNull @Description("Stable code, e.g. ISO_14001.") String code,
        @NonNull @Description("Name.") String name,
        @NonNull @Description("Who issues or owns the scheme.") String issuer,
        @NonNull @Description("What a certificate attests.") String description,
        @Description("Whether it is recognised now; deactivated schemes cannot be mapped to indicators.") boolean active,
        @NonNull @Description("When it was added.") Instant createdAt) {
    static CertificationSchemeView of(CertificationScheme s) {
        return new CertificationSchemeView(s.code, s.name, s.issuer, s.description, s.active, s.createdAt);
    }
}
