package org.assay.framework.api;

import jakarta.inject.Inject;
import java.util.List;
import org.assay.framework.CertificationEquivalence;
import org.assay.framework.CertificationService;
import org.assay.framework.FrameworkEditor;
import org.assay.framework.FrameworkVersion;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** The operator maintains schemes, and equivalences on the DRAFT version only (published versions never change). */
@GraphQLApi
@Allow(Role.OPERATOR)
public class CertificationMutations {

    @Inject
    CertificationService service;

    @Inject
    FrameworkEditor editor;

    @Mutation
    @Description("Recognise a new certificate scheme. Operator only.")
    public CertificationSchemePayload createCertificationScheme(@NonNull @Description("The scheme.") CreateCertificationSchemeInput input) {
        return new CertificationSchemePayload(CertificationSchemeView.of(service.create(input.code, input.name, input.issuer, input.description)), List.of());
    }

    @Mutation
    @Description("Change a scheme's name, issuer or description; omitted fields stay. Operator only.")
    public CertificationSchemePayload updateCertificationScheme(@NonNull @Description("What to change.") UpdateCertificationSchemeInput input) {
        return new CertificationSchemePayload(CertificationSchemeView.of(service.update(input.code, input.name, input.issuer, input.description)), List.of());
    }

    @Mutation
    @Description("Stop recognising a scheme: it can no longer be mapped to indicators (existing mappings stay, marked inactive). Operator only.")
    public CertificationSchemePayload deactivateCertificationScheme(@NonNull @Description("Which scheme.") CertificationSchemeRefInput input) {
        return new CertificationSchemePayload(CertificationSchemeView.of(service.setActive(input.code, false)), List.of());
    }

    @Mutation
    @Description("Recognise a deactivated scheme again. Operator only.")
    public CertificationSchemePayload reactivateCertificationScheme(@NonNull @Description("Which scheme.") CertificationSchemeRefInput input) {
        return new CertificationSchemePayload(CertificationSchemeView.of(service.setActive(input.code, true)), List.of());
    }

    @Mutation("setCertificationEquivalence")
    @Description("Say that a scheme's certificate answers an indicator of the DRAFT version (creates or replaces the mapping): "
            + "`impliedYes` for YES_NO indicators, `impliedMaturity` (0-4) for MATURITY ones; NUMBER, TEXT and DOCUMENT "
            + "indicators cannot be answered by a certificate. Published versions are refused (VERSION_NOT_DRAFT). Operator only.")
    public CertificationEquivalencePayload setCertificationEquivalence(@NonNull @Description("The mapping.") SetCertificationEquivalenceInput input) {
        FrameworkVersion draft = editor.requireDraft(VersionView.TYPE.parseInput("input.versionId", input.versionId), "input.versionId");
        CertificationEquivalence e = service.set(draft, input.schemeCode, input.indicatorCode, input.impliedYes, input.impliedMaturity);
        return new CertificationEquivalencePayload(EquivalenceView.of(e, service.schemes(true).stream()
                .filter(s -> s.code.equals(e.key.schemeCode)).findFirst().orElse(null)), List.of());
    }

    @Mutation
    @Description("Remove a scheme's mapping to an indicator of the DRAFT version. Operator only.")
    public CertificationEquivalencePayload removeCertificationEquivalence(@NonNull @Description("The mapping.") RemoveCertificationEquivalenceInput input) {
        FrameworkVersion draft = editor.requireDraft(VersionView.TYPE.parseInput("input.versionId", input.versionId), "input.versionId");
        CertificationEquivalence e = service.remove(draft, input.schemeCode, input.indicatorCode);
        return new CertificationEquivalencePayload(EquivalenceView.of(e, null), List.of());
    }
}
