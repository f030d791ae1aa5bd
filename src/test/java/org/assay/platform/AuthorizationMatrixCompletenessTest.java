package org.assay.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The matrix suite itself: an operation without a row is reported (so no future operation ships unchecked). */
class AuthorizationMatrixCompletenessTest {

    @Test
    void anOperationWithoutARowIsReported() {
        String sdl = """
                type Query { me: String  sneakyExport: String }
                type Mutation { admitOrganisation(input: String): String  deleteEverything: String }
                """;
        List<AuthorizationMatrix.Row> rows = List.of(
                new AuthorizationMatrix.Row("me", "{ me }", Map.of()),
                new AuthorizationMatrix.Row("admitOrganisation", "mutation { admitOrganisation }", Map.of()));
        assertEquals(Set.of("Query.sneakyExport", "Mutation.deleteEverything"), AuthorizationMatrix.missingRows(sdl, rows));
    }

    @Test
    void aNestedDataExposingFieldWithoutARowIsReported() {
        String sdl = """
                type Query { proposal: ChangeProposal }
                type ChangeProposal { id: ID  votes: [String]  secretTally: Int }
                type Vote { choice: String }
                """;
        List<AuthorizationMatrix.Row> rows = List.of(new AuthorizationMatrix.Row("ChangeProposal.votes", "{ proposal { votes } }", Map.of()));
        assertEquals(Set.of("ChangeProposal.secretTally"), AuthorizationMatrix.missingNestedRows(sdl,
                Set.of("ChangeProposal.votes", "ChangeProposal.secretTally", "Vote.notInSchema"), rows));
    }

    @Test
    void theShippedMatrixParses() {
        List<AuthorizationMatrix.Row> rows = AuthorizationMatrix.load("/authorization-matrix.txt");
        assertEquals(rows.size(), rows.stream().map(AuthorizationMatrix.Row::name).distinct().count(), "one row per operation");
    }
}
