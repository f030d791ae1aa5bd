package org.assay.platform.outbox;

import org.eclipse.microprofile.graphql.Description;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of event the platform records (issue 13), each with its dotted wire name ({@code assessment.published}) used
 * in webhook bodies and the docs, and the {@link Reach} that says who may receive it (decided when it is read,
 * {@code events.EventAudience}). GraphQL spells the constants ({@code ASSESSMENT_PUBLISHED}); docs/api/events-and-webhooks.md
 * is the catalogue.
 */
@Description("Kind of event. Each has a dotted wire name (`ASSESSMENT_PUBLISHED` is `assessment.published`), used in webhook bodies; see docs/api/events-and-webhooks.md.")
public enum EventType {
    @Description("`assessment.requested`: a member's request for an assessment was recorded (new, joined or satisfied by an existing one).")
    ASSESSMENT_REQUESTED("assessment.requested", Reach.WORK),
    @Description("`assessment.assigned`: an assessment body was assigned to an assessment.")
    ASSESSMENT_ASSIGNED("assessment.assigned", Reach.WORK),
    @Description("`assessment.published`: an assessment was published (rating, scores, validity).")
    ASSESSMENT_PUBLISHED("assessment.published", Reach.RESULTS),
    @Description("`assessment.superseded`: a published assessment was replaced by its correction.")
    ASSESSMENT_SUPERSEDED("assessment.superseded", Reach.RESULTS),
    @Description("`rating.current_changed`: the supplier's current rating changed without a new publication (every critical corrective action verified lifts the cap).")
    RATING_CURRENT_CHANGED("rating.current_changed", Reach.RESULTS),
    @Description("`assessment.expiring`: a published assessment's validity ends within 60 days.")
    ASSESSMENT_EXPIRING("assessment.expiring", Reach.RESULTS),
    @Description("`assessment.expired`: a published assessment's validity ended.")
    ASSESSMENT_EXPIRED("assessment.expired", Reach.RESULTS),
    @Description("`sharing.requested`: a member asked a supplier to share its results.")
    SHARING_REQUESTED("sharing.requested", Reach.PARTIES),
    @Description("`sharing.granted`: a supplier granted (or changed) a sharing grant.")
    SHARING_GRANTED("sharing.granted", Reach.PARTIES),
    @Description("`sharing.revoked`: a supplier revoked a sharing grant.")
    SHARING_REVOKED("sharing.revoked", Reach.PARTIES),
    @Description("`sharing.request_decided`: a supplier accepted or declined a member's sharing request.")
    SHARING_REQUEST_DECIDED("sharing.request_decided", Reach.PARTIES),
    @Description("`action.opened`: a corrective action was opened for a finding of a published assessment.")
    ACTION_OPENED("action.opened", Reach.ACTIONS),
    @Description("`action.submitted`: the supplier submitted a corrective action for verification.")
    ACTION_SUBMITTED("action.submitted", Reach.ACTIONS),
    @Description("`action.verified`: the assessment body verified a corrective action.")
    ACTION_VERIFIED("action.verified", Reach.ACTIONS),
    @Description("`action.returned`: the assessment body sent a corrective action back to the supplier.")
    ACTION_RETURNED("action.returned", Reach.ACTIONS),
    @Description("`action.overdue`: a corrective action passed its due date without being verified.")
    ACTION_OVERDUE("action.overdue", Reach.ACTIONS),
    @Description("`proposal.opened`: a change proposal to the framework was opened for voting.")
    PROPOSAL_OPENED("proposal.opened", Reach.PARTIES),
    @Description("`proposal.closed`: a change proposal was decided (adopted or rejected), when its window ended or early.")
    PROPOSAL_CLOSED("proposal.closed", Reach.PARTIES),
    @Description("`framework.published`: a new framework version was published.")
    FRAMEWORK_PUBLISHED("framework.published", Reach.PARTIES),
    @Description("`webhook.endpoint_disabled`: one of the organisation's webhook endpoints kept failing for longer than the platform allows (default 24 h) and was disabled; its admins resume it with `resumeWebhookEndpoint`.")
    WEBHOOK_ENDPOINT_DISABLED("webhook.endpoint_disabled", Reach.PARTIES),
    @Description("`grievance.received`: a grievance about the supplier was filed (category and stage; never who filed it or how to reach them).")
    GRIEVANCE_RECEIVED("grievance.received", Reach.GRIEVANCE_COUNTS),
    @Description("`grievance.stage_changed`: a grievance handler triaged a grievance or moved it to another stage (resolved or closed: with the handlers' public summary, if written).")
    GRIEVANCE_STAGE_CHANGED("grievance.stage_changed", Reach.GRIEVANCE_COUNTS),
    @Description("`grievance.message_to_supplier`: a grievance handler wrote to the supplier on its channel (read the message with `grievance(id:) { supplierMessages }`).")
    GRIEVANCE_MESSAGE_TO_SUPPLIER("grievance.message_to_supplier", Reach.GRIEVANCE_CASE),
    @Description("`grievance.supplier_responded`: the supplier answered the grievance handlers on its channel.")
    GRIEVANCE_SUPPLIER_RESPONDED("grievance.supplier_responded", Reach.GRIEVANCE_CASE),
    @Description("`grievance.action_committed`: the supplier committed to a corrective action in response to a grievance.")
    GRIEVANCE_ACTION_COMMITTED("grievance.action_committed", Reach.GRIEVANCE_CASE),
    @Description("`finding.disputed`: the supplier disputed a finding of its published assessment.")
    FINDING_DISPUTED("finding.disputed", Reach.ACTIONS),
    @Description("`finding.dispute_decided`: the assessment body upheld a disputed finding or withdrew it.")
    FINDING_DISPUTE_DECIDED("finding.dispute_decided", Reach.ACTIONS);

    /** Who an event of a type can reach besides the operator and the parties named on the event (events.EventAudience). */
    public enum Reach {
        /** Work on an assessment: the supplier, the assigned body, the members that requested it (their own requests). */
        WORK,
        /** A supplier's shared results: also holders of a live sharing grant, at the grant's level. */
        RESULTS,
        /** Corrective-action and finding detail (full-only data: actions, disputes of findings): also holders of a live FULL grant. */
        ACTIONS,
        /**
         * A grievance's category and stage (what members see as counts): the supplier concerned and the operator's grievance
         * handlers in full (never a protected field: none is ever recorded); holders of a live grant only the facts
         * {@code events.EventAudience} lets their level show; other operator staff as a FULL grant would.
         */
        GRIEVANCE_COUNTS,
        /** The handling of one grievance (messages, responses, commitments): only the supplier concerned and the operator's grievance handlers. */
        GRIEVANCE_CASE,
        /** Only the parties named on the event (and its broadcast audience, if any). */
        PARTIES
    }

    private final String wireName;
    private final Reach reach;

    EventType(String wireName, Reach reach) {
        this.wireName = wireName;
        this.reach = reach;
    }

    /** The dotted name of webhook bodies and the docs ({@code assessment.published}). */
    public String wireName() {
        return wireName;
    }

    public Reach reach() {
        return reach;
    }

    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
