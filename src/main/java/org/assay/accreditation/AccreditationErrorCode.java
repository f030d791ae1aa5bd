package org.assay.accreditation;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why an accreditation or conflict-of-interest mutation was refused ({@code AccreditationUserError.code}). */
@Description("Why an accreditation or conflict-of-interest mutation was refused.")
public enum AccreditationErrorCode implements ErrorCode {
    @Description("A required value is missing or blank (at least one method, both validity dates, a reason, a description, a kind).") REQUIRED,
    @Description("A text is longer than allowed (withdrawal reason: 1,000 characters; conflict description: 2,000).") TOO_LONG,
    @Description("An id is not a valid id of the expected type.") INVALID_ID,
    @Description("No organisation (or no assessment body, supplier or accreditation you may act on) has this id.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("Only organisations of kind ASSESSMENT_BODY are accredited.") NOT_AN_ASSESSMENT_BODY,
    @Description("A country is not an ISO 3166-1 alpha-2 code.") INVALID_COUNTRY,
    @Description("`validUntil` is before `validFrom`.") INVALID_PERIOD,
    @Description("The validity period ended before today.") ALREADY_EXPIRED,
    @Description("The accreditation was already withdrawn.") ALREADY_WITHDRAWN,
    @Description("Your organisation already declared a conflict of this kind with this organisation.") ALREADY_DECLARED
}
