package org.assay.organisation;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why an organisation mutation was refused ({@code OrganisationUserError.code}). */
@Description("Why an organisation mutation was refused.")
public enum OrganisationErrorCode implements ErrorCode {
    @Description("A required value is missing or blank.") REQUIRED,
    @Description("A text is longer than allowed (a name: 200 characters).") TOO_LONG,
    @Description("An id is not an organisation id.") INVALID_ID,
    @Description("No organisation has this id.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("The country is not an ISO 3166-1 alpha-2 code.") INVALID_COUNTRY,
    @Description("None of LEI, DUNS and national registry number is given.") IDENTIFIER_REQUIRED,
    @Description("The LEI is not 20 characters with valid ISO 17442 check digits.") INVALID_LEI,
    @Description("The DUNS number is not 9 digits.") INVALID_DUNS,
    @Description("The national registry number has characters other than letters, digits, spaces, dots, slashes and dashes, or is too long.") INVALID_FORMAT,
    @Description("Another organisation already has this identifier.") DUPLICATE,
    @Description("The organisation is already active.") ALREADY_ACTIVE,
    @Description("The organisation is already suspended.") ALREADY_SUSPENDED,
    @Description("The operator organisation cannot be suspended.") CANNOT_SUSPEND_OPERATOR
}
