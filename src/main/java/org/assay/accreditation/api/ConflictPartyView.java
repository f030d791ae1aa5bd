package org.assay.accreditation.api;

import org.assay.accreditation.AccreditationService;
import org.assay.organisation.OrganisationKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** One side of a declaration: the organisation's id, name and kind as the declaration names them. */
@Name("ConflictParty")
@Description("One side of a declared conflict of interest.")
public record ConflictPartyView(
        @NonNull @Id @Description("Organisation id.") String id,
        @NonNull @Description("Legal name.") String name,
        @NonNull @Description("Kind: SUPPLIER or ASSESSMENT_BODY.") OrganisationKind kind) {

    static ConflictPartyView of(AccreditationService.Party p) {
        return new ConflictPartyView(p.id().toString(), p.name(), p.kind());
    }
}
