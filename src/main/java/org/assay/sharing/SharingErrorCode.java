package org.assay.sharing;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why a change to a grant or a sharing request was refused ({@code SharingUserError.code}). */
@Description("Why a change to a grant or a sharing request was refused.")
public enum SharingErrorCode implements ErrorCode {
    @Description("A required value is missing (the audience, the level to share).") REQUIRED,
    @Description("A text is longer than allowed.") TOO_LONG,
    @Description("An id is not a valid id of the expected type.") INVALID_ID,
    @Description("No grant, request, member firm or supplier you may act on has this id: the same answer whether it exists elsewhere or not at all.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("`memberId` is given for an audience other than MEMBER.") NOT_ALLOWED,
    @Description("The end date is before today.") IN_THE_PAST,
    @Description("The grant is already revoked.") ALREADY_REVOKED,
    @Description("The request was already accepted or declined.") ALREADY_DECIDED
}
