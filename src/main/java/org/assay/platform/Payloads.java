package org.assay.platform;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * Builds the payload of a refused mutation through the payload type's own failure factory,
 * {@code public static <Payload> failed(List<UserError> errors)} (see {@link Payload}). The factory is looked up once
 * per type; {@link #check} is run at start for every mutation ({@code PayloadContractCheck}), so a payload without
 * one stops the service instead of failing a request.
 */
public final class Payloads {

    private static final ClassValue<MethodHandle> FACTORIES = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return factory(type);
        }
    };

    private Payloads() {
    }

    /** The payload of type {@code type} that reports {@code errors} (and no result). */
    public static Object failed(Class<?> type, List<UserError> errors) {
        if (MutationPayload.class.isAssignableFrom(type)) {
            return legacy(type, errors);
        }
        try {
            return FACTORIES.get(type).invoke(List.copyOf(errors));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("the failure factory of " + type.getName() + " failed", e);
        }
    }

    /** Throws unless {@code type} is a payload that can report failures. */
    public static void check(Class<?> type) {
        if (MutationPayload.class.isAssignableFrom(type)) {
            return;
        }
        if (!Payload.class.isAssignableFrom(type)) {
            throw new IllegalStateException(type.getName() + " is returned by a mutation but is not a " + Payload.class.getName());
        }
        FACTORIES.get(type);
    }

    private static MethodHandle factory(Class<?> type) {
        try {
            var method = type.getMethod("failed", List.class);
            if (!Modifier.isStatic(method.getModifiers()) || !type.isAssignableFrom(method.getReturnType())) {
                throw new NoSuchMethodException("failed must be static and return " + type.getSimpleName());
            }
            return MethodHandles.publicLookup().findStatic(type, "failed", MethodType.methodType(method.getReturnType(), List.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " must declare public static " + type.getSimpleName()
                    + " failed(List<UserError> errors)", e);
        }
    }

    @SuppressWarnings("deprecation")
    private static Object legacy(Class<?> type, List<UserError> errors) {
        try {
            MutationPayload payload = (MutationPayload) type.getDeclaredConstructor().newInstance();
            payload.failWith(errors);
            return payload;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " needs a public no-argument constructor", e);
        }
    }
}
