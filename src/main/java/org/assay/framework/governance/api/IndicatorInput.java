package org.assay.framework.governance.api;

import static org.assay.framework.governance.api.GovernanceInputs.blankToNull;
import static org.assay.framework.governance.api.GovernanceInputs.refs;
import static org.assay.framework.governance.api.GovernanceInputs.strip;
import java.math.BigDecimal;
import java.util.List;
import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.document.IndicatorSpec;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("IndicatorInput")
@Description("A whole new indicator, in the fields of the import document.")
public class IndicatorInput {
    @NonNull @Description("New stable code: 1-40 upper-case letters, digits, '.', '-' or '_', e.g. ENV-WAT-05.")
    public String code;
    @NonNull @Description("Title (English required, at most 300 characters).")
    public LocalizedTextInput title;
    @NonNull @Description("Guidance for answering (English required, at most 4000 characters).")
    public LocalizedTextInput guidance;
    @NonNull @Description("How it is answered.")
    public AnswerType answerType;
    @Description("Unit; required for NUMBER, not allowed otherwise.")
    public String unit;
    @Description("Scoring thresholds; required for NUMBER, not allowed otherwise.")
    public ThresholdsInput thresholds;
    @NonNull @Description("ESSENTIAL or OPTIONAL (TEXT and DOCUMENT indicators cannot be essential).")
    public Classification classification;
    @NonNull @Description("Weight within the theme, 0-100 with at most 2 decimals; positive for scored answer types.")
    public BigDecimal weight;
    @NonNull @Description("Risk type: 1 (CAHRA: conflict, serious human-rights abuses) or 2 (other serious misconduct).")
    public Integer riskType;
    @Description("Where it applies; everywhere when omitted.")
    public ApplicabilityInput applicability;
    @Description("References to external standards.")
    public List<@NonNull ReferenceInput> references;

    IndicatorSpec spec() {
        ApplicabilityInput a = applicability == null ? new ApplicabilityInput() : applicability;
        return new IndicatorSpec(strip(code), title == null ? null : strip(title.en), title == null ? null : blankToNull(title.zh),
                guidance == null ? null : strip(guidance.en), guidance == null ? null : blankToNull(guidance.zh), answerType,
                blankToNull(unit), thresholds == null ? null : thresholds.thresholds(), classification, weight,
                riskType == null ? 0 : riskType, a.stages, a.minerals, Boolean.TRUE.equals(a.cahraOnly), refs(references));
    }
}
