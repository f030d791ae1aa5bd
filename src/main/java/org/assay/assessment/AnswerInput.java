package org.assay.assessment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.util.List;

/** The answer to one indicator; give exactly the field matching the indicator's answer type, or notApplicable. */
@Name("AnswerInput")
@Description("The answer to one indicator. Give exactly the value field that matches the indicator's answer type "
        + "(yes for YES_NO, maturity for MATURITY, number for NUMBER, text for TEXT, documentId for DOCUMENT), or notApplicable.")
public class AnswerInput {
    @NonNull @Description("Stable indicator code, e.g. `SCM-RSK-01`.")
    public String indicatorCode;
    @Description("YES_NO indicators: the answer.")
    public Boolean yes;
    @Description("MATURITY indicators: level 0 (nothing in place) to 4 (leading practice).")
    public Integer maturity;
    @Description("NUMBER indicators: the value, in the indicator's unit: at most 6 decimal places, below 10^12, not negative, "
            + "0–100 for percentages (otherwise OUT_OF_RANGE; values are stored exactly as sent, never rounded).")
    public BigDecimal number;
    @Description("NUMBER indicators: the unit the value is expressed in; must equal the indicator's unit when given.")
    public String unit;
    @Description("TEXT indicators: the answer (up to 10,000 characters).")
    public String text;
    @Id @Description("DOCUMENT indicators: the uploaded document that answers it.")
    public String documentId;
    @Description("The indicator does not apply. Allowed for optional indicators; essential ones need a justification.")
    public Boolean notApplicable;
    @Description("Why the indicator does not apply (required for essential indicators marked not applicable).")
    public String justification;
    @Description("Comment by the person answering (assessors: observations behind the answer).")
    public String comment;
    @Description("Uploaded documents supporting the answer.")
    public List<String> evidenceDocumentIds;
}
