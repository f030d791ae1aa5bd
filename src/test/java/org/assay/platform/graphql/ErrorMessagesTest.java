package org.assay.platform.graphql;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, observations 6 and 7: every error a portal receives has a human message and a stable code; refusals and
 * invalid input are not logged as server errors; an unexpected failure has an error id that its ERROR log line repeats.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ErrorMessagesTest {

    /** Collects the log records at WARN and above of every logger while a block runs. */
    static final class Captured extends Handler implements AutoCloseable {
        final List<LogRecord> records = java.util.Collections.synchronizedList(new ArrayList<>());

        Captured() {
            setLevel(Level.ALL);
            Logger.getLogger("").addHandler(this);
        }

        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                records.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            Logger.getLogger("").removeHandler(this);
        }

        List<String> lines() {
            return records.stream().map(r -> r.getLevel() + " " + r.getLoggerName() + " " + r.getMessage()
                    + (r.getThrown() == null ? "" : " " + r.getThrown())).toList();
        }
    }

    static Map<String, Object> first(Gql.Result r) {
        assertFalse(r.errors().isEmpty(), r.raw());
        return r.errors().get(0);
    }

    @SuppressWarnings("unchecked")
    static String code(Map<String, Object> error) {
        return String.valueOf(((Map<String, Object>) error.get("extensions")).get("code"));
    }

    @Test
    void refusalsSayWhatHappenedAndAreNotLoggedAsErrors() {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Messages Firm", "DE");
        try (Captured log = new Captured()) {
            Map<String, Object> e = first(Gql.anonymous().post("{ organisations { nodes { id } } }"));
            assertEquals("Sign in first", e.get("message"));
            assertEquals("unauthorized", code(e));

            e = first(member.client().post("{ organisations { nodes { id } } }"));
            assertEquals("Your organisation's role MEMBER may not use organisations", e.get("message"));
            assertEquals("forbidden", code(e));

            e = first(Gql.rootOperator().post("{ organisations(first: 101) { nodes { id } } }"));
            assertEquals("first must be between 1 and 100, was 101", e.get("message"));
            assertEquals("INVALID_ARGUMENT", code(e));

            e = first(Gql.rootOperator().post("query($id: ID!) { organisation(id: $id) { id } }", vars("id", UUID.randomUUID().toString())));
            assertEquals("NOT_FOUND", code(e));

            e = first(Gql.as("nobody-" + UUID.randomUUID()).post("{ portfolio { nodes { id } } }"));
            assertEquals("NOT_A_MEMBER", code(e));
            assertFalse(String.valueOf(e.get("message")).contains("System error"));

            // wrong-typed variable and literal: what was expected, no SmallRye id or Java class
            for (Gql.Result r : List.of(
                    Gql.rootOperator().post("query($f: Int) { organisations(first: $f) { nodes { id } } }", vars("f", Map.of("a", 1))),
                    Gql.rootOperator().post("{ organisations(first: \"ten\") { nodes { id } } }"),
                    Gql.rootOperator().post("query($f: [String]) { organisations(first: 1, after: $f) { nodes { id } } }", vars("f", List.of("x"))))) {
                for (Map<String, Object> err : r.errors()) {
                    String message = String.valueOf(err.get("message"));
                    assertFalse(message.matches("(?s).*(SRGQL|java\\.|org\\.assay|HashMap|Exception|System error).*"), r.raw());
                    assertFalse(code(err).equals("null"), r.raw());
                }
                assertFalse(r.errors().isEmpty(), r.raw());
            }
            // no error of any kind says "System error"
            assertEquals(List.of(), log.lines(), "refusals and invalid input were logged at WARN/ERROR");
        }
    }

    @Test
    void anUnexpectedFailureHasAnErrorIdThatTheLogLineRepeats() {
        try (Captured log = new Captured()) {
            GraphQLError raw = new ExceptionWhileDataFetching(ResultPath.parse("/assessment/score"),
                    new IllegalStateException("row 42 vanished"), null);
            GraphQLError shown = ErrorPresentation.present(raw, Optional::empty);
            assertEquals("INTERNAL", shown.getExtensions().get("code"));
            String id = String.valueOf(shown.getExtensions().get("errorId"));
            assertFalse(shown.getMessage().contains("row 42"), shown.getMessage());
            assertEquals(1, log.records.size(), log.lines().toString());
            LogRecord line = log.records.get(0);
            assertEquals("SEVERE", line.getLevel().getName().equals("ERROR") ? "SEVERE" : line.getLevel().getName());
            String text = java.text.MessageFormat.format(line.getMessage(), line.getParameters() == null ? new Object[0] : line.getParameters());
            assertTrue(text.contains(id) || String.format(line.getMessage(), line.getParameters()).contains(id), text);
            assertTrue(line.getThrown() != null && line.getThrown().getMessage().contains("row 42"));
        }
    }

    @Test
    void coercionMessagesAreCleaned() {
        assertEquals("Expected type Int but was an object.", ErrorPresentation.clean("SRGQL000013: Expected type [Int] but was [HashMap]."));
        assertEquals("Expected AST type 'IntValue' but was 'StringValue'.",
                ErrorPresentation.clean("SRGQL000015: Expected AST type 'IntValue' but was 'StringValue'."));
        assertFalse(ErrorPresentation.clean("'2020-13-01' is not a valid 'Unknown Scalar Type [org.assay.accreditation.AccreditationApi$AccreditationFilter]'")
                .matches(".*(org\\.assay|\\$|Unknown Scalar).*"));
    }
}
