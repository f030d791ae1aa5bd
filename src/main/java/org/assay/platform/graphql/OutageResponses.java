package org.assay.platform.graphql;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.assay.platform.ServiceUnavailableException;
import org.jboss.logging.Logger;

/**
 * While the database cannot be reached, every request — GraphQL, uploads, exports, whatever failed on the way (the
 * membership lookup at sign-in first of all) — is answered 503 with {@code Retry-After} and the code
 * {@code SERVICE_UNAVAILABLE}, instead of a 500. Readiness (the datasource health check) is DOWN meanwhile; the
 * connection pool opens new connections as soon as the database answers again, so service resumes by itself.
 */
@ApplicationScoped
public class OutageResponses {

    private static final Logger LOG = Logger.getLogger(OutageResponses.class);

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ServiceUnavailableException.isOutage(ctx.failure()) && !ctx.response().headWritten()) {
                LOG.debugf("database unreachable: %s %s answered 503", ctx.request().method(), ctx.request().path());
                ctx.response().headers().addAll(headers());
                ctx.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8").end(body());
            } else {
                ctx.next();
            }
        });
    }

    static MultiMap headers() {
        return MultiMap.caseInsensitiveMultiMap().add(HttpHeaders.RETRY_AFTER, Integer.toString(ServiceUnavailableException.RETRY_AFTER_SECONDS));
    }

    static String body() {
        return new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", ServiceUnavailableException.MESSAGE)
                .put("extensions", new JsonObject().put("code", "SERVICE_UNAVAILABLE")
                        .put("retryAfterSeconds", ServiceUnavailableException.RETRY_AFTER_SECONDS)))).encode();
    }
}
