package org.assay.framework.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.framework.FrameworkEditor;
import org.assay.framework.FrameworkService;
import org.assay.framework.FrameworkVersion;
import org.assay.framework.Indicator;
import org.assay.framework.NodeTier;
import org.assay.framework.document.FrameworkDiff;
import org.assay.framework.document.IndicatorChange;
import org.assay.framework.document.IndicatorJson;
import org.assay.framework.document.IndicatorRules;
import org.assay.framework.document.IndicatorSpec;
import org.assay.platform.UserError;
import org.assay.platform.Validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies an adopted proposal to the draft version (created from the current published version when there is none).
 * Proposals are applied one by one in closing order, so when two adopted proposals change the same field of the same
 * indicator the one that closed later wins (and says so). A proposal that no longer fits the draft (its indicator was
 * retired meanwhile, its code is already taken, ...) is recorded as NOT_APPLICABLE with the reason; nothing is changed.
 */
@ApplicationScoped
public class ProposalApplier {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkEditor editor;

    /** The outcome, recorded on the proposal. */
    public record Application(ApplicationStatus status, FrameworkVersion draft, String note) {
    }

    public Application apply(ChangeProposal p) {
        editor.lock();
        // Decide against the draft if there is one, else against the published version the draft would be copied from:
        // a proposal that does not apply creates no draft.
        Optional<FrameworkVersion> draft = frameworks.draft();
        FrameworkVersion working = draft.orElseGet(frameworks::currentPublished);
        FrameworkService.Content content = frameworks.content(working);
        JsonNode change = read(p.proposedChange);
        String in = draft.isPresent() ? "draft version " + working.label() : "the next draft (based on published version " + working.label() + ")";
        Optional<Indicator> existing = content.indicator(p.indicatorCode);
        String note;
        switch (p.kind) {
            case ADD -> {
                if (existing.isPresent()) {
                    return notApplicable("indicator " + p.indicatorCode + " already exists in " + in + " (added by an earlier proposal or import)");
                }
                String aspectCode = change.path("aspect").asText();
                if (content.node(aspectCode).filter(n -> n.tier == NodeTier.ASPECT).isEmpty()) {
                    return notApplicable("aspect " + aspectCode + " no longer exists in " + in);
                }
                note = "added " + p.indicatorCode + " under aspect " + aspectCode;
            }
            case CHANGE -> {
                if (existing.isEmpty()) {
                    return notApplicable("indicator " + p.indicatorCode + " no longer exists in " + in
                            + " (retired by an earlier proposal or import); nothing to change");
                }
                IndicatorChange c = IndicatorChange.fromJson(change);
                IndicatorSpec current = content.spec(existing.get());
                IndicatorSpec merged = c.applyTo(current);
                Validation v = new Validation();
                IndicatorRules.check(merged, v, "indicator", Set.of());
                if (!v.ok()) {
                    return notApplicable("the change no longer fits " + p.indicatorCode + " in " + in + ": "
                            + v.errors().stream().map(UserError::message).collect(Collectors.joining("; ")));
                }
                FrameworkDiff.Placed before = new FrameworkDiff.Placed(content.aspectOf(existing.get()).code, current);
                List<FrameworkDiff.FieldChange> effective = FrameworkDiff.changes(before, new FrameworkDiff.Placed(before.aspectCode(), merged));
                if (effective.isEmpty()) {
                    // nothing to write (and no draft to create): the framework already says this
                    return new Application(ApplicationStatus.APPLIED, draft.orElse(null), "no effective change: " + in
                            + " already has these values for " + String.join(", ", c.fields()));
                }
                note = "changed " + effective.stream().map(FrameworkDiff.FieldChange::field).collect(Collectors.joining(", "))
                        + " of " + p.indicatorCode;
                List<String> overridden = overriddenSinceProposal(p, before, c);
                if (!overridden.isEmpty()) {
                    note += "; " + String.join(", ", overridden) + " had been changed since this proposal was made"
                            + " (e.g. by an earlier adopted proposal): this later decision applies";
                }
            }
            case RETIRE -> {
                if (existing.isEmpty()) {
                    return notApplicable("indicator " + p.indicatorCode + " no longer exists in " + in + " (already retired)");
                }
                note = "retired " + p.indicatorCode;
            }
            default -> throw new IllegalStateException("unknown proposal kind " + p.kind);
        }

        FrameworkVersion target = editor.draftForChanges();
        FrameworkService.Content d = target.id.equals(working.id) ? content : frameworks.content(target);
        switch (p.kind) {
            case ADD -> editor.addIndicator(target, d.node(change.path("aspect").asText()).orElseThrow(),
                    IndicatorJson.read(change.path("indicator")));
            case CHANGE -> {
                Indicator i = d.indicator(p.indicatorCode).orElseThrow();
                editor.updateIndicator(target, i, IndicatorChange.fromJson(change).applyTo(d.spec(i)));
            }
            case RETIRE -> editor.retireIndicator(target, d.indicator(p.indicatorCode).orElseThrow());
            default -> throw new IllegalStateException("unknown proposal kind " + p.kind);
        }
        return new Application(ApplicationStatus.APPLIED, target, note + " in draft version " + target.label());
    }

    /** Fields this proposal sets whose value in the draft differs from what the proposer saw when proposing. */
    private List<String> overriddenSinceProposal(ChangeProposal p, FrameworkDiff.Placed now, IndicatorChange c) {
        if (p.baseIndicator == null) {
            return List.of();
        }
        FrameworkDiff.Placed then = new FrameworkDiff.Placed(now.aspectCode(), IndicatorJson.read(read(p.baseIndicator)));
        Set<String> mine = Set.copyOf(c.fields());
        return FrameworkDiff.changes(then, now).stream().map(FrameworkDiff.FieldChange::field).filter(mine::contains).toList();
    }

    /** Not applied: nothing changes and no draft is created for it. */
    private static Application notApplicable(String why) {
        return new Application(ApplicationStatus.NOT_APPLICABLE, null, why);
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("stored proposal is unreadable", e);
        }
    }
}
