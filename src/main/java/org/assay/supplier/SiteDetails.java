package org.assay.supplier;

import org.assay.organisation.Identifiers;
import org.assay.platform.Validation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A site's details as the supplier states them, with the rules they must follow (plain code, unit-tested):
 * name 1–200 characters, ISO 3166-1 alpha-2 country, coordinates both or neither and in range, at least one mineral.
 */
public record SiteDetails(String name, SiteKind kind, String country, Double latitude, Double longitude,
                          Set<Mineral> minerals, SupplyChainStage stage, Boolean inCahra, String region) {

    public static final int MAX_NAME = 200;
    public static final int MAX_REGION = 200;

    /** Without a region (the whole country, as far as CAHRA lists go). */
    public static SiteDetails of(String name, SiteKind kind, String country, Double latitude, Double longitude,
                                 Collection<Mineral> minerals, SupplyChainStage stage, Boolean inCahra) {
        return of(name, kind, country, latitude, longitude, minerals, stage, inCahra, null);
    }

    /**
     * Normalises (trims the name and region, upper-cases the country, de-duplicates minerals) without validating. The
     * region is named as CAHRA lists name it (an empty text: none); the deprecated CAHRA flag defaults to false.
     */
    public static SiteDetails of(String name, SiteKind kind, String country, Double latitude, Double longitude,
                                 Collection<Mineral> minerals, SupplyChainStage stage, Boolean inCahra, String region) {
        EnumSet<Mineral> set = EnumSet.noneOf(Mineral.class);
        if (minerals != null) {
            minerals.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return new SiteDetails(name == null ? null : name.strip(), kind,
                country == null ? null : country.strip().toUpperCase(Locale.ROOT),
                latitude, longitude, set, stage, inCahra == null ? Boolean.FALSE : inCahra,
                region == null || region.isBlank() ? null : region.strip());
    }

    /** Adds every problem to {@code v}; field names are prefixed with {@code prefix} (e.g. {@code input}). */
    public void validate(Validation v, String prefix) {
        if (v.required(prefix + ".name", name)) {
            v.maxLength(prefix + ".name", name, MAX_NAME);
        }
        v.required(prefix + ".kind", kind);
        if (v.required(prefix + ".country", country) && !Identifiers.isValidCountry(country)) {
            v.add(prefix + ".country", SupplierErrorCode.INVALID_COUNTRY, "country must be an ISO 3166-1 alpha-2 code such as CD or CN");
        }
        validateCoordinates(v, prefix, latitude, longitude);
        if (minerals == null || minerals.isEmpty()) {
            v.add(prefix + ".minerals", SupplierErrorCode.REQUIRED, "a site handles at least one mineral");
        }
        v.required(prefix + ".stage", stage);
        if (region != null) {
            v.maxLength(prefix + ".region", region, MAX_REGION);
        }
    }

    /** Coordinates are optional, but latitude and longitude come together: −90..90 and −180..180. */
    public static void validateCoordinates(Validation v, String prefix, Double latitude, Double longitude) {
        if ((latitude == null) != (longitude == null)) {
            v.add(prefix + (latitude == null ? ".latitude" : ".longitude"), SupplierErrorCode.INCOMPLETE_COORDINATES,
                    "give both latitude and longitude, or neither");
            return;
        }
        if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
            v.add(prefix + ".latitude", SupplierErrorCode.OUT_OF_RANGE, "latitude must be between -90 and 90");
        }
        if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
            v.add(prefix + ".longitude", SupplierErrorCode.OUT_OF_RANGE, "longitude must be between -180 and 180");
        }
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    /** The minerals as stored: enum names in declaration order. */
    public List<String> mineralNames() {
        return minerals.stream().map(Enum::name).toList();
    }
}
