package org.assay.grievance;

import org.eclipse.microprofile.graphql.Description;

/**
 * What a grievance is about: the risks of OECD Due Diligence Guidance Annex II and the CCCMC Due Diligence Guidelines
 * (Type 1: conflict and serious human-rights abuses; Type 2: serious environmental, social and ethical misconduct).
 */
@Description("What a grievance is about, aligned with the risks of OECD DDG Annex II and the CCCMC Due Diligence Guidelines (Type 1 and Type 2).")
public enum GrievanceCategory {
    @Description("Worst forms of child labour (OECD Annex II; CCCMC Type 1).") CHILD_LABOUR(1),
    @Description("Forced or compulsory labour, debt bondage (OECD Annex II; CCCMC Type 1).") FORCED_LABOUR(1),
    @Description("Public or private security forces, armed groups and serious human-rights abuses (OECD Annex II; CCCMC Type 1).") SECURITY_FORCES_AND_HUMAN_RIGHTS(1),
    @Description("Occupational health and safety (CCCMC Type 2).") HEALTH_AND_SAFETY(2),
    @Description("Environment and water: pollution, water depletion, deforestation (CCCMC Type 2).") ENVIRONMENT_AND_WATER(2),
    @Description("Land and indigenous peoples' rights, free prior and informed consent (CCCMC Type 2).") LAND_AND_INDIGENOUS_RIGHTS(2),
    @Description("Bribery, fraudulent misrepresentation, corruption (OECD Annex II; CCCMC Type 2).") CORRUPTION(2),
    @Description("Retaliation against a complainant or a witness: always the highest severity.") RETALIATION(1),
    @Description("Anything else.") OTHER(2);

    private final int riskType;

    GrievanceCategory(int riskType) {
        this.riskType = riskType;
    }

    /** The CCCMC risk type (1 or 2). */
    public int riskType() {
        return riskType;
    }
}
