package org.assay.platform.graphql;

import graphql.execution.ExecutionContext;

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

    public OperationLimits(GraphQLLimits limits, CostBudget budget) {
        this.limits = limits;
        this.budget = budget;
    }

    public void check(ExecutionContext ec, GraphQLRequest request) {
        request.checkDeadline();
        GraphQLLimits.Introspection intro = limits.introspectionAllowance();
        OperationCost cost = OperationCost.measure(ec.getGraphQLSchema(), ec.getOperationDefinition(), ec.getFragmentsByName(),
                ec.getCoercedVariables(), Math.max(limits.maxFields(), intro.maxFields()), Math.max(limits.maxDepth(), intro.maxDepth()),
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
