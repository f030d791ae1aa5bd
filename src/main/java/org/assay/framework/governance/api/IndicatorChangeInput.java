package org.assay.framework.governance.api;

import static org.assay.framework.governance.api.GovernanceInputs.blankToNull;
import static org.assay.framework.governance.api.GovernanceInputs.refs;
import static org.assay.framework.governance.api.GovernanceInputs.strip;
import java.math.BigDecimal;
import java.util.List;
import org.assay.framework.Classification;
import org.assay.framework.document.IndicatorChange;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("IndicatorChangeInput")
@Description("The fields to change; every omitted field stays as it is.")
public class IndicatorChangeInput {
    @Description("New title(s).")
    public LocalizedTextChangeInput title;
    @Description("New guidance text(s).")
    public LocalizedTextChangeInput guidance;
    @Description("New classification.")
    public Classification classification;
    @Description("New weight within the theme.")
    public BigDecimal weight;
    @Description("New risk type, 1 or 2.")
    public Integer riskType;
    @Description("New applicability (each omitted field stays).")
    public ApplicabilityInput applicability;
    @Description("New list of references (replaces the whole list).")
    public List<@NonNull ReferenceInput> references;
    @Description("New unit (NUMBER indicators only).")
    public String unit;
    @Description("New thresholds (NUMBER indicators only).")
    public ThresholdsInput thresholds;

    IndicatorChange change() {
        ApplicabilityInput a = applicability == null ? new ApplicabilityInput() : applicability;
        return new IndicatorChange(title == null ? null : strip(title.en), title == null ? null : blankToNull(title.zh),
                guidance == null ? null : strip(guidance.en), guidance == null ? null : blankToNull(guidance.zh),
                classification, weight, riskType, a.stages, a.minerals, a.cahraOnly,
                references == null ? null : refs(references), blankToNull(unit), thresholds == null ? null : thresholds.thresholds());
    }
}
