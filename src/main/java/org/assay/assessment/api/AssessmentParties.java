package org.assay.assessment.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.assessment.api.AssessmentView;
import org.assay.assessment.api.SupplierStatusView;
import org.assay.organisation.api.OrganisationReferences;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/**
 * The organisations an assessment and a supplier status name, as {@code Organisation} objects: each field is resolved
 * for a whole list of parents at once by organisation's batch loader ({@link OrganisationReferences}), which applies
 * organisation's access rule (the worked example of docs/architecture.md, "References between features").
 */
@GraphQLApi
@Transactional
public class AssessmentParties {

    @Inject
    OrganisationReferences organisations;

    @NonNull
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Description("The supplier assessed.")
    public List<@NonNull OrganisationView> supplier(@Source List<AssessmentView> assessments) {
        return organisations.resolve(assessments, AssessmentView::supplierKey);
    }

    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Description("The assigned assessment body; null until assigned.")
    public List<OrganisationView> assessmentBody(@Source List<AssessmentView> assessments) {
        return organisations.resolve(assessments, AssessmentView::assessmentBodyKey);
    }

    @NonNull
    @Name("supplier")
    @Allow({Role.SUPPLIER, Role.MEMBER, Role.OPERATOR})
    @Description("The supplier.")
    public List<@NonNull OrganisationView> supplierOfStatus(@Source List<SupplierStatusView> statuses) {
        return organisations.resolve(statuses, SupplierStatusView::supplierKey);
    }
}
