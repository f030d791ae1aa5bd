package org.assay.webhook;

import org.assay.support.GuideExamples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every GraphQL example of docs/api/events-and-webhooks.md is valid against docs/schema.graphql. */
class WebhooksDocTest {

    @Test
    void everyGraphqlExampleIsValidAgainstTheSchema() throws Exception {
        GuideExamples.Report report = GuideExamples.check("docs/api/events-and-webhooks.md");
        assertTrue(report.examples() >= 7, "found only " + report.examples() + " examples");
        assertTrue(report.problems().isEmpty(), String.join("\n\n", report.problems()));
    }
}
