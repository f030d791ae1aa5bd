package org.assay.platform.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.introspection.Introspection;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.jsonp.JsonProviderHolder;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import org.assay.platform.Caller;
import org.jboss.logging.Logger;

import java.io.StringReader;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code POST /graphql}, GraphQL over HTTP as the specification (graphql.github.io/graphql-over-http) says, in front of
 * SmallRye GraphQL's engine. The event loop only moves bytes: it negotiates the media types, reads the body (bounded)
 * and hands the request to a bounded pool of worker threads, where the envelope is read ({@link Envelope}), the
 * document parsed and checked ({@link DocumentChecks}), then validated and executed by the engine (whose instrumentation
 * checks the operation's cost, {@link OperationLimits}). Each request has a time budget; when it is spent the client is
 * answered with {@code TIMEOUT} and the remaining work is cancelled at the next resolver.
 *
 * <p>Status codes: a body that is not a well-formed GraphQL-over-HTTP request (not JSON, wrong parameter types) gets 400
 * whatever the client accepts; 405, 406, 413, 415 their usual meaning; a refused cost budget 429 and a full worker queue
 * 503, both with {@code Retry-After}. Otherwise, with {@code Accept: application/json} (the default, also for a missing
 * Accept or {@code *}{@code /*}) every response is 200; with {@code application/graphql-response+json} a response
 * without {@code data} (parse, validation, coercion and limit failures) is 4xx. Every response, errors included, has a
 * JSON body and its content type.
 *
 * <p>{@code GET /graphql/schema.graphql} (the SDL) follows the same rule as introspection ({@code assay.graphql.introspection}).
 */
@ApplicationScoped
public class GraphQLEndpoint {

    private static final Logger LOG = Logger.getLogger(GraphQLEndpoint.class);

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final int CHECKED_CACHE_SIZE = 2048;
    private static final int CHECKED_CACHE_MAX_QUERY = 8192;

    @Inject
    GraphQLLimits limits;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest currentVertxRequest;

    private volatile ExecutionService executionService;
    private volatile ThreadPoolExecutor workers;

    /** Document texts (per allowance) that already passed {@link DocumentChecks}. */
    private final Map<String, Boolean> checked = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CHECKED_CACHE_SIZE;
        }
    });

    void routes(@Observes Router router) {
        AtomicInteger n = new AtomicInteger();
        workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(limits.queue()), r -> {
            Thread t = new Thread(r, "assay-graphql-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        workers.allowCoreThreadTimeOut(true);
        // After SmallRye's WebSocket route (-99, which takes the upgrades and passes on the rest) and before its HTTP one.
        // Media types and method first, then the body (bounded), then the work; three routes since Vert.x reads the body
        // in a route of its own.
        router.route("/graphql").order(-98).handler(this::negotiate);
        router.route("/graphql").order(-97).handler(BodyHandler.create(false).setBodyLimit(limits.maxBodySize()))
                .failureHandler(this::failure);
        router.route("/graphql").order(-96).handler(this::dispatch).failureHandler(this::failure);
        router.route(HttpMethod.GET, "/graphql/schema.graphql").order(-98).handler(this::schema);
    }

    void stop(@Observes ShutdownEvent event) {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /** Media types and method, before the body is read. */
    private void negotiate(RoutingContext ctx) {
        String type = responseType(ctx);
        if (type == null) {
            send(ctx, JSON, 406, refusal("NOT_ACCEPTABLE", "This endpoint answers application/graphql-response+json or application/json"), null);
            return;
        }
        ctx.put("assay.responseType", type);
        if (ctx.request().method() != HttpMethod.POST) {
            MultiMap h = MultiMap.caseInsensitiveMultiMap().add(HttpHeaders.ALLOW, "POST");
            send(ctx, type, 405, refusal("METHOD_NOT_ALLOWED", "Send GraphQL requests with POST"), h);
            return;
        }
        String problem = requestTypeProblem(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (problem != null) {
            send(ctx, type, 415, refusal("UNSUPPORTED_MEDIA_TYPE", problem), null);
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > limits.maxBodySize()) {
                    tooLarge(ctx, limits.maxBodySize());
                    return;
                }
            } catch (NumberFormatException e) {
                send(ctx, type, 400, refusal("BAD_REQUEST", "Content-Length is not a number"), null);
                return;
            }
        }
        ctx.next();
    }

    /** A body over the limit (the body handler fails with 413); every other failure — a refused token's 401 above all — is Quarkus's. */
    private void failure(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            tooLarge(ctx, limits.maxBodySize());
        } else {
            ctx.next();
        }
    }

    private void tooLarge(RoutingContext ctx, int limit) {
        String type = ctx.get("assay.responseType") == null ? JSON : ctx.get("assay.responseType");
        send(ctx, type, 413, refusal("DOCUMENT_TOO_LARGE", "The request body is larger than the limit of " + limit + " bytes"),
                null);
    }

    /** With the body read: the caller's allowance, then the work on a worker thread within the time budget. */
    private void dispatch(RoutingContext ctx) {
        String type = ctx.get("assay.responseType");
        QuarkusHttpUser user = ctx.user() instanceof QuarkusHttpUser u ? u : null;
        SecurityIdentity identity = user == null ? null : user.getSecurityIdentity();
        boolean anonymous = identity == null || identity.isAnonymous();
        GraphQLRequest.Allowance allowance = anonymous
                ? new GraphQLRequest.Allowance(true, limits.anonymous().maxBodySize(), limits.anonymous().maxBodySize(),
                limits.anonymous().maxTokens(), limits.anonymous().maxFragments(), limits.anonymous().maxNodes())
                : new GraphQLRequest.Allowance(false, limits.maxBodySize(), limits.maxDocumentSize(), limits.maxTokens(),
                limits.maxFragments(), limits.maxNodes());
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (body == null || body.length() == 0) {
            send(ctx, type, 400, refusal("BAD_REQUEST", "The request body must be a JSON object with a `query` string"), null);
            return;
        }
        if (body.length() > allowance.maxBodySize()) {
            tooLarge(ctx, allowance.maxBodySize());
            return;
        }
        GraphQLRequest request = new GraphQLRequest(allowance, System.nanoTime() + limits.timeBudget().toNanos(),
                budgetKey(identity), mayIntrospect(identity));
        Context eventLoop = Vertx.currentContext();
        AtomicBoolean answered = new AtomicBoolean();
        long timer = ctx.vertx().setTimer(Math.max(1, limits.timeBudget().toMillis()), id -> {
            request.cancel();
            if (answered.compareAndSet(false, true)) {
                send(ctx, type, 200, timeout(), null);
            }
        });
        ctx.response().closeHandler(v -> request.cancel());
        byte[] bytes = body.getBytes();
        try {
            workers.execute(() -> {
                Answer answer = run(ctx, bytes, request, type);
                eventLoop.runOnContext(v -> {
                    ctx.vertx().cancelTimer(timer);
                    if (answered.compareAndSet(false, true)) {
                        send(ctx, type, answer.status(), answer.body(), answer.headers());
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            ctx.vertx().cancelTimer(timer);
            answered.set(true);
            send(ctx, type, 503, refusal("OVERLOADED", "The service is busy; retry in a few seconds"),
                    MultiMap.caseInsensitiveMultiMap().add(HttpHeaders.RETRY_AFTER, "2"));
        }
    }

    private record Answer(int status, Buffer body, MultiMap headers) {
        Answer(int status, String body, MultiMap headers) {
            this(status, Buffer.buffer(body), headers);
        }
    }

    /** On a worker thread: everything from the envelope to the written result. */
    private Answer run(RoutingContext ctx, byte[] bytes, GraphQLRequest request, String type) {
        GraphQLRequest.bind(request);
        try {
            request.checkDeadline();
            Envelope envelope = Envelope.read(bytes, limits.maxJsonDepth(), limits.maxNumberLength());
            GraphQLRequest.Allowance allowance = request.allowance();
            String key = (allowance.anonymous() ? "a:" : "m:") + envelope.query();
            if (!checked.containsKey(key)) {
                DocumentChecks.check(envelope.query(), allowance.maxDocumentSize(), allowance.maxTokens(), allowance.maxFragments(),
                        limits.maxAliases());
                if (envelope.query().length() <= CHECKED_CACHE_MAX_QUERY) {
                    checked.put(key, Boolean.TRUE);
                }
            }
            jakarta.json.JsonObject input;
            try (JsonReader reader = JsonProviderHolder.jsonProvider().createReader(new StringReader(envelope.body()))) {
                input = reader.readObject();
            }
            Captured captured = execute(ctx, input, request);
            if (request.isCancelled()) {
                return new Answer(200, timeout(), null);
            }
            if (captured.failure != null) {
                return unexpected(captured.failure);
            }
            return answer(captured.response, type, request);
        } catch (RequestRefused e) {
            if ("TIMEOUT".equals(e.code())) {
                return new Answer(200, timeout(), null);
            }
            int status = "BAD_REQUEST".equals(e.code()) ? 400 : JSON.equals(type) ? 200 : e.httpStatus();
            return new Answer(status, errorBody(e), null);
        } catch (RuntimeException e) {
            return unexpected(e);
        } finally {
            GraphQLRequest.bind(null);
        }
    }

    /** An outage is 503 with Retry-After; anything else unexpected is 500 with an error id the ERROR log line repeats. */
    private static Answer unexpected(Throwable failure) {
        if (org.assay.platform.ServiceUnavailableException.isOutage(failure)) {
            return outage();
        }
        String id = java.util.UUID.randomUUID().toString();
        LOG.errorf(failure, "GraphQL request failed [errorId=%s]", id);
        return new Answer(500, new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", ErrorPresentation.INTERNAL_MESSAGE)
                .put("extensions", new JsonObject().put("code", "INTERNAL").put("errorId", id)))).encode(), null);
    }

    private static Answer outage() {
        return new Answer(503, OutageResponses.body(), OutageResponses.headers());
    }

    private static final class Captured {
        ExecutionResponse response;
        Throwable failure;
    }

    /** SmallRye's execution, synchronously on this thread, with the request context and identity it expects. */
    private Captured execute(RoutingContext ctx, jakarta.json.JsonObject input, GraphQLRequest request) {
        Captured captured = new Captured();
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            QuarkusHttpUser user = ctx.user() instanceof QuarkusHttpUser u ? u : null;
            if (user != null) {
                identities.setIdentity(user.getSecurityIdentity());
            } else {
                identities.setIdentity(QuarkusHttpUser.getSecurityIdentity(ctx, null));
            }
            currentVertxRequest.setCurrent(ctx);
            Map<String, Object> context = new ConcurrentHashMap<>();
            context.put("runBlocking", true); // resolvers run here, on this worker thread
            context.put("httpHeaders", headers(ctx));
            context.put("state", requestContext.getState());
            context.put(GraphQLRequest.KEY, request);
            if (!request.mayIntrospect()) {
                context.put(Introspection.INTROSPECTION_DISABLED, true);
            }
            executionService().executeSync(input, context, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    captured.response = response;
                }

                @Override
                public void fail(Throwable t) {
                    captured.failure = t;
                }
            });
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.terminate();
        }
        return captured;
    }

    private Answer answer(ExecutionResponse response, String type, GraphQLRequest request) {
        ExecutionResult result = response.getExecutionResult();
        Buffer body = ResultWriter.write(response);
        if (body.length() > limits.maxResponseSize()) {
            JsonObject error = new JsonObject().put("message", "The response would be larger than the limit of " + limits.maxResponseSize()
                    + " bytes; ask for fewer fields or smaller pages").put("extensions", new JsonObject().put("code", "RESPONSE_TOO_LARGE")
                    .put("limit", limits.maxResponseSize()));
            JsonObject out = new JsonObject().put("errors", new JsonArray().add(error));
            if (request.cost() != null) {
                out.put("extensions", new JsonObject().put("cost", new JsonObject(new HashMap<>(request.cost()))));
            }
            return new Answer(GRAPHQL_RESPONSE.equals(type) ? 400 : 200, out.encode(), null);
        }
        String code = result.getErrors().isEmpty() ? null : code(result.getErrors().get(0));
        for (GraphQLError e : result.getErrors()) {
            if ("SERVICE_UNAVAILABLE".equals(code(e))) {
                return new Answer(503, body, OutageResponses.headers());
            }
        }
        if ("RATE_LIMITED".equals(code)) {
            Object retry = result.getErrors().get(0).getExtensions().get("retryAfterSeconds");
            return new Answer(429, body, MultiMap.caseInsensitiveMultiMap().add(HttpHeaders.RETRY_AFTER, String.valueOf(retry)));
        }
        if (GRAPHQL_RESPONSE.equals(type) && !result.isDataPresent()) {
            int status = 400;
            for (GraphQLError e : result.getErrors()) {
                if ("INTROSPECTION_NOT_ALLOWED".equals(code(e))) {
                    status = request.allowance().anonymous() ? 401 : 403;
                }
            }
            return new Answer(status, body, null);
        }
        return new Answer(200, body, null);
    }

    private static String code(GraphQLError error) {
        Map<String, Object> ext = error.getExtensions();
        Object code = ext == null ? null : ext.get("code");
        return code == null ? null : code.toString();
    }

    /** {@code GET /graphql/schema.graphql}: the SDL, under the same rule as introspection. */
    private void schema(RoutingContext ctx) {
        QuarkusHttpUser user = ctx.user() instanceof QuarkusHttpUser u ? u : null;
        SecurityIdentity identity = user == null ? null : user.getSecurityIdentity();
        if (mayIntrospect(identity)) {
            ctx.next();
            return;
        }
        boolean anonymous = identity == null || identity.isAnonymous();
        send(ctx, JSON, anonymous ? 401 : 403, refusal("INTROSPECTION_NOT_ALLOWED", anonymous
                ? "The schema is available to signed-in members only: sign in first"
                : "The schema is available to members of an organisation only"), null);
    }

    boolean mayIntrospect(SecurityIdentity identity) {
        return switch (limits.introspection()) {
            case EVERYONE -> true;
            case OFF -> false;
            case MEMBERS -> identity != null && !identity.isAnonymous() && identity.getAttribute(Caller.ROLE) != null;
        };
    }

    private static String budgetKey(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        Object organisation = identity.getAttribute(Caller.ORGANISATION_ID);
        return organisation != null ? "organisation:" + organisation : "subject:" + identity.getPrincipal().getName();
    }

    /** The response media type the client accepts, in its order of preference; null when it accepts neither of ours. */
    static String responseType(RoutingContext ctx) {
        List<MIMEHeader> accept = ctx.parsedHeaders().accept();
        if (accept == null || accept.isEmpty() || ctx.request().getHeader(HttpHeaders.ACCEPT) == null
                || ctx.request().getHeader(HttpHeaders.ACCEPT).isBlank()) {
            return JSON;
        }
        for (MIMEHeader h : accept) {
            String t = h.value().trim().toLowerCase(Locale.ROOT);
            String q = h.parameter("q");
            if (q != null && q.trim().matches("0(\\.0*)?")) {
                continue;
            }
            if (t.equals(GRAPHQL_RESPONSE) || t.equals("application/graphql+json")) {
                return GRAPHQL_RESPONSE;
            }
            if (t.equals(JSON) || t.equals("application/*") || t.equals("*/*")) {
                return JSON;
            }
        }
        return null;
    }

    /** Why the request's Content-Type is not accepted, or null: application/json, in UTF-8 when a charset is named. */
    static String requestTypeProblem(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "Send the request as Content-Type: application/json";
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase(JSON)) {
            return "Send the request as Content-Type: application/json, not " + parts[0].trim();
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
                String charset = kv[1].trim().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    return "The request must be encoded in UTF-8, not " + charset;
                }
            }
        }
        return null;
    }

    private static Map<String, List<String>> headers(RoutingContext ctx) {
        Map<String, List<String>> h = new HashMap<>();
        MultiMap headers = ctx.request().headers();
        for (String name : headers.names()) {
            h.put(name, headers.getAll(name));
        }
        return h;
    }

    private ExecutionService executionService() {
        ExecutionService s = executionService;
        if (s == null) {
            s = executionService = Arc.container().instance(ExecutionService.class).get();
        }
        return s;
    }

    private static void send(RoutingContext ctx, String type, int status, String body, MultiMap headers) {
        send(ctx, type, status, Buffer.buffer(body), headers);
    }

    private static void send(RoutingContext ctx, String type, int status, Buffer body, MultiMap headers) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        if (headers != null) {
            ctx.response().headers().addAll(headers);
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8").end(body);
    }

    static String refusal(String code, String message) {
        return new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code)))).encode();
    }

    private static String errorBody(RequestRefused e) {
        JsonObject ext = new JsonObject(new LinkedHashMap<>(e.getExtensions()));
        return new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", e.getMessage()).put("extensions", ext)))
                .encode();
    }

    private static String timeout() {
        return new JsonObject().putNull("data").put("errors", new JsonArray().add(new JsonObject()
                .put("message", GraphQLRequest.TIMEOUT_MESSAGE)
                .put("extensions", new JsonObject().put("code", "TIMEOUT")))).encode();
    }
}
