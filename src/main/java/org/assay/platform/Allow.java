package org.assay.platform;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The explicit access rule of a GraphQL operation or field resolver. Every operation must carry one
 * (a test fails otherwise): deny by default.
 *
 * <p>Checked by {@link OperationGuard}: anonymous callers get {@code unauthorized}, signed-in people
 * without a membership {@code NOT_A_MEMBER} (unless {@link #nonMembers()}), callers of another role
 * {@code forbidden} — unless {@link #anyone()} opens the operation to everyone. Mutations also run in one transaction
 * with their audit event.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allow {
    /** Roles allowed to call. */
    @Nonbinding Role[] value();

    /** Also allow signed-in people who belong to no organisation (only {@code me} does this). */
    @Nonbinding boolean nonMembers() default false;

    /**
     * Open to anyone, without a token: anonymous callers, people without a membership and every role. Only for the
     * few public operations that must work without an account (filing and following up a grievance); give them
     * {@code value = {}} so that the rule reads as "no role needed". The operation itself must reveal nothing that is
     * not public and limit abuse (rate limits); mutations still run in one transaction with their audit event.
     */
    @Nonbinding boolean anyone() default false;
}
