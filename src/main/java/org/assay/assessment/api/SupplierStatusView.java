package org.assay.assessment.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.framework.scoring.Rating;
import org.assay.assessment.SupplierStatusKind;
import org.assay.assessment.SupplierStatusRule;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A supplier's status; {@code supplier} by {@link AssessmentParties}, {@code assessment} by {@link AssessmentLinks}. */
@Name("SupplierStatus")
@Description("A supplier's status derived from its assessments and today's date.")
public record SupplierStatusView(@NonNull @Id @Deprecated(reason = "Use `supplier { id }`: an organisation's id is its global id now; "
                                         + "this field keeps the legacy raw id until it is removed.")
                                 @Description("The supplier's legacy raw id.") String supplierId,
                                 @NonNull @Description("Status.") SupplierStatusKind status,
                                 @Description("Rating of the latest published assessment.") Rating rating,
                                 @Description("Its overall score.") BigDecimal overallScore,
                                 @Description("Its last day of validity.") LocalDate validUntil,
                                 @Id @Deprecated(reason = "Use `assessment { id }`: an assessment's id is its global id now; this field "
                                         + "keeps the legacy raw id until it is removed.")
                                 @Description("The legacy raw id of that assessment.") String assessmentId,
                                 @Description("Whether an assessment is under way.") boolean assessmentInProgress,
                                 @Ignore UUID supplierKey,
                                 @Ignore UUID assessmentKey) {

    public static SupplierStatusView of(UUID supplierId, SupplierStatusRule.Derived d) {
        return new SupplierStatusView(supplierId.toString(), d.kind(), d.rating(), d.overall(), d.validUntil(), Uuids.str(d.assessmentId()),
                d.assessmentInProgress(), supplierId, d.assessmentId());
    }
}
