package org.assay.cap;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why a change to a corrective action was refused ({@code CorrectiveActionUserError.code}). */
@Description("Why a change to a corrective action was refused.")
public enum CorrectiveActionErrorCode implements ErrorCode {
    @Description("A required value is missing or blank (a refusal or a send-back without a reason, a plan without owner).") REQUIRED,
    @Description("A text is longer than allowed (description, note: 5000 characters; owner: 200; reason: 2000).") TOO_LONG,
    @Description("An id is not a valid id.") INVALID_ID,
    @Description("No corrective action you may act on has this id: the same answer whether it exists elsewhere or not at all.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("The action's state does not allow this step now (see `CorrectiveAction.status`).") WRONG_STATE,
    @Description("The proposed due date is not after today.") IN_THE_PAST,
    @Description("The proposed due date is already the due date.") UNCHANGED,
    @Description("A due-date proposal is already waiting for the assessor.") PROPOSAL_PENDING,
    @Description("No due-date proposal is waiting for a decision.") NO_PROPOSAL,
    @Description("The action needs a description and an owner (`planCorrectiveAction`) before it is submitted.") PLAN_REQUIRED,
    @Description("An evidence document is not one the supplier uploaded (or one about it): upload it first.") DOCUMENT_NOT_FOUND
}
