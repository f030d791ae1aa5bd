package org.assay.demo;

import graphql.ExecutionResult;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.jsonp.JsonProviderHolder;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.mutiny.Uni;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.assay.membership.MembershipIdentityAugmentor;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs GraphQL documents in-process as one person, through the same engine, guard, services and audit trail as
 * {@code POST /graphql} (only the HTTP transport and the per-request limits are left out: the demo loader is trusted).
 * The person's organisation and role come from the membership records, as for a real token.
 */
final class DemoSession {

    private final String subject;
    private final boolean bootstrapOperator;

    private DemoSession(String subject, boolean bootstrapOperator) {
        this.subject = subject;
        this.bootstrapOperator = bootstrapOperator;
    }

    static DemoSession as(DemoCast.Part part) {
        return new DemoSession(part.user(), false);
    }

    /** Someone without an account or token (a complainant on the public grievance operations). */
    static DemoSession anonymous() {
        return new DemoSession(null, false);
    }

    /** Someone holding the IdP's operator bootstrap role, before the operator organisation has any people. */
    static DemoSession bootstrap(String operatorRole) {
        return new DemoSession("demo-bootstrap", true).withRole(operatorRole);
    }

    private String role;

    private DemoSession withRole(String role) {
        this.role = role;
        return this;
    }

    /** Runs the document; fails on any error or user error (the demo world is built only from valid steps). */
    Data run(String document, Map<String, Object> variables) {
        ExecutionResult result = execute(document, variables);
        if (!result.getErrors().isEmpty()) {
            throw new IllegalStateException("demo step failed as " + subject + ": " + result.getErrors() + "\n" + document);
        }
        Data data = new Data(result.getData());
        data.requireNoUserErrors(subject, document);
        return data;
    }

    Data run(String document) {
        return run(document, Map.of());
    }

    private ExecutionResult execute(String document, Map<String, Object> variables) {
        JsonObject input = JsonProviderHolder.jsonProvider().createObjectBuilder()
                .add("query", document)
                .add("variables", toJson(variables))
                .build();
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        ExecutionResponse[] response = new ExecutionResponse[1];
        Throwable[] failure = new Throwable[1];
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(identity());
            Map<String, Object> context = new ConcurrentHashMap<>();
            context.put("runBlocking", true);
            context.put("state", requestContext.getState());
            Arc.container().instance(ExecutionService.class).get().executeSync(input, context, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse r) {
                    response[0] = r;
                }

                @Override
                public void fail(Throwable t) {
                    failure[0] = t;
                }
            });
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.terminate();
        }
        if (failure[0] != null) {
            throw new IllegalStateException("demo step failed as " + subject + "\n" + document, failure[0]);
        }
        return response[0].getExecutionResult();
    }

    /** The verified identity a token of this person gives, augmented with the membership records. */
    SecurityIdentity identity() {
        if (subject == null) {
            return QuarkusSecurityIdentity.builder().setAnonymous(true)
                    .setPrincipal(new io.quarkus.security.runtime.QuarkusPrincipal("")).build();
        }
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder().setPrincipal(new DemoToken(subject, issuer()));
        if (bootstrapOperator) {
            b.addRole(role);
        }
        SecurityIdentity base = b.build();
        return Arc.container().instance(MembershipIdentityAugmentor.class).get()
                .augment(base, new AuthenticationRequestContext() {
                    @Override
                    public Uni<SecurityIdentity> runBlocking(Supplier<SecurityIdentity> function) {
                        return Uni.createFrom().item(function);
                    }
                }).await().indefinitely();
    }

    /**
     * The issuer the demo people are recorded under: {@code assay.identity.issuer}, the fixed name dev mode gives its
     * OIDC provider (whose issuer URL changes port at every start), so the demo users' real tokens find them.
     */
    private static String issuer() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("assay.identity.issuer", String.class)
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException("the demo world needs assay.identity.issuer (dev mode sets dev-oidc)"));
    }

    /** The claims a token of a demo person carries, as the membership lookup reads them: subject and issuer only. */
    private record DemoToken(String subject, String issuer) implements org.eclipse.microprofile.jwt.JsonWebToken {
        @Override
        public String getName() {
            return subject;
        }

        @Override
        public java.util.Set<String> getClaimNames() {
            return java.util.Set.of("sub", "iss");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) switch (claimName) {
                case "sub" -> subject;
                case "iss" -> issuer;
                default -> null;
            };
        }
    }

    private static JsonValue toJson(Object value) {
        String json = io.vertx.core.json.Json.encode(value);
        try (JsonReader reader = JsonProviderHolder.jsonProvider().createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /** An answer's data, read by dotted paths (list items by index: {@code nodes.0.id}). */
    static final class Data {
        private final Object root;

        Data(Object root) {
            this.root = root;
        }

        Object get(String path) {
            Object at = root;
            for (String part : path.split("\\.")) {
                if (at instanceof Map<?, ?> m) {
                    at = m.get(part);
                } else if (at instanceof List<?> l) {
                    at = l.get(Integer.parseInt(part));
                } else {
                    return null;
                }
            }
            return at;
        }

        String string(String path) {
            Object v = get(path);
            return v == null ? null : v.toString();
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String path) {
            Object v = get(path);
            return v == null ? List.of() : (List<Map<String, Object>>) v;
        }

        @SuppressWarnings("unchecked")
        List<String> list0(String path) {
            Object v = get(path);
            return v == null ? List.of() : (List<String>) v;
        }

        void requireNoUserErrors(String subject, String document) {
            if (root instanceof Map<?, ?> m) {
                for (Object payload : m.values()) {
                    if (payload instanceof Map<?, ?> p && p.get("userErrors") instanceof List<?> errors && !errors.isEmpty()) {
                        throw new IllegalStateException("demo step refused as " + subject + ": " + errors + "\n" + document);
                    }
                }
            }
        }
    }
}
