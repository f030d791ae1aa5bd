package org.assay.platform;

import graphql.GraphQLException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Supplier;

/**
 * How the GraphQL layer reads a plain property of a returned object (a view record's component, a getter, a public
 * field): registered with SmallRye GraphQL through {@code META-INF/services/io.smallrye.graphql.spi.DataFetcherService}.
 *
 * <p>SmallRye's own property fetcher builds a full request context for every property of every row before reading it
 * (it clones the context, renders the result path and execution id to strings, and computes the selection set twice).
 * Nothing in Assay reads that context below an operation, and on a 50-row page those per-property contexts were the
 * largest single cost of a request (see docs/performance.md). This fetcher reads the property directly, as a graphql-java
 * {@link LightDataFetcher} (no data-fetching environment is built for it), and only falls back to SmallRye's
 * transformation ({@link FieldHelper}) for the properties that need one (formatted scalars such as dates, collections,
 * maps, adapters). Operations ({@code @Query}, {@code @Mutation}, {@code @Source} resolvers) are not affected: they keep
 * SmallRye's fetchers, context and interceptors.
 */
public class PropertyFetching implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 100;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new PropertyFetcher(field, owner);
    }

    /** Reads one property of the source object; transforms the value only when SmallRye would change it. */
    static final class PropertyFetcher implements PlugableDataFetcher<Object>, LightDataFetcher<Object> {

        private final Field field;
        private final Reference owner;
        private final FieldHelper helper;
        private final boolean plain;
        private volatile Accessor accessor;

        PropertyFetcher(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.helper = new FieldHelper(field);
            this.plain = isPlain(field);
        }

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> env) throws Exception {
            Object value = read(source);
            return plain || value == null ? value : transform(value, env.get());
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            Object value = read(env.getSource());
            return plain || value == null ? value : transform(value, env);
        }

        private Object read(Object source) throws Exception {
            if (source == null) {
                return null;
            }
            Accessor a = accessor;
            if (a == null) {
                a = accessor = accessor();
            }
            return a.read(source);
        }

        private Object transform(Object value, DataFetchingEnvironment env) {
            try {
                return helper.transformOrAdaptResponse(value, env);
            } catch (AbstractDataFetcherException e) {
                // As SmallRye's own fetcher: a value that cannot be transformed is returned as it is.
                return value;
            }
        }

        private Accessor accessor() {
            try {
                Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
                if (field.getMethodName() == null) {
                    java.lang.reflect.Field f = type.getField(field.getPropertyName());
                    return f::get;
                }
                Method m = type.getMethod(field.getMethodName());
                return source -> {
                    try {
                        return m.invoke(source);
                    } catch (InvocationTargetException e) {
                        throw e.getCause() instanceof Exception ex ? ex : e;
                    }
                };
            } catch (ReflectiveOperationException e) {
                throw new GraphQLException(e);
            }
        }

        /**
         * True when SmallRye's transformation would return the value unchanged: a single (unwrapped) scalar whose Java
         * class is the GraphQL scalar's own class, an enum, or an object type, with no adapter.
         */
        static boolean isPlain(Field field) {
            Reference ref = field.getReference();
            if (field.hasWrapper() || field.isAdaptingWith() || field.isAdaptingTo() || ref.isAdaptingWith() || ref.isAdaptingTo()) {
                return false;
            }
            if (field.hasTransformation()) {
                return false;
            }
            return switch (ref.getType()) {
                case SCALAR -> ref.getClassName().equals(ref.getGraphQLClassName());
                case ENUM, TYPE, INTERFACE, UNION -> true;
                default -> false;
            };
        }
    }

    @FunctionalInterface
    interface Accessor {
        Object read(Object source) throws Exception;
    }
}
