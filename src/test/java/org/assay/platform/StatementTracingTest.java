package org.assay.platform;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.ClientProxy;
import io.quarkus.agroal.runtime.OpenTelemetryAgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Statement spans follow the exporter: with no OTLP endpoint (the test profile, like a deployment that collects no
 * traces) the connection pool is not wrapped by OpenTelemetry. PackagedServiceIT proves the other side: with
 * {@code ASSAY_OTLP_ENDPOINT} set, JDBC spans are exported.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class StatementTracingTest {

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest(name = "traces endpoint [{0}], endpoint [{1}] -> {2}")
    @CsvSource(value = {
            "NULL, NULL, false",
            "' ', NULL, false",
            "'', NULL, false",
            "http://collector:4317, NULL, true",
            "NULL, http://collector:4317, true",
            "' ', http://collector:4317, false",   // the traces endpoint, when set, decides (blank = traces off)
            "http://collector:4318/v1/traces, ' ', true",
    }, nullValues = "NULL")
    void statementsAreTracedExactlyWhenTracesAreExported(String tracesEndpoint, String endpoint, boolean traced) {
        assertEquals(traced, StatementTracing.tracesExported(tracesEndpoint, endpoint));
    }

    @Test
    void withoutAnExporterThePoolIsNotWrapped() {
        assertEquals(Boolean.FALSE, ConfigProvider.getConfig().getValue(StatementTracing.KEY, Boolean.class));
        Object pool = ClientProxy.unwrap(dataSource);
        assertFalse(pool instanceof OpenTelemetryAgroalDataSource, pool.getClass().getName());
    }
}
