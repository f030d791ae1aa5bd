package org.assay.platform.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.ExecutionContext;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The limits checked on a validated operation before any field runs, in the engine's instrumentation
 * ({@code platform.GraphQLExecution}): who may introspect, then the operation's cost measured with its fragments
 * expanded ({@link OperationCost}) against the caller's allowance — introspection documents against their own fixed
 * allowance —, then the caller's hourly cost budget ({@link CostBudget}).
 */
public final class OperationLimits {

    private final GraphQLLimits limits;
    private final CostBudget budget;

    /**
     * Measured costs of queries, by parsed operation (graphql-java's AST nodes compare by identity, and SmallRye's
     * document cache hands the same parsed document to every request with the same text) and variables (by value): a
     * portal sends the same few operations all day, and measuring one walks its whole normalized operation (3.7 % of the
     * portfolio page's CPU samples, issue 16). Mutations, whose variables carry their inputs, are measured every time.
     */
    private final Cache<CostKey, OperationCost> measured = Caffeine.newBuilder().maximumSize(2_000).build();

    record CostKey(GraphQLSchema schema, OperationDefinition operation, Map<String, Object> variables, int maxFields, int maxDepth,
                   int listSizeEstimate) {
    }

    public OperationLimits(GraphQLLimits limits, CostBudget budget) {
        this.limits = limits;
        this.budget = budget;
    }

    /** The operation's cost, measured once per parsed query and variables. */
    OperationCost cost(ExecutionContext ec, int maxFields, int maxDepth, int listSizeEstimate) {
        OperationDefinition operation = ec.getOperationDefinition();
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return OperationCost.measure(ec.getGraphQLSchema(), operation, ec.getFragmentsByName(), ec.getCoercedVariables(),
                    maxFields, maxDepth, listSizeEstimate);
        }
        CostKey key = new CostKey(ec.getGraphQLSchema(), operation, ec.getCoercedVariables().toMap(), maxFields, maxDepth, listSizeEstimate);
        OperationCost known = measured.getIfPresent(key);
        if (known != null) {
            return known;
        }
        // not computed inside the cache: an operation beyond the bounds throws, and nothing is kept for it
        OperationCost cost = OperationCost.measure(ec.getGraphQLSchema(), operation, ec.getFragmentsByName(), ec.getCoercedVariables(),
                maxFields, maxDepth, listSizeEstimate);
        measured.put(key, cost);
        return cost;
    }

    public void check(ExecutionContext ec, GraphQLRequest request) {
        request.checkDeadline();
        GraphQLLimits.Introspection intro = limits.introspectionAllowance();
        OperationCost cost = cost(ec, Math.max(limits.maxFields(), intro.maxFields()), Math.max(limits.maxDepth(), intro.maxDepth()),
                limits.listSizeEstimate());
        if (cost.introspects() && !request.mayIntrospect()) {
            boolean anonymous = request.allowance().anonymous();
            throw new RequestRefused(anonymous ? 401 : 403, "INTROSPECTION_NOT_ALLOWED", anonymous
                    ? "The schema is available to signed-in members only: sign in first"
                    : "The schema is available to members of an organisation only", null);
        }
        if (cost.introspectionOnly()) {
            within("TOO_DEEP", "Field depth of an introspection query", cost.depth(), intro.maxDepth());
            within("TOO_MANY_FIELDS", "Fields of an introspection query", cost.fields(), intro.maxFields());
        } else {
            within("TOO_DEEP", "Field depth (fragments included)", cost.depth(), limits.maxDepth());
            within("TOO_MANY_FIELDS", "Fields (fragments expanded)", cost.fields(), limits.maxFields());
            within("TOO_MANY_NODES", "Estimated response nodes", cost.nodes(), request.allowance().maxNodes());
            if (cost.mutation()) {
                within("TOO_MANY_MUTATIONS", "Root mutation fields", cost.rootFields(), limits.maxRootMutations());
            }
        }
        if (request.budgetKey() != null) {
            CostBudget.Charge charge = budget.charge(request.budgetKey(), cost.points());
            request.cost(cost.points(), charge.limit(), charge.remaining(), charge.resetAt());
            if (!charge.granted()) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("requestedPoints", cost.points());
                details.put("remaining", charge.remaining());
                details.put("resetAt", charge.resetAt().toString());
                long retry = Math.max(1, Duration.between(Instant.now(), charge.resetAt()).toSeconds());
                details.put("retryAfterSeconds", Math.min(retry, 3600));
                throw new RequestRefused(429, "RATE_LIMITED", "This request costs " + cost.points() + " points and your organisation has "
                        + charge.remaining() + " of its " + charge.limit() + " points per hour left; the budget resets at " + charge.resetAt(), details);
            }
        }
        request.checkDeadline();
    }

    private static void within(String code, String what, long measured, long limit) {
        if (measured > limit) {
            throw RequestRefused.limit(code, what, measured, limit);
        }
    }
}
