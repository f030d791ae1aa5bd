package org.assay.supplier;

import org.assay.support.GuideExamples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every GraphQL example of docs/api/suppliers-and-portfolios.md is valid against docs/schema.graphql. */
class SuppliersAndPortfoliosDocTest {

    @Test
    void everyGraphqlExampleIsValidAgainstTheSchema() throws Exception {
        GuideExamples.Report report = GuideExamples.check("docs/api/suppliers-and-portfolios.md");
        assertTrue(report.examples() >= 20, "found only " + report.examples() + " examples");
        assertTrue(report.problems().isEmpty(), String.join("\n\n", report.problems()));
    }
}
