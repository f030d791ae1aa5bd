package org.assay.platform;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Codes are enum constants, the same in Java and in what clients see. */
class ErrorCodesTest {

    enum SampleErrorCode implements ErrorCode { REQUIRED, TOO_LONG, INVALID_ID, NOT_FOUND, INVALID, SAMPLE_ONLY }

    @Test
    void aPlatformCodeIsReportedInTheFeaturesEnumByName() {
        for (InputErrorCode c : InputErrorCode.values()) {
            assertEquals(c.name(), c.as(SampleErrorCode.class).name());
        }
        assertEquals(SampleErrorCode.SAMPLE_ONLY, SampleErrorCode.SAMPLE_ONLY.as(SampleErrorCode.class));
        // a code the feature does not declare is reported as INVALID rather than failing the request
        assertEquals(SampleErrorCode.INVALID, RequestErrorCode.NOT_A_MEMBER.as(SampleErrorCode.class));
    }

    @Test
    void everyPlatformRefusalCarriesItsCodeAndSmallRyesAnnotationAgrees() {
        List<Supplier<ApiException>> refusals = List.of(() -> new NotFoundException("X"), () -> new InvalidArgumentException("x"),
                NotAMemberException::new, OrganisationSuspendedException::new, MembershipChangedException::new,
                () -> new ServiceUnavailableException(null));
        for (Supplier<ApiException> refusal : refusals) {
            ApiException e = refusal.get();
            io.smallrye.graphql.api.ErrorCode shown = e.getClass().getAnnotation(io.smallrye.graphql.api.ErrorCode.class);
            assertEquals(e.code().name(), shown.value(), e.getClass().getSimpleName());
        }
        assertEquals(Arrays.stream(RequestErrorCode.values()).map(Enum::name).toList(),
                List.of("NOT_FOUND", "INVALID_ARGUMENT", "NOT_A_MEMBER", "ORGANISATION_SUSPENDED", "MEMBERSHIP_CHANGED", "SERVICE_UNAVAILABLE", "INTERNAL"));
    }
}
