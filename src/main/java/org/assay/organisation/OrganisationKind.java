package org.assay.organisation;

import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;

/** The kind of an organisation decides the role of its people. */
@Description("Kind of organisation; it decides the role of its people.")
public enum OrganisationKind {
    @Description("The neutral host of the platform (role OPERATOR).") OPERATOR(Role.OPERATOR),
    @Description("A lead firm that is a member of the consortium (role MEMBER).") MEMBER_FIRM(Role.MEMBER),
    @Description("A miner, smelter, refiner, processor or trader (role SUPPLIER).") SUPPLIER(Role.SUPPLIER),
    @Description("An independent assessment body (role ASSESSOR).") ASSESSMENT_BODY(Role.ASSESSOR);

    private final Role role;

    OrganisationKind(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
