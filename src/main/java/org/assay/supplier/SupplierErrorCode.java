package org.assay.supplier;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why a change to a supplier profile or site was refused ({@code SupplierUserError.code}). */
@Description("Why a change to a supplier profile or site was refused.")
public enum SupplierErrorCode implements ErrorCode {
    @Description("A required value is missing or blank (a site's name, kind, country, stage, at least one mineral).") REQUIRED,
    @Description("A text is longer than allowed (site name, region: 200 characters; description: 2000; website: 500).") TOO_LONG,
    @Description("An id is not a valid id.") INVALID_ID,
    @Description("You have no site with this id: the same answer whether it is another supplier's or does not exist.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("The country is not an ISO 3166-1 alpha-2 code.") INVALID_COUNTRY,
    @Description("Only one of latitude and longitude is given: give both, or neither.") INCOMPLETE_COORDINATES,
    @Description("Latitude is outside −90..90 or longitude outside −180..180.") OUT_OF_RANGE,
    @Description("The website is not an http or https address.") INVALID_URL,
    @Description("You already have a site with this name (case-insensitive).") DUPLICATE,
    @Description("New coordinates and `removeCoordinates` are given together.") CONFLICTING_INPUT
}
