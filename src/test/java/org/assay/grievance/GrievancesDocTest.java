package org.assay.grievance;

import org.assay.support.GuideExamples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every GraphQL example of docs/api/grievances-and-disputes.md is valid against docs/schema.graphql. */
class GrievancesDocTest {

    @Test
    void everyGraphqlExampleIsValidAgainstTheSchema() throws Exception {
        GuideExamples.Report report = GuideExamples.check("docs/api/grievances-and-disputes.md");
        assertTrue(report.examples() >= 15, "found only " + report.examples() + " examples");
        assertTrue(report.problems().isEmpty(), String.join("\n\n", report.problems()));
    }
}
