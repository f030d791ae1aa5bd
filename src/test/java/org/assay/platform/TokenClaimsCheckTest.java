package org.assay.platform;

import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The claims rule quarkus-oidc does not apply by itself, as a table. */
class TokenClaimsCheckTest {

    static final NumericDate NOW = NumericDate.fromSeconds(1_800_000_000L);
    static final Duration SKEW = Duration.ofSeconds(60);

    @Test
    void subjectMustBeNonEmptyAndIatNotInTheFuture() {
        Object[][] rows = {
                {"abc", null, null},
                {"abc", 0L, null},
                {"abc", 60L, null},
                {"abc", 61L, "the token was issued in the future (iat)"},
                {"abc", -3600L, null},
                {null, 0L, "the token has no subject (sub)"},
                {"", 0L, "the token has no subject (sub)"},
                {"   ", 0L, "the token has no subject (sub)"},
        };
        for (Object[] row : rows) {
            NumericDate iat = row[1] == null ? null : NumericDate.fromSeconds(NOW.getValue() + (Long) row[1]);
            String problem = TokenClaimsCheck.problem((String) row[0], iat, NOW, SKEW);
            if (row[2] == null) {
                assertNull(problem, String.valueOf(row[0]) + " " + row[1]);
            } else {
                assertEquals(row[2], problem);
            }
        }
    }

    @Test
    void outagesAreRecognisedByTheirCause() {
        assertEquals(true, ServiceUnavailableException.isOutage(new RuntimeException(new java.sql.SQLException("refused", "08001"))));
        assertEquals(true, ServiceUnavailableException.isOutage(new java.sql.SQLException("shutdown", "57P01")));
        assertEquals(false, ServiceUnavailableException.isOutage(new java.sql.SQLException("duplicate", "23505")));
        assertEquals(false, ServiceUnavailableException.isOutage(new IllegalStateException("bug")));
    }
}
