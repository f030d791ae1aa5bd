package org.assay.framework;

import org.eclipse.microprofile.graphql.Description;

/** External standards and regulations an indicator can reference (the crosswalk). */
@Description("External standard or regulation referenced by indicators (the crosswalk).")
public enum ExternalStandard {
    @Description("OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas "
            + "(five steps, Annex II).") OECD_DDG,
    @Description("CCCMC Due Diligence Guidelines for Mineral Supply Chains, 2nd edition (2022): the OECD steps plus step 6, "
            + "remediation; scope includes cobalt, copper, aluminium, lead, zinc, nickel, molybdenum, rare earths, lithium, mica and barite.")
    CCCMC_DDG,
    @Description("CCCMC Guidelines for Social Responsibility in Outbound Mining Investments (eight issue areas, as named in the "
            + "English edition).") CCCMC_GSRM,
    @Description("GRI 14: Mining Sector 2024 (25 topics, 14.1-14.25, with their disclosures); covers mining and primary "
            + "processing, not refining.") GRI_14,
    @Description("IRMA Standard for Responsible Mining, IRMA-STD-001 v1.0 (chapters).") IRMA,
    @Description("ISO 26000 Guidance on social responsibility (core subjects).") ISO_26000,
    @Description("RMI Responsible Minerals Assurance Process (RMAP): smelter and refiner audits of OECD Annex II risks.") RMI_RMAP,
    @Description("Responsible Minerals Initiative tools outside RMAP, e.g. the CMRT and EMRT reporting templates.") RMI,
    @Description("The Copper Mark: Risk Readiness Assessment criteria and the Joint Due Diligence Standard (Copper, Molybdenum, "
            + "Nickel and Zinc Marks).") COPPER_MARK,
    @Description("ISO 14001 Environmental management systems.") ISO_14001,
    @Description("ISO 45001 Occupational health and safety management systems.") ISO_45001,
    @Description("ILO conventions and declarations.") ILO,
    @Description("Regulation (EU) 2023/1542 on batteries: due diligence obligations (Art. 48-52) and Annex X (raw materials and "
            + "risk categories).") EU_BATTERY_REGULATION,
    @Description("Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD): the Annex, Part I (rights and "
            + "prohibitions) and Part II (environmental conventions).") EU_CSDDD,
    @Description("Regulation (EU) 2017/821 on conflict minerals (tin, tantalum, tungsten, gold): importers' obligations, Art. 4-7.")
    EU_CONFLICT_MINERALS
}
