package org.assay.overview;

import org.assay.support.GuideExamples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every GraphQL example of docs/api/portfolio-overview.md is valid against docs/schema.graphql. */
class PortfolioOverviewDocTest {

    @Test
    void everyGraphqlExampleIsValidAgainstTheSchema() throws Exception {
        GuideExamples.Report report = GuideExamples.check("docs/api/portfolio-overview.md");
        assertTrue(report.examples() >= 10, "found only " + report.examples() + " examples");
        assertTrue(report.problems().isEmpty(), String.join("\n\n", report.problems()));
    }
}
