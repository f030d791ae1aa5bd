package org.assay.framework.governance.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.graphql.api.Deprecated;
import java.time.Instant;
import java.util.UUID;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.eclipse.microprofile.graphql.Ignore;
import java.util.List;
import org.assay.framework.FrameworkVersion;
import org.assay.framework.document.IndicatorChange;
import org.assay.framework.document.IndicatorJson;
import org.assay.framework.document.IndicatorSpec;
import org.assay.framework.governance.ChangeProposal;
import org.assay.framework.governance.ProposalApplier;
import org.assay.framework.governance.ProposalKind;
import org.assay.framework.governance.ProposalStatus;
import org.assay.framework.governance.VotingRule;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ChangeProposal")
@Description("A member's proposal to add, change or retire an indicator, with its voting window and, once closed, its decision.")
public record ChangeProposalView(
        @NonNull @Id @Description("Global id.") String id,
        @Description("Sequential number, for people (\"proposal #12\").") long number,
        @NonNull @Description("ADD, CHANGE or RETIRE.") ProposalKind kind,
        @NonNull @Description("Code of the indicator concerned (the new code for ADD).") String indicatorCode,
        @NonNull @Description("Why the proposer wants the change.") String rationale,
        @NonNull @Id @Deprecated(reason = "Use `baseVersion { id }`: a framework version's id is its global id now; this field keeps the legacy raw id until it is removed.")
        @Description("Legacy raw id of the published version in force when the proposal was made.") String baseVersionId,
        @Deprecated(reason = "Use `baseVersion { number }`.") @Description("Number of that version.") String baseVersionNumber,
        @Description("For ADD: the aspect the indicator goes under.") String aspectCode,
        @Description("For ADD: the whole new indicator; for CHANGE: only the changed fields; null for RETIRE.") ProposedIndicatorView proposed,
        @Description("For CHANGE and RETIRE: the indicator as it was when the proposal was made, to compare with `proposed`.") ProposedIndicatorView indicatorWhenProposed,
        @NonNull @Description("Names of the fields the proposal sets (document names, e.g. `weight`, `title.zh`); empty for RETIRE.") List<@NonNull String> changedFields,
        @NonNull @Description("When voting opened (the proposal was made).") Instant votingOpensAt,
        @NonNull @Description("When the voting window closes (or closed).") Instant votingClosesAt,
        @NonNull @Description("OPEN, ADOPTED or REJECTED.") ProposalStatus status,
        @Description("Whether votes can be cast or changed now.") boolean votingOpen,
        @NonNull @Description("Vote counts: live while open, frozen at closing.") TallyView tally,
        @Description("How it was decided; null while open.") DecisionView decision,
        @Description("What happened when the adopted proposal was applied to the draft; null unless ADOPTED.") ApplicationView application,
        @Ignore UUID key,
        @Ignore UUID baseVersionKey) implements Node {

    /** The node type of change proposals: their global ids, and the ids sent for them. */
    public static final NodeType TYPE = new NodeType("ChangeProposal");

    static ChangeProposalView of(ChangeProposal p, VotingRule.Tally live, int eligibleNow, String baseNumber,
                                 FrameworkVersion applied, Instant now) {
        JsonNode change = ProposalApplier.read(p.proposedChange);
        ProposedIndicatorView proposed = null;
        List<String> fields = List.of();
        String aspect = null;
        if (p.kind == ProposalKind.ADD) {
            aspect = change.path("aspect").asText();
            IndicatorSpec s = IndicatorJson.read(change.path("indicator"));
            proposed = ProposedIndicatorView.of(s);
            fields = List.of("aspect", "indicator");
        } else if (p.kind == ProposalKind.CHANGE) {
            IndicatorChange c = IndicatorChange.fromJson(change);
            proposed = ProposedIndicatorView.of(c);
            fields = c.fields();
        }
        boolean open = p.status == ProposalStatus.OPEN;
        TallyView tally = open
                ? new TallyView(live.yes(), live.no(), live.abstain(), live.voted(), eligibleNow, false)
                : new TallyView(p.yesVotes, p.noVotes, p.abstainVotes, p.yesVotes + p.noVotes + p.abstainVotes, p.eligibleOrganisations, true);
        DecisionView decision = open ? null : DecisionView.of(p);
        ApplicationView application = p.applicationStatus == null ? null : new ApplicationView(p.applicationStatus,
                applied == null ? null : applied.id.toString(), applied == null ? null : applied.label(), p.applicationNote,
                applied == null ? null : applied.id);
        return new ChangeProposalView(TYPE.id(p.id), p.number, p.kind, p.indicatorCode, p.rationale, p.baseVersionId.toString(),
                baseNumber, aspect, proposed,
                p.baseIndicator == null ? null : ProposedIndicatorView.of(IndicatorJson.read(ProposalApplier.read(p.baseIndicator))),
                fields, p.createdAt, p.votingClosesAt, p.status,
                open && now.isBefore(p.votingClosesAt), tally, decision, application, p.id, p.baseVersionId);
    }
}
