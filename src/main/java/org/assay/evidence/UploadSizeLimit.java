package org.assay.evidence;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Refuses an upload whose declared length is over {@code assay.evidence.max-size} (plus room for the multipart
 * envelope) before its body is read, with the same JSON {@code TOO_LARGE} answer as the check after reading, instead of
 * the bare 413 of the HTTP body limit. Uploads without a declared length (chunked) are checked after reading, so the
 * HTTP body limit ({@code quarkus.http.limits.max-body-size}) must stay above the evidence limit (checked at startup);
 * only a chunked upload over the HTTP body limit itself still gets the HTTP layer's bare 413.
 */
@ApplicationScoped
public class UploadSizeLimit {

    /** Room for the multipart boundaries, part headers and the small form fields around the file. */
    static final long MULTIPART_ALLOWANCE = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(UploadSizeLimit.class);

    @Inject
    EvidenceService evidence;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> httpBodyLimit;

    void register(@Observes Filters filters) {
        long limit = evidence.maxSize() + MULTIPART_ALLOWANCE;
        String body = "{\"code\":\"TOO_LARGE\",\"message\":\"files may be at most " + evidence.maxSize() + " bytes\"}";
        filters.register(rc -> {
            if (rc.request().method() == HttpMethod.POST && "/documents".equals(rc.normalizedPath())
                    && declaredLength(rc.request().getHeader("Content-Length")) > limit) {
                rc.response().setStatusCode(413)
                        .putHeader("Content-Type", "application/json")
                        .putHeader("Connection", "close")
                        .end(body);
                return;
            }
            rc.next();
        }, 100);
    }

    void checkHttpLimit(@Observes StartupEvent event) {
        long needed = evidence.maxSize() + MULTIPART_ALLOWANCE;
        httpBodyLimit.filter(l -> l.asLongValue() < needed).ifPresent(l -> LOG.warnf(
                "quarkus.http.limits.max-body-size (%d bytes) is below assay.evidence.max-size plus the multipart envelope "
                        + "(%d bytes): large uploads get a bare 413 from the HTTP layer instead of TOO_LARGE. Raise it.",
                l.asLongValue(), needed));
    }

    static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
