package org.assay.events;

import org.assay.support.GuideExamples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every GraphQL example of docs/api/events-and-webhooks.md is valid against docs/schema.graphql. */
class EventsDocTest {

    @Test
    void examplesMatchTheSchema() throws Exception {
        GuideExamples.Report report = GuideExamples.check("docs/api/events-and-webhooks.md");
        assertTrue(report.problems().isEmpty(), String.join("\n", report.problems()));
        assertTrue(report.examples() >= 2, "examples checked: " + report.examples());
    }
}
