package org.assay.accreditation.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.accreditation.Accreditation;
import org.assay.accreditation.AccreditationScope;
import org.assay.accreditation.AccreditationService;
import org.assay.accreditation.AccreditationStatus;
import org.assay.framework.AssessmentMethod;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.assay.supplier.Mineral;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An accreditation as the schema shows it (its body: {@code Accreditation.body}, resolved by {@link AccreditationParties}). */
@Name("Accreditation")
@Description("The operator's accreditation of an assessment body for a scope and a period.")
public record AccreditationView(
        @NonNull @Id @Description("Global id.") String id,
        @NonNull @Id @Deprecated(reason = "Use `body { id }`: an organisation's id is its global id now; this field keeps the legacy raw id until it is removed.")
        @Description("The accredited assessment body's legacy raw id.") String bodyId,
        @NonNull @Deprecated(reason = "Use `body { name }`.") @Description("Name of the body.") String bodyName,
        @NonNull @Description("Assessment methods covered (at least one).") List<@NonNull AssessmentMethod> methods,
        @NonNull @Description("Minerals covered; empty means any mineral.") List<@NonNull Mineral> minerals,
        @NonNull @Description("ISO 3166-1 alpha-2 countries covered; empty means any country.") List<@NonNull String> countries,
        @NonNull @Description("First day of validity.") LocalDate validFrom,
        @NonNull @Description("Last day of validity (inclusive).") LocalDate validUntil,
        @NonNull @Description("Where it stands today.") AccreditationStatus status,
        @NonNull @Description("When the operator granted it.") Instant accreditedAt,
        @Description("When it was withdrawn; null unless withdrawn.") Instant withdrawnAt,
        @Description("Why it was withdrawn; null unless withdrawn.") String withdrawalReason,
        @Ignore UUID key,
        @Ignore UUID bodyKey) implements Node {

    /** The node type of accreditations: their global ids, and the ids sent for them. */
    public static final NodeType TYPE = new NodeType("Accreditation");

    static AccreditationView of(AccreditationService.Listed l, LocalDate today) {
        Accreditation a = l.accreditation();
        AccreditationScope scope = a.scope();
        return new AccreditationView(TYPE.id(a.id), a.bodyId.toString(), l.bodyName(), List.copyOf(scope.methods()),
                List.copyOf(scope.minerals()), List.copyOf(a.countries), a.validFrom, a.validUntil, scope.status(today),
                a.accreditedAt, a.withdrawnAt, a.withdrawalReason, a.id, a.bodyId);
    }
}
