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
 * {@code forbidden}. Mutations also run in one transaction with their audit event.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allow {
    /** Roles allowed to call. */
    @Nonbinding Role[] value();

    /** Also allow signed-in people who belong to no organisation (only {@code me} does this). */
    @Nonbinding boolean nonMembers() default false;
}
