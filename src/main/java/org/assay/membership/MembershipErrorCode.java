package org.assay.membership;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why a mutation on people was refused ({@code MembershipUserError.code}). */
@Description("Why a mutation on people was refused.")
public enum MembershipErrorCode implements ErrorCode {
    @Description("A required value is missing or blank.") REQUIRED,
    @Description("A text is longer than allowed (subject, issuer: 255 characters; display name: 200).") TOO_LONG,
    @Description("An id is not a person's or an organisation's id.") INVALID_ID,
    @Description("No person (or organisation) you may manage has this id: the same answer whether it exists elsewhere or not at all.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("Neither the OIDC subject nor the e-mail is given.") SUBJECT_OR_EMAIL_REQUIRED,
    @Description("The e-mail is not an e-mail address.") INVALID_EMAIL,
    @Description("This person (subject or e-mail) already belongs to this organisation.") ALREADY_MEMBER,
    @Description("This person (subject or e-mail) belongs to another organisation; one organisation per person, and only the operator can move people (`movePerson`).") PERSON_IN_OTHER_ORGANISATION,
    @Description("Admins manage the people of their own organisation only.") NOT_YOUR_ORGANISATION,
    @Description("You cannot remove yourself.") CANNOT_REMOVE_SELF,
    @Description("The organisation would be left without an admin.") LAST_ADMIN,
    @Description("The platform would be left without an operator.") LAST_OPERATOR,
    @Description("The person already belongs to the target organisation.") SAME_ORGANISATION
}
