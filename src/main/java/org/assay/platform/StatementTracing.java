package org.assay.platform;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Whether each JDBC statement gets an OpenTelemetry span: by default exactly when traces are exported (an OTLP endpoint is
 * configured, {@code ASSAY_OTLP_ENDPOINT}). Without an exporter nobody receives those spans, yet wrapping every connection,
 * statement and result set costs measurable service CPU (the A/B is in docs/performance.md, 2026-12-03 20:02 UTC); the HTTP
 * and GraphQL spans stay, so log lines still carry trace ids. Lowest priority:
 * {@code quarkus.datasource.jdbc.telemetry.enabled} (or {@code QUARKUS_DATASOURCE_JDBC_TELEMETRY_ENABLED}) set anywhere
 * else wins.
 */
public class StatementTracing implements ConfigSourceFactory {

    static final String KEY = "quarkus.datasource.jdbc.telemetry.enabled";
    static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean on = tracesExported(valueOf(context, TRACES_ENDPOINT), valueOf(context, ENDPOINT));
        return List.of(new MapBackedConfigSource("assay-statement-tracing", Map.of(KEY, Boolean.toString(on)), 50) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    /** Traces leave the process when the traces endpoint, or else the general OTLP endpoint, is not blank. */
    static boolean tracesExported(String tracesEndpoint, String endpoint) {
        if (tracesEndpoint != null) {
            return !tracesEndpoint.isBlank();
        }
        return endpoint != null && !endpoint.isBlank();
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
