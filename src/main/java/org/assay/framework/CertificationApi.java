package org.assay.framework;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.MutationPayload;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recognised certificate schemes and their equivalence to indicators, per framework version. Everyone signed in
 * reads them; the operator maintains them (equivalences on the DRAFT version only: published versions never change).
 */
@GraphQLApi
public class CertificationApi {

    @Inject
    CertificationService service;

    @Inject
    FrameworkEditor editor;

    @Inject
    FrameworkService frameworks;

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("Recognised certificate schemes, by code.")
    public List<CertificationSchemeView> certificationSchemes(
            @DefaultValue("false") @Description("Also list deactivated schemes.") boolean includeInactive) {
        return service.schemes(includeInactive).stream().map(CertificationSchemeView::of).toList();
    }

    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("Which indicators of this version a scheme's verified, unexpired certificate answers, and with what answer.")
    public List<EquivalenceView> equivalences(@Source FrameworkApi.VersionView version,
                                              @Description("Only this scheme (code).") String schemeCode,
                                              @Description("Only this indicator (code).") String indicatorCode) {
        Map<String, CertificationScheme> schemes = service.schemes(true).stream().collect(Collectors.toMap(s -> s.code, Function.identity()));
        return service.equivalences(UUID.fromString(version.id()), schemeCode, indicatorCode).stream()
                .map(e -> EquivalenceView.of(e, schemes.get(e.key.schemeCode))).toList();
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Recognise a new certificate scheme. Operator only.")
    public CertificationSchemePayload createCertificationScheme(@NonNull @Description("The scheme.") CreateCertificationSchemeInput input) {
        return new CertificationSchemePayload(service.create(input.code, input.name, input.issuer, input.description));
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Change a scheme's name, issuer or description; omitted fields stay. Operator only.")
    public CertificationSchemePayload updateCertificationScheme(@NonNull @Description("What to change.") UpdateCertificationSchemeInput input) {
        return new CertificationSchemePayload(service.update(input.code, input.name, input.issuer, input.description));
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Stop recognising a scheme: it can no longer be mapped to indicators (existing mappings stay, marked inactive). Operator only.")
    public CertificationSchemePayload deactivateCertificationScheme(@NonNull @Description("Which scheme.") CertificationSchemeRefInput input) {
        return new CertificationSchemePayload(service.setActive(input.code, false));
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Recognise a deactivated scheme again. Operator only.")
    public CertificationSchemePayload reactivateCertificationScheme(@NonNull @Description("Which scheme.") CertificationSchemeRefInput input) {
        return new CertificationSchemePayload(service.setActive(input.code, true));
    }

    @Mutation("setCertificationEquivalence")
    @Allow(Role.OPERATOR)
    @Description("Say that a scheme's certificate answers an indicator of the DRAFT version (creates or replaces the mapping): "
            + "`impliedYes` for YES_NO indicators, `impliedMaturity` (0-4) for MATURITY ones; NUMBER, TEXT and DOCUMENT "
            + "indicators cannot be answered by a certificate. Published versions are refused (VERSION_NOT_DRAFT). Operator only.")
    public CertificationEquivalencePayload setCertificationEquivalence(@NonNull @Description("The mapping.") SetCertificationEquivalenceInput input) {
        FrameworkVersion draft = editor.requireDraft(Ids.parseInput("input.versionId", input.versionId), "input.versionId");
        CertificationEquivalence e = service.set(draft, input.schemeCode, input.indicatorCode, input.impliedYes, input.impliedMaturity);
        return new CertificationEquivalencePayload(EquivalenceView.of(e, service.schemes(true).stream()
                .filter(s -> s.code.equals(e.key.schemeCode)).findFirst().orElse(null)));
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Remove a scheme's mapping to an indicator of the DRAFT version. Operator only.")
    public CertificationEquivalencePayload removeCertificationEquivalence(@NonNull @Description("The mapping.") RemoveCertificationEquivalenceInput input) {
        FrameworkVersion draft = editor.requireDraft(Ids.parseInput("input.versionId", input.versionId), "input.versionId");
        CertificationEquivalence e = service.remove(draft, input.schemeCode, input.indicatorCode);
        return new CertificationEquivalencePayload(EquivalenceView.of(e, null));
    }

    // ---- types ----

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

    @Name("CertificationEquivalence")
    @Description("A verified, unexpired certificate of `schemeCode` answers indicator `indicatorCode` without a new audit.")
    public record EquivalenceView(
            @NonNull @Description("The scheme.") String schemeCode,
            @Description("The scheme's name.") String schemeName,
            @Description("Whether the scheme is currently recognised.") boolean schemeActive,
            @NonNull @Description("The indicator answered.") String indicatorCode,
            @Description("Implied answer of a YES_NO indicator; null for MATURITY.") Boolean impliedYes,
            @Description("Implied maturity level (0-4) of a MATURITY indicator; null for YES_NO.") Integer impliedMaturity) {
        static EquivalenceView of(CertificationEquivalence e, CertificationScheme s) {
            return new EquivalenceView(e.key.schemeCode, s == null ? null : s.name, s != null && s.active, e.key.indicatorCode,
                    e.impliedYes, e.impliedMaturity == null ? null : e.impliedMaturity.intValue());
        }
    }

    @Name("CreateCertificationSchemeInput")
    @Description("A certificate scheme to recognise.")
    public static class CreateCertificationSchemeInput {
        @NonNull @Description("Stable code: 2-40 upper-case letters, digits or underscores, e.g. ISO_14001.")
        public String code;
        @NonNull @Description("Name, at most 200 characters.")
        public String name;
        @NonNull @Description("Issuer or owner, at most 200 characters.")
        public String issuer;
        @Description("What a certificate attests, at most 2000 characters.")
        public String description;
    }

    @Name("UpdateCertificationSchemeInput")
    @Description("Changes to a scheme; omitted fields stay.")
    public static class UpdateCertificationSchemeInput {
        @NonNull @Description("Which scheme.")
        public String code;
        @Description("New name.")
        public String name;
        @Description("New issuer.")
        public String issuer;
        @Description("New description.")
        public String description;
    }

    @Name("CertificationSchemeRefInput")
    @Description("Refers to one scheme.")
    public static class CertificationSchemeRefInput {
        @NonNull @Description("Scheme code.")
        public String code;
    }

    @Name("SetCertificationEquivalenceInput")
    @Description("A scheme-to-indicator mapping on the draft version.")
    public static class SetCertificationEquivalenceInput {
        @NonNull @Id @Description("The DRAFT framework version.")
        public String versionId;
        @NonNull @Description("Scheme code.")
        public String schemeCode;
        @NonNull @Description("Indicator code.")
        public String indicatorCode;
        @Description("For a YES_NO indicator: the answer a certificate implies.")
        public Boolean impliedYes;
        @Description("For a MATURITY indicator: the level (0-4) a certificate implies.")
        public Integer impliedMaturity;
    }

    @Name("RemoveCertificationEquivalenceInput")
    @Description("A scheme-to-indicator mapping to remove from the draft version.")
    public static class RemoveCertificationEquivalenceInput {
        @NonNull @Id @Description("The DRAFT framework version.")
        public String versionId;
        @NonNull @Description("Scheme code.")
        public String schemeCode;
        @NonNull @Description("Indicator code.")
        public String indicatorCode;
    }

    @Description("Result of a mutation on a certificate scheme.")
    public static class CertificationSchemePayload extends MutationPayload {
        private CertificationSchemeView scheme;

        public CertificationSchemePayload() {
        }

        CertificationSchemePayload(CertificationScheme s) {
            this.scheme = CertificationSchemeView.of(s);
        }

        @Description("The scheme after the change; null when there are user errors.")
        public CertificationSchemeView getScheme() {
            return scheme;
        }

        @Override
        public List<String> auditTargetIds() {
            return scheme == null ? List.of() : List.of(scheme.code());
        }
    }

    @Description("Result of a mutation on a certificate equivalence.")
    public static class CertificationEquivalencePayload extends MutationPayload {
        private EquivalenceView equivalence;

        public CertificationEquivalencePayload() {
        }

        CertificationEquivalencePayload(EquivalenceView equivalence) {
            this.equivalence = equivalence;
        }

        @Description("The mapping (as it was, for a removal); null when there are user errors.")
        public EquivalenceView getEquivalence() {
            return equivalence;
        }

        @Override
        public List<String> auditTargetIds() {
            return equivalence == null ? List.of() : List.of(equivalence.schemeCode() + ":" + equivalence.indicatorCode());
        }
    }
}
