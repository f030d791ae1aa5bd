package org.assay.overview;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why a requirement-profile mutation was refused ({@code OverviewUserError.code}). */
@Description("Why a change to your requirement profile was refused.")
public enum OverviewErrorCode implements ErrorCode {
    @Description("A required value is missing or blank.") REQUIRED,
    @Description("A text is longer than allowed.") TOO_LONG,
    @Description("An id is not a valid id of the expected type.") INVALID_ID,
    @Description("You have no requirement profile (create one with `createRequirementProfile`).") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("`minDaysValid` is outside 1–1830 days.") OUT_OF_RANGE,
    @Description("No criterion is set (to remove the profile, use `clearRequirementProfile`).") EMPTY_PROFILE,
    @Description("You already have a requirement profile (change it with `updateRequirementProfile`).") ALREADY_EXISTS
}
