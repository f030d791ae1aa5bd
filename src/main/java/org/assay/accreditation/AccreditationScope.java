package org.assay.accreditation;

import org.assay.framework.AssessmentMethod;
import org.assay.supplier.Mineral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an accreditation covers, and the rules for matching an assessment against it (plain code, unit-tested).
 * An accreditation covers an assessment when, on the assessment's date, it is not withdrawn and in its validity
 * period (both ends inclusive), lists the method, lists every mineral assessed (no minerals listed = any), and lists
 * the country (no countries listed = any). One accreditation must cover all of it: scopes are not combined.
 */
public record AccreditationScope(Set<AssessmentMethod> methods, Set<Mineral> minerals, Set<String> countries,
                                 LocalDate validFrom, LocalDate validUntil, boolean withdrawn) {

    /** A part of an assessment an accreditation fails to cover. */
    public enum Gap { WITHDRAWN, NOT_YET_VALID, EXPIRED, METHOD, MINERALS, COUNTRY }

    /** Everything this accreditation fails to cover; empty when it covers the assessment. */
    public List<Gap> gaps(AssessmentMethod method, Set<Mineral> assessed, String country, LocalDate on) {
        List<Gap> gaps = new ArrayList<>();
        if (withdrawn) gaps.add(Gap.WITHDRAWN);
        if (on.isBefore(validFrom)) gaps.add(Gap.NOT_YET_VALID);
        if (on.isAfter(validUntil)) gaps.add(Gap.EXPIRED);
        if (!methods.contains(method)) gaps.add(Gap.METHOD);
        if (!missingMinerals(assessed).isEmpty()) gaps.add(Gap.MINERALS);
        if (!countries.isEmpty() && (country == null || !countries.contains(country.toUpperCase(Locale.ROOT)))) gaps.add(Gap.COUNTRY);
        return gaps;
    }

    public boolean covers(AssessmentMethod method, Set<Mineral> assessed, String country, LocalDate on) {
        return gaps(method, assessed, country, on).isEmpty();
    }

    /** The assessed minerals this accreditation does not list (none when it lists no minerals: any). */
    public Set<Mineral> missingMinerals(Set<Mineral> assessed) {
        EnumSet<Mineral> missing = EnumSet.noneOf(Mineral.class);
        if (!minerals.isEmpty() && assessed != null) {
            assessed.stream().filter(m -> !minerals.contains(m)).forEach(missing::add);
        }
        return missing;
    }

    public AccreditationStatus status(LocalDate on) {
        if (withdrawn) return AccreditationStatus.WITHDRAWN;
        if (on.isBefore(validFrom)) return AccreditationStatus.NOT_YET_VALID;
        if (on.isAfter(validUntil)) return AccreditationStatus.EXPIRED;
        return AccreditationStatus.ACTIVE;
    }

    /**
     * Why none of a body's accreditations covers the assessment, naming what fails for the closest one (the one with
     * the fewest gaps); empty when one of them covers it.
     */
    public static Optional<String> whyNotCovered(List<AccreditationScope> scopes, AssessmentMethod method,
                                                 Set<Mineral> assessed, String country, LocalDate on) {
        if (scopes.isEmpty()) {
            return Optional.of("the body holds no accreditation");
        }
        if (scopes.stream().anyMatch(s -> s.covers(method, assessed, country, on))) {
            return Optional.empty();
        }
        AccreditationScope closest = scopes.stream()
                .min(Comparator.comparingInt((AccreditationScope s) -> s.gaps(method, assessed, country, on).size())
                        .thenComparing(AccreditationScope::validUntil, Comparator.reverseOrder()))
                .orElseThrow();
        List<String> reasons = new ArrayList<>();
        for (Gap gap : closest.gaps(method, assessed, country, on)) {
            reasons.add(switch (gap) {
                case WITHDRAWN -> "it was withdrawn";
                case NOT_YET_VALID -> "it is valid only from " + closest.validFrom;
                case EXPIRED -> "it expired after " + closest.validUntil;
                case METHOD -> "it does not cover the method " + method + " (it covers " + names(closest.methods) + ")";
                case MINERALS -> "it does not cover " + names(closest.missingMinerals(assessed));
                case COUNTRY -> "it does not cover " + (country == null ? "an unspecified country" : "the country " + country)
                        + " (it covers " + String.join(", ", closest.countries) + ")";
            });
        }
        return Optional.of("no active accreditation covers " + method + " on " + on + "; in the closest one, "
                + String.join("; ", reasons));
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
