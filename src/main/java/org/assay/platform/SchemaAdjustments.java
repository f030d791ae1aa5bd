package org.assay.platform;

import graphql.Directives;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.execution.error.GraphQLExceptionWhileDataFetching;
import io.smallrye.graphql.spi.EventingService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import static graphql.util.TreeTransformerUtil.changeNode;

/**
 * Two finishing touches to the schema SmallRye builds, made through SmallRye's schema hook (registered in
 * {@code META-INF/services/io.smallrye.graphql.spi.EventingService}):
 * <ul>
 *   <li><b>Scalars client tooling can load.</b> SmallRye's own scalars ({@code DateTime}, {@code Date}, {@code BigDecimal},
 *   {@code BigInteger}) are described "Scalar for X"; here they get a real description and, where a specification
 *   exists, {@code @specifiedBy}. The export prints them ({@code quarkus.smallrye-graphql.schema-include-scalars}).</li>
 *   <li><b>{@code nodes(ids: [ID!]!)}</b>: SmallRye cannot take a list of {@code @Id}, so the Java parameter is a list of
 *   strings and the argument's type is set here.</li>
 *   <li><b>{@code nodes(ids:)} reports each id it cannot resolve</b> as a {@code NOT_FOUND} error at that index
 *   ({@code path: ["nodes", i]}), built like every other error of a {@link NotFoundException}, so the answer for an
 *   invisible object is exactly the answer for an unknown one.</li>
 * </ul>
 * Both depend on SmallRye's schema model: re-check them on every SmallRye upgrade (a test pins each).
 */
public class SchemaAdjustments implements EventingService {

    /** Description and specification URL of the scalars SmallRye declares. */
    static final Map<String, Scalar> SCALARS = Map.of(
            "DateTime", new Scalar("An instant, as an RFC 3339 date-time in UTC, e.g. `2026-03-01T09:30:00Z`.",
                    "https://www.rfc-editor.org/rfc/rfc3339#section-5.6"),
            "Date", new Scalar("A calendar date, as an RFC 3339 full-date (ISO 8601 `YYYY-MM-DD`), e.g. `2026-03-01`.",
                    "https://www.rfc-editor.org/rfc/rfc3339#section-5.6"),
            "BigDecimal", new Scalar("An exact decimal number, sent as a JSON number (e.g. `72.5`); inputs also accept it as a string.", null),
            "BigInteger", new Scalar("A whole number beyond the 32 bits of `Int` (a 64-bit value here), sent as a JSON number; inputs also accept it as a string.", null));

    record Scalar(String description, String specifiedBy) {
    }

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema described = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType node, TraverserContext<GraphQLSchemaElement> context) {
                Scalar s = SCALARS.get(node.getName());
                if (s == null || (s.description().equals(node.getDescription()) && java.util.Objects.equals(s.specifiedBy(), node.getSpecifiedByUrl()))) {
                    return TraversalControl.CONTINUE;
                }
                return changeNode(context, node.transform(b -> {
                    b.description(s.description());
                    if (s.specifiedBy() != null) {
                        // the URL for introspection (__Type.specifiedByURL), the directive for the printed schema
                        b.specifiedByUrl(s.specifiedBy()).withAppliedDirective(GraphQLAppliedDirective.newDirective()
                                .name(Directives.SpecifiedByDirective.getName())
                                .argument(GraphQLAppliedDirectiveArgument.newArgument().name("url")
                                        .type(GraphQLNonNull.nonNull(Scalars.GraphQLString)).valueProgrammatic(s.specifiedBy()).build())
                                .build());
                    }
                }));
            }

            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition node, TraverserContext<GraphQLSchemaElement> context) {
                if (!"nodes".equals(node.getName()) || !(context.getParentNode() instanceof GraphQLObjectType parent)
                        || !"Query".equals(parent.getName()) || node.getArgument("ids") == null) {
                    return TraversalControl.CONTINUE;
                }
                // SmallRye cannot take a list of @Id; the Java parameter is a list of strings, the schema says what they are
                GraphQLArgument ids = node.getArgument("ids").transform(a -> a.type(
                        GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLID)))));
                return changeNode(context, node.transform(f -> f.argument(ids)));
            }
        });
        GraphQLCodeRegistry registry = resolveTypesByName(described);
        GraphQLFieldDefinition nodes = described.getQueryType() == null ? null : described.getQueryType().getFieldDefinition("nodes");
        if (nodes != null) {
            FieldCoordinates at = FieldCoordinates.coordinates(described.getQueryType().getName(), "nodes");
            DataFetcher<?> original = registry.getDataFetcher(at, nodes);
            registry = registry.transform(r -> r.dataFetcher(at, notFoundPerIndex(original)));
        }
        return GraphQLSchema.newSchema(described).codeRegistry(registry);
    }

    /**
     * The transformation above rebuilds every type that holds a changed scalar, but SmallRye's type resolvers (interfaces,
     * unions) hold the types as they were built: resolved by name against the executing schema, they give its instances.
     */
    static GraphQLCodeRegistry resolveTypesByName(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return registry.transform(b -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                TypeResolver original = type instanceof GraphQLInterfaceType i ? registry.getTypeResolver(i)
                        : type instanceof GraphQLUnionType u ? registry.getTypeResolver(u) : null;
                if (original != null) {
                    b.typeResolver(type.getName(), env -> {
                        GraphQLObjectType resolved = original.getType(env);
                        return resolved == null ? null : env.getSchema().getObjectType(resolved.getName());
                    });
                }
            }
        });
    }

    /** Wraps the {@code nodes} fetcher: every null element gets its NOT_FOUND error, at its index. */
    static DataFetcher<Object> notFoundPerIndex(DataFetcher<?> original) {
        return env -> {
            Object result = original.get(env);
            if (result instanceof CompletionStage<?> stage) {
                return stage.thenApply(r -> withNotFound(env, r));
            }
            return withNotFound(env, result);
        };
    }

    private static Object withNotFound(DataFetchingEnvironment env, Object result) {
        List<GraphQLError> before = List.of();
        Object data = result;
        Object localContext = null;
        if (result instanceof DataFetcherResult<?> r) {
            before = r.getErrors();
            data = r.getData();
            localContext = r.getLocalContext();
        }
        if (!(data instanceof List<?> list) || !before.isEmpty()) {
            return result;
        }
        List<GraphQLError> errors = new ArrayList<>();
        ResultPath path = env.getExecutionStepInfo().getPath();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                errors.add(new GraphQLExceptionWhileDataFetching(path.segment(i), new NotFoundException("Node"),
                        env.getField().getSourceLocation()));
            }
        }
        if (errors.isEmpty()) {
            return result;
        }
        return DataFetcherResult.newResult().data(data).errors(errors).localContext(localContext).build();
    }
}
