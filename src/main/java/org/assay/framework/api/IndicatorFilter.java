package org.assay.framework.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.ExternalStandard;
import org.assay.framework.IndicatorCriteria;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("IndicatorFilter")
@Description("Which indicators to include. Every criterion is optional; they combine with AND.")
public class IndicatorFilter {
    @Description("Only indicators of this theme (code, e.g. ENV).")
    public String themeCode;
    @Description("Only ESSENTIAL or only OPTIONAL indicators.")
    public Classification classification;
    @Description("Only indicators that apply to a site at this stage (their stage list is empty or contains it).")
    public SupplyChainStage stage;
    @Description("Only indicators that apply to a site handling these minerals (their mineral list is empty or contains one of them).")
    public List<Mineral> minerals;
    @Description("Whether the site is in a CAHRA: false leaves out CAHRA-only indicators; true or omitted keeps them.")
    public Boolean inCahra;
    @Description("Only indicators referencing this external standard.")
    public ExternalStandard standard;
    @Description("Only indicators of this answer type.")
    public AnswerType answerType;
    @Description("Only indicators of this risk type (1 or 2).")
    public Integer riskType;

    static IndicatorCriteria criteria(IndicatorFilter f) {
        if (f == null) {
            return IndicatorCriteria.ALL;
        }
        return new IndicatorCriteria(f.themeCode == null || f.themeCode.isBlank() ? null : f.themeCode.strip(), f.classification,
                f.stage, f.minerals == null ? null : new HashSet<>(f.minerals.stream().filter(Objects::nonNull).toList()),
                f.inCahra, f.standard, f.answerType, f.riskType);
    }
}
