package org.assay.framework.governance;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/**
 * Why a governance mutation (a change proposal, a vote, closing a vote, the adoption thresholds) was refused
 * ({@code GovernanceUserError.code}). A proposed indicator is checked by the framework's indicator rules, whose codes
 * are declared here too.
 */
@Description("Why a governance mutation (a change proposal, a vote, closing a vote, the adoption thresholds) was refused.")
public enum GovernanceErrorCode implements ErrorCode {
    @Description("A required value is missing or blank.") REQUIRED,
    @Description("A text is longer than allowed.") TOO_LONG,
    @Description("An id is not a valid id of the expected type.") INVALID_ID,
    @Description("No proposal, indicator or aspect has this id or code.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("A number is outside its range (a threshold fraction, a weight, a maturity level).") OUT_OF_RANGE,
    @Description("A proposed value is not one of the allowed values (a risk type, the number of thresholds).") INVALID_VALUE,
    @Description("A proposed indicator code is not in the required format.") INVALID_FORMAT,
    @Description("A proposed weight has more than 2 decimals.") TOO_PRECISE,
    @Description("Too many items (e.g. references of an indicator).") TOO_MANY,
    @Description("The field is not allowed for this indicator (e.g. a unit or thresholds on an indicator that is not NUMBER).") NOT_ALLOWED,
    @Description("The same reference is given twice.") DUPLICATE,
    @Description("Threshold values must be strictly ascending.") NOT_ASCENDING,
    @Description("An ESSENTIAL indicator must be scored (TEXT and DOCUMENT indicators are not).") UNSCORED_ESSENTIAL,
    @Description("An indicator with this code exists already.") CODE_TAKEN,
    @Description("A change proposal must change something.") NOTHING_TO_CHANGE,
    @Description("The voting window must close in the future.") NOT_IN_FUTURE,
    @Description("The voting window is shorter than 1 hour.") WINDOW_TOO_SHORT,
    @Description("The voting window is longer than 90 days.") WINDOW_TOO_LONG,
    @Description("The voting window has closed.") VOTING_CLOSED,
    @Description("Your organisation already voted on this proposal (use `changeVote`).") ALREADY_VOTED,
    @Description("Your organisation has not voted on this proposal (use `castVote`).") NOT_VOTED,
    @Description("The proposal is already closed.") ALREADY_CLOSED
}
