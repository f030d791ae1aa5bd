package org.assay.platform;

import org.eclipse.microprofile.graphql.Description;

/** What a signed-in person may do; it follows from the kind of organisation they belong to. */
@Description("What a signed-in person may do on the platform. It follows from the kind of organisation the person belongs to.")
public enum Role {
    @Description("Staff of the neutral host: admits organisations, accredits assessment bodies, publishes framework versions, reads the audit trail.")
    OPERATOR,
    @Description("Procurement or sustainability staff of a lead (member) firm.")
    MEMBER,
    @Description("Staff of a supplier: miner, smelter, refiner, processor or trader.")
    SUPPLIER,
    @Description("Staff of an accredited, independent assessment body.")
    ASSESSOR
}
