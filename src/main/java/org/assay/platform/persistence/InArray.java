package org.assay.platform.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.hibernate.dialect.function.array.DdlTypeHelper;
import org.hibernate.metamodel.mapping.MappingModelExpressible;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.spi.QueryEngine;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.function.SelfRenderingSqmFunction;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.query.sqm.produce.function.internal.AbstractFunctionArgumentTypeResolver;
import org.hibernate.query.sqm.sql.SqmToSqlAstConverter;
import org.hibernate.query.sqm.tree.SqmTypedNode;
import org.hibernate.query.sqm.tree.expression.AbstractSqmParameter;
import org.hibernate.query.sqm.tree.expression.SqmExpression;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * The HQL function {@code in_array(value, :array)}: whether {@code value} is one of the array parameter's elements,
 * rendered as PostgreSQL's {@code value = any(?)} with the whole array bound as one parameter.
 *
 * <p>Why not {@code value in :list}: Hibernate 7.2 keeps no translated SQL for a query with a multi-valued parameter
 * ({@code SqmInterpretationsKey.isCacheable} refuses it), so every execution of such a query is parsed into SQL again —
 * on the hot reads that was several per cent of the CPU (issue 16, docs/performance.md). With one array parameter the
 * query is translated once and its SQL is also the same for every list length, so the driver's prepared statement is
 * reused too. Bind the array with {@link #of} (or {@link #ofText}).
 *
 * <p>For basic element types (UUID, String, Long). Not for enum columns: Hibernate types an enum array as the ordinal
 * array ({@code smallint[]}) whatever the column's mapping, so {@code text = smallint} fails in PostgreSQL; a constant enum
 * set is better written as literals in the query.
 */
public final class InArray extends AbstractSqmSelfRenderingFunctionDescriptor {

    /** The function's name in HQL. */
    public static final String NAME = "in_array";

    InArray(TypeConfiguration types) {
        super(NAME, StandardArgumentsValidators.exactly(2),
                StandardFunctionReturnTypeResolvers.invariant(types.getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN)),
                new ElementThenArray());
    }

    /** The array to bind for {@code in_array(x.id, :ids)}. */
    public static UUID[] of(Collection<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }

    /** The array to bind for {@code in_array(x.code, :codes)} over a text column. */
    public static String[] ofText(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    /**
     * Marks the array parameter single-valued. HQL lets a parameter in a function argument take a list (outside strict JPA
     * compliance), and one parameter that may take a list is enough for Hibernate to keep no translation of the query; the
     * array is one value, so the parameter is declared as such before the query's parameter metadata is built from it.
     */
    @Override
    protected <T> SelfRenderingSqmFunction<T> generateSqmFunctionExpression(List<? extends SqmTypedNode<?>> arguments,
            ReturnableType<T> impliedResultType, QueryEngine queryEngine) {
        if (arguments.size() == 2 && arguments.get(1) instanceof AbstractSqmParameter<?> array) {
            array.disallowMultiValuedBinding();
        }
        return super.generateSqmFunctionExpression(arguments, impliedResultType, queryEngine);
    }

    @Override
    public void render(SqlAppender sql, List<? extends SqlAstNode> arguments, ReturnableType<?> returnType,
            SqlAstTranslator<?> translator) {
        sql.append('(');
        arguments.get(0).accept(translator);
        sql.append(" = any(");
        arguments.get(1).accept(translator);
        sql.append("))");
    }

    /** Types the array parameter (argument 1) as an array of the value's type (argument 0). */
    private static final class ElementThenArray implements AbstractFunctionArgumentTypeResolver {
        @Override
        public MappingModelExpressible<?> resolveFunctionArgumentType(List<? extends SqmTypedNode<?>> arguments, int argumentIndex,
                SqmToSqlAstConverter converter) {
            if (argumentIndex != 1) {
                return null;
            }
            if (arguments.get(0) instanceof SqmExpression<?> value
                    && converter.determineValueMapping(value).getSingleJdbcMapping() instanceof BasicType<?> element) {
                return DdlTypeHelper.resolveArrayType(element, converter.getCreationContext().getTypeConfiguration());
            }
            return null;
        }
    }
}
