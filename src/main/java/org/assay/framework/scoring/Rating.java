package org.assay.framework.scoring;

import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;

/** Assessment rating on the AAA (best) to C (worst) scale; declared best first. */
@Description("Assessment rating, from AAA (best) to C (worst). Derived from the overall score by band, then capped by essential indicators below the floor and by open critical findings.")
public enum Rating {

    @Description("Overall score 85 or more (default bands).")
    AAA,

    @Description("Overall score 75 to below 85 (default bands).")
    AA,

    @Description("Overall score 65 to below 75 (default bands).")
    A,

    @Description("Overall score 55 to below 65 (default bands).")
    BBB,

    @Description("Overall score 45 to below 55 (default bands); also the cap when an essential indicator scores below the floor.")
    BB,

    @Description("Overall score 35 to below 45 (default bands); also the cap while a critical finding is open.")
    B,

    @Description("Overall score below 35 (default bands).")
    C;

    /** True when this rating is as good as {@code other} or better (e.g. {@code AA.isAtLeast(A)}, {@code A.isAtLeast(A)}). */
    public boolean isAtLeast(Rating other) {
        Objects.requireNonNull(other, "other");
        return ordinal() <= other.ordinal();
    }

    /** The worse of the two ratings (e.g. {@code min(AAA, BB) == BB}). */
    public static Rating min(Rating a, Rating b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
