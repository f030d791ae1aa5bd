package org.assay.framework;

import org.eclipse.microprofile.graphql.Description;

/** How an indicator is answered, and therefore whether (and how) it is scored. */
@Description("How an indicator is answered. YES_NO, MATURITY and NUMBER are scored 0-100; TEXT and DOCUMENT are not scored.")
public enum AnswerType {

    @Description("Yes or no. Scored: yes = 100, no = 0.")
    YES_NO(true),

    @Description("Maturity level 0 to 4. Scored: 0, 25, 50, 75, 100.")
    MATURITY(true),

    @Description("A number in the indicator's unit, scored 0-100 through the indicator's four thresholds.")
    NUMBER(true),

    @Description("Free text. Not scored.")
    TEXT(false),

    @Description("A document (evidence file). Not scored.")
    DOCUMENT(false);

    private final boolean scored;

    AnswerType(boolean scored) {
        this.scored = scored;
    }

    /** Whether answers of this type produce a 0-100 score (false for TEXT and DOCUMENT). */
    public boolean scored() {
        return scored;
    }
}
