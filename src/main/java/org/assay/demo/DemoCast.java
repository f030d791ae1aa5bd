package org.assay.demo;

import java.util.List;

/**
 * The demo consortium's organisations and their people: the one place that names them (README's demo users table
 * lists the same). Each person signs in at the dev OIDC provider with password = username, and is bound to the
 * organisation by the token's subject (see {@code MembershipIdentityAugmentor}); when the binding changes (issuer +
 * subject), only {@link DemoSession#identity} and this list change.
 */
public final class DemoCast {

    /** One organisation, its identifiers and its one demo person (an admin of the organisation). */
    public record Part(String key, String kind, String name, String country, String lei, String duns, String registry,
                       String user, String displayName) {
    }

    public static final Part OPERATOR = new Part("operator", "OPERATOR", "Assay Operator Foundation", "CH",
            null, null, "CHE-101.234.567", "operator", "Olga Operator");
    public static final Part VOLTARIS = new Part("voltaris", "MEMBER_FIRM", "Voltaris Battery Systems AG", "DE",
            null, "315628409", null, "voltaris", "Vera (Voltaris procurement)");
    public static final Part NORDWAGEN = new Part("nordwagen", "MEMBER_FIRM", "Nordwagen Automotive AB", "SE",
            null, "351477902", null, "nordwagen", "Nils (Nordwagen sustainability)");
    public static final Part ASSESSOR = new Part("assessor", "ASSESSMENT_BODY", "Independent Minerals Assurance Ltd", "GB",
            null, null, "GB-09876543", "assessor", "Amara (lead auditor)");
    public static final Part ANDES_AUDIT = new Part("andesaudit", "ASSESSMENT_BODY", "Andes Assurance Auditores SpA", "CL",
            null, null, "CL-76.543.210-K", "andesaudit", "Andrés (Andes Assurance)");
    public static final Part KOLWEZI = new Part("kolwezi", "SUPPLIER", "Kolwezi Cobalt Mining SA", "CD",
            null, null, "CD/KZI/RCCM/14-B-0231", "kolwezi", "Kabila (Kolwezi HSE manager)");
    public static final Part ANDINO = new Part("andino", "SUPPLIER", "Salar Andino Lithium SpA", "CL",
            null, "960245118", null, "andino", "Ana (Salar Andino compliance)");
    public static final Part COPPERBELT = new Part("copperbelt", "SUPPLIER", "Copperbelt Refining plc", "ZM",
            null, null, "ZM-120045678", "copperbelt", "Chanda (Copperbelt Refining quality)");
    public static final Part SULAWESI = new Part("sulawesi", "SUPPLIER", "PT Sulawesi Nikel Industri", "ID",
            null, null, "ID-AHU-0051234.AH.01.01", "sulawesi", "Sari (Sulawesi Nikel sustainability)");

    public static final Part LUALABA = new Part("lualaba", "SUPPLIER", "Lualaba Copper Traders SARL", "CD",
            null, null, "CD/LSH/RCCM/19-A-1187", "lualaba", "Lina (Lualaba Copper Traders)");

    /** In admission order (the operator first: it admits the others). */
    public static final List<Part> ALL = List.of(OPERATOR, VOLTARIS, NORDWAGEN, ASSESSOR, ANDES_AUDIT, KOLWEZI, ANDINO,
            COPPERBELT, SULAWESI, LUALABA);

    private DemoCast() {
    }
}
