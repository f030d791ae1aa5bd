package org.assay.framework.governance.api;

import java.math.BigDecimal;
import java.util.List;
import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.api.ReferenceView;
import org.assay.framework.api.ThresholdsView;
import org.assay.framework.document.IndicatorChange;
import org.assay.framework.document.IndicatorSpec;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ProposedIndicator")
@Description("Indicator fields as proposed: all of them for an addition, only the changed ones for a change (null = unchanged).")
public record ProposedIndicatorView(
        @Description("Title in English and Chinese.") LocalizedTextView title,
        @Description("Guidance in English and Chinese.") LocalizedTextView guidance,
        @Description("Answer type (additions only).") AnswerType answerType,
        @Description("Unit of a NUMBER indicator.") String unit,
        @Description("Scoring thresholds of a NUMBER indicator.") ThresholdsView thresholds,
        @Description("ESSENTIAL or OPTIONAL.") Classification classification,
        @Description("Weight within the theme.") BigDecimal weight,
        @Description("Risk type, 1 or 2.") Integer riskType,
        @Description("Applicable stages (empty = all).") List<@NonNull SupplyChainStage> stages,
        @Description("Applicable minerals (empty = all).") List<@NonNull Mineral> minerals,
        @Description("Whether it applies to CAHRA sites only.") Boolean cahraOnly,
        @Description("References to external standards (the whole list).") List<@NonNull ReferenceView> references) {

    static ProposedIndicatorView of(IndicatorSpec s) {
        return new ProposedIndicatorView(new LocalizedTextView(s.titleEn(), s.titleZh()), new LocalizedTextView(s.guidanceEn(), s.guidanceZh()),
                s.answerType(), s.unit(), s.thresholds() == null ? null : new ThresholdsView(s.thresholds().direction(), s.thresholds().values()),
                s.classification(), s.weight(), s.riskType(), s.stages(), s.minerals(), s.cahraOnly(), refs(s.references()));
    }

    static ProposedIndicatorView of(IndicatorChange c) {
        return new ProposedIndicatorView(c.titleEn() == null && c.titleZh() == null ? null : new LocalizedTextView(c.titleEn(), c.titleZh()),
                c.guidanceEn() == null && c.guidanceZh() == null ? null : new LocalizedTextView(c.guidanceEn(), c.guidanceZh()),
                null, c.unit(), c.thresholds() == null ? null : new ThresholdsView(c.thresholds().direction(), c.thresholds().values()),
                c.classification(), c.weight(), c.riskType(), c.stages(), c.minerals(), c.cahraOnly(),
                c.references() == null ? null : refs(c.references()));
    }

    private static List<ReferenceView> refs(List<IndicatorSpec.Reference> refs) {
        return refs.stream().map(r -> new ReferenceView(r.standard(), r.clause())).toList();
    }
}
