package org.assay.cahra.api;

import jakarta.inject.Inject;
import org.assay.cahra.CahraLists;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** The operator maintains the CAHRA lists. */
@GraphQLApi
@Allow(Role.OPERATOR)
public class CahraListMutations {

    @Inject
    CahraLists lists;

    @Mutation
    @Description("Import a new CAHRA list version from CSV (header `country,region`). Every row at fault is a user error of its "
            + "own (`field: [\"input\", \"csv\", \"<row>\", \"<column>\"]`) and then nothing is imported. Versions never change: a "
            + "correction is a new version. From its effective date the version is in force: sites' `cahra` status follows it and "
            + "new assessments record it; assessments already requested keep the version they recorded. Operator only.")
    public ImportCahraListPayload importCahraList(@NonNull @Description("The list version.") ImportCahraListInput input) {
        return ImportCahraListPayload.of(lists.importList(input.source, input.version, input.effectiveFrom, input.csv));
    }
}
