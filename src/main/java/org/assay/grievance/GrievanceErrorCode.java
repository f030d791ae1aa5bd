package org.assay.grievance;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why a grievance mutation was refused ({@code GrievanceUserError.code}). */
@Description("Why a grievance mutation was refused.")
public enum GrievanceErrorCode implements ErrorCode {
    @Description("A required value is missing or blank.") REQUIRED,
    @Description("A text is longer than allowed.") TOO_LONG,
    @Description("An id is not an id of the expected type.") INVALID_ID,
    @Description("Nothing you may see has this id.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("The text contains HTML markup or control characters; plain text only.") MARKUP_NOT_ALLOWED,
    @Description("No active supplier with this id, or the site does not belong to it.") UNKNOWN_SUPPLIER,
    @Description("The case reference and follow-up code do not match a grievance.") WRONG_CODE,
    @Description("Too many wrong follow-up codes for this case: it is locked for a while.") LOCKED,
    @Description("Too many requests from here, or in total, for now: try again later.") RATE_LIMITED,
    @Description("The grievance is not at a stage where this step is possible.") WRONG_STAGE,
    @Description("A reason is needed for this decision.") REASON_REQUIRED,
    @Description("A referral needs the other mechanism and its reference.") REFERRAL_INCOMPLETE,
    @Description("A retaliation report always has the highest severity.") RETALIATION_IS_CRITICAL,
    @Description("The person is not staff of the operator.") NOT_OPERATOR_STAFF,
    @Description("The person is already a grievance handler.") ALREADY_HANDLER,
    @Description("The person is not a grievance handler.") NOT_HANDLER,
    @Description("A finding or indicator to link does not concern this supplier.") UNKNOWN_LINK,
    @Description("An evidence file is larger than the evidence size limit.") EVIDENCE_TOO_LARGE,
    @Description("The supplier has no published assessment: a committed corrective action is verified by the body of the latest one.") NO_PUBLISHED_ASSESSMENT,
    @Description("The due date must be after today.") DUE_DATE_IN_THE_PAST,
    @Description("An evidence file is empty, of a type that is not accepted, an image that cannot be cleaned of its metadata, or one too many.") EVIDENCE_REFUSED
}
