package org.assay.platform;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uploads ({@code POST /documents}) must declare a multipart boundary that RFC 2046 allows (1–70 characters of its
 * set, optionally quoted) before their body is parsed: the REST layer's parser fails on an empty or unterminated one
 * with a server error. Refused with 400 {@code {"code":"BAD_REQUEST"}}; anything else passes on untouched (the
 * resource answers 415 for other media types).
 */
@ApplicationScoped
public class MultipartBoundaryCheck {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)(?:^|;)\\s*boundary\\s*=\\s*(\"([^\"]*)\"|[^;\\s]*)\\s*(?:;|$)");
    private static final Pattern BCHARS = Pattern.compile("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");

    void routes(@Observes Router router) {
        router.route(HttpMethod.POST, "/documents").order(-90).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.trim().toLowerCase().startsWith("multipart/form-data") || valid(type)) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("code", "BAD_REQUEST").put("message",
                        "multipart/form-data needs a boundary of 1 to 70 characters (RFC 2046)").encode());
    }

    public static boolean valid(String contentType) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            return false;
        }
        String value = m.group(2) != null ? m.group(2) : m.group(1);
        return BCHARS.matcher(value).matches();
    }
}
