package org.assay.platform.graphql;

import graphql.AssertException;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import org.assay.platform.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an operation will cost, measured on graphql-java's normalized operation — the operation as it would execute,
 * with every fragment expanded and every alias a field of its own — so that fragments cannot hide work:
 * <ul>
 *   <li><b>depth</b>: deepest field (a root field is 1);</li>
 *   <li><b>fields</b>: normalized fields;</li>
 *   <li><b>nodes</b>: estimated values in the response — a field counts once per object it is selected on; a list
 *   multiplies what is below it by the {@code first} of its connection (GitHub's model; {@link PageRequest#DEFAULT_PAGE_SIZE}
 *   when not given) or, for a list that is not paginated, by a configured estimate;</li>
 *   <li><b>points</b>: what the request takes from its organisation's hourly budget: one per hundred nodes (at least
 *   one), plus ten per root mutation field; an operation that only introspects costs one.</li>
 * </ul>
 * Plain code over graphql-java types; building the normalized operation is itself bounded (fields and depth).
 */
public record OperationCost(boolean mutation, boolean introspectionOnly, boolean introspects, int rootFields,
                            int depth, int fields, long nodes, int points) {

    static final Set<String> INTROSPECTION_FIELDS = Set.of("__schema", "__type");

    /** Thrown when the normalized operation could not even be built within the given bounds. */
    public static OperationCost measure(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
                                        CoercedVariables variables, int maxFields, int maxDepth, int listSizeEstimate) {
        ExecutableNormalizedOperation normalized;
        try {
            normalized = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(schema, operation, fragments, variables,
                    ExecutableNormalizedOperationFactory.Options.defaultOptions().maxFieldsCount(maxFields).maxChildrenDepth(maxDepth));
        } catch (AbortExecutionException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("depth")) {
                throw RequestRefused.limit("TOO_DEEP", "Field depth (fragments included)", maxDepth + 1L, maxDepth);
            }
            throw RequestRefused.limit("TOO_MANY_FIELDS", "Fields (fragments expanded)", maxFields + 1L, maxFields);
        }
        List<ExecutableNormalizedField> roots = normalized.getTopLevelFields();
        boolean introspects = false;
        boolean onlyIntrospection = !roots.isEmpty();
        for (ExecutableNormalizedField f : roots) {
            boolean meta = INTROSPECTION_FIELDS.contains(f.getName());
            introspects |= meta;
            onlyIntrospection &= meta || "__typename".equals(f.getName());
        }
        onlyIntrospection &= introspects;
        boolean mutation = normalized.getOperation() == OperationDefinition.Operation.MUTATION;
        long nodes = 0;
        for (ExecutableNormalizedField f : roots) {
            nodes = saturatedAdd(nodes, nodes(schema, f, 1, null, listSizeEstimate));
        }
        int points;
        if (onlyIntrospection) {
            points = 1;
        } else {
            long p = Math.max(1, (nodes + 99) / 100) + (mutation ? 10L * roots.size() : 0);
            points = (int) Math.min(Integer.MAX_VALUE, p);
        }
        return new OperationCost(mutation, onlyIntrospection, introspects, roots.size(), normalized.getOperationDepth(),
                normalized.getOperationFieldCount(), nodes, points);
    }

    /** Values this field and everything below it put in the response, resolved {@code times} times. */
    private static long nodes(GraphQLSchema schema, ExecutableNormalizedField field, long times, Integer pageSize, int listSizeEstimate) {
        GraphQLOutputType type;
        try {
            type = field.getType(schema);
        } catch (AssertException e) {
            type = null; // a field of several possible types (unions): counted once per parent
        }
        Object first = field.getResolvedArguments().get("first");
        Integer ownPage = first instanceof Number n ? Integer.valueOf(n.intValue())
                : field.getResolvedArguments().containsKey("first") || hasFirstArgument(schema, field) ? PageRequest.DEFAULT_PAGE_SIZE : null;
        long count = times;
        if (type != null && isList(type)) {
            int multiplier = ownPage != null ? ownPage : pageSize != null ? pageSize : listSizeEstimate;
            count = saturatedMultiply(times, Math.max(0, multiplier));
        }
        long total = count;
        Integer childPage = ownPage != null && (type == null || !isList(type)) ? ownPage : null;
        for (ExecutableNormalizedField child : field.getChildren()) {
            total = saturatedAdd(total, nodes(schema, child, count, childPage, listSizeEstimate));
        }
        return total;
    }

    private static boolean hasFirstArgument(GraphQLSchema schema, ExecutableNormalizedField field) {
        try {
            return field.getFieldDefinitions(schema).stream().anyMatch(d -> d.getArgument("first") != null);
        } catch (AssertException e) {
            return false;
        }
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType t = type instanceof GraphQLNonNull nn ? nn.getWrappedType() : type;
        return t instanceof GraphQLList;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatedMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
    }
}
