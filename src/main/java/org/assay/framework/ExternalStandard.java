package org.assay.framework;

import org.eclipse.microprofile.graphql.Description;

/** External standards an indicator can reference (the crosswalk). */
@Description("External standard referenced by indicators (the crosswalk).")
public enum ExternalStandard {
    @Description("OECD Due Diligence Guidance for Responsible Supply Chains of Minerals (five steps).") OECD_DDG,
    @Description("CCCMC Due Diligence Guidelines for Mineral Supply Chains (OECD steps plus step 6, remediation).") CCCMC_DDG,
    @Description("CCCMC Guidelines for Social Responsibility in Outbound Mining Investments (eight issue areas).") CCCMC_GSRM,
    @Description("GRI 14: Mining Sector 2024.") GRI_14,
    @Description("IRMA Standard for Responsible Mining.") IRMA,
    @Description("ISO 26000 Guidance on social responsibility (core subjects).") ISO_26000,
    @Description("RMI Responsible Minerals Assurance Process.") RMI_RMAP,
    @Description("The Copper Mark.") COPPER_MARK,
    @Description("ISO 14001 Environmental management systems.") ISO_14001,
    @Description("ISO 45001 Occupational health and safety management systems.") ISO_45001,
    @Description("ILO conventions and declarations.") ILO
}
