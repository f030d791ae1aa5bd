package org.assay.framework.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingTest {

    @Test
    void declaredBestFirst() {
        assertEquals(List.of(Rating.AAA, Rating.AA, Rating.A, Rating.BBB, Rating.BB, Rating.B, Rating.C),
                List.of(Rating.values()));
    }

    @ParameterizedTest(name = "{0} at least {1}: {2}")
    @CsvSource({
            "AAA, C,   true",
            "AAA, AAA, true",
            "AA,  AAA, false",
            "A,   BBB, true",
            "BBB, A,   false",
            "BB,  BB,  true",
            "B,   BB,  false",
            "C,   B,   false",
            "C,   C,   true",
    })
    void isAtLeast(Rating rating, Rating other, boolean expected) {
        assertEquals(expected, rating.isAtLeast(other));
    }

    @ParameterizedTest(name = "min({0}, {1}) = {2}")
    @CsvSource({
            "AAA, BB,  BB",
            "BB,  AAA, BB",
            "B,   C,   C",
            "A,   A,   A",
            "AA,  BBB, BBB",
    })
    void minIsTheWorse(Rating a, Rating b, Rating expected) {
        assertEquals(expected, Rating.min(a, b));
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> Rating.AA.isAtLeast(null));
        assertThrows(NullPointerException.class, () -> Rating.min(null, Rating.AA));
    }
}
