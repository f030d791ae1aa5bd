package org.assay.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.assay.audit.AuditTrail;
import org.assay.platform.graphql.GraphQLRequest;
import org.eclipse.microprofile.graphql.Mutation;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * The one gate every GraphQL operation passes (bound by {@link Allow}):
 * <ol>
 *   <li>anonymous → {@code unauthorized}; no membership → {@code NOT_A_MEMBER}; suspended organisation →
 *   {@code ORGANISATION_SUSPENDED}; role not allowed → {@code forbidden} (none of this for an operation marked
 *   {@link Allow#anyone()});</li>
 *   <li>mutations run in a new transaction; a {@link UserInputException} (or a payload returned with user
 *   errors) rolls it back and becomes the payload's {@code userErrors}, through the payload type's
 *   {@code failed(errors)} factory ({@link Payloads}); a successful mutation appends its audit event in the same
 *   transaction.</li>
 * </ol>
 */
@Allow({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class OperationGuard {

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @AroundInvoke
    Object guard(InvocationContext ctx) throws Exception {
        GraphQLRequest.checkCurrentDeadline();
        Method method = ctx.getMethod();
        Allow allow = method.getAnnotation(Allow.class);
        if (allow == null) {
            allow = method.getDeclaringClass().getAnnotation(Allow.class);
        }
        check(allow, method);
        Mutation mutation = method.getAnnotation(Mutation.class);
        if (mutation == null) {
            return ctx.proceed();
        }
        String operation = mutation.value().isEmpty() ? method.getName() : mutation.value();
        return runMutation(ctx, operation);
    }

    private void check(Allow allow, Method method) {
        if (allow != null && allow.anyone()) {
            return;
        }
        if (caller.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!caller.isMember()) {
            if (allow != null && allow.nonMembers()) {
                return;
            }
            throw new NotAMemberException();
        }
        if (caller.organisationSuspended() && !(allow != null && allow.nonMembers())) {
            throw new OrganisationSuspendedException();
        }
        if (allow == null || Arrays.stream(allow.value()).noneMatch(caller::is)) {
            throw new ForbiddenException("Your organisation's role " + caller.role().map(Enum::name).orElse("")
                    + " may not use " + fieldName(method));
        }
    }

    private Object runMutation(InvocationContext ctx, String operation) throws Exception {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Object result = ctx.proceed();
                if (result instanceof Payload payload) {
                    if (!payload.userErrors().isEmpty()) {
                        QuarkusTransaction.setRollbackOnly();
                        return result;
                    }
                    if (!payload.replay()) {
                        auditLog.record(operation, payload.auditTargetIds(), ctx.getParameters());
                    }
                } else if (result instanceof MutationPayload legacy) {
                    if (!legacy.getUserErrors().isEmpty()) {
                        QuarkusTransaction.setRollbackOnly();
                        return result;
                    }
                    if (!legacy.isReplay()) {
                        auditLog.record(operation, legacy.auditTargetIds(), ctx.getParameters());
                    }
                } else {
                    auditLog.record(operation, List.of(), ctx.getParameters());
                }
                return result;
            });
        } catch (UserInputException e) {
            return failure(ctx.getMethod(), e.errors());
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
            if (e.getCause() instanceof UserInputException uie) {
                return failure(ctx.getMethod(), uie.errors());
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /** The operation's or field's name as the schema shows it. */
    static String fieldName(Method method) {
        Mutation m = method.getAnnotation(Mutation.class);
        if (m != null && !m.value().isEmpty()) {
            return m.value();
        }
        org.eclipse.microprofile.graphql.Query q = method.getAnnotation(org.eclipse.microprofile.graphql.Query.class);
        if (q != null && !q.value().isEmpty()) {
            return q.value();
        }
        org.eclipse.microprofile.graphql.Name n = method.getAnnotation(org.eclipse.microprofile.graphql.Name.class);
        if (n != null && !n.value().isEmpty()) {
            return n.value();
        }
        String name = method.getName();
        if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        return name;
    }

    /** The refused mutation's payload, built by the payload type's {@code failed(errors)} factory. */
    private static Object failure(Method method, List<UserError> errors) {
        return Payloads.failed(method.getReturnType(), errors);
    }
}
