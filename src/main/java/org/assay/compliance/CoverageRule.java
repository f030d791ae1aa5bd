package org.assay.compliance;

/** The coverage of one regulation item from counts of its mapped indicators. Plain code, table-tested. */
public final class CoverageRule {

    private CoverageRule() {
    }

    /**
     * @param mapped        indicators of the assessment's framework version that reference the item
     * @param applicable    of those, the ones that apply to the assessed scope
     * @param answered      of those, answered with a value (text and documents included)
     * @param notApplicable of those, answered "not applicable"
     */
    public static CoverageStatus status(int mapped, int applicable, int answered, int notApplicable) {
        if (mapped == 0) {
            return CoverageStatus.NOT_COVERED;
        }
        if (applicable == 0 || notApplicable == applicable) {
            return CoverageStatus.NOT_APPLICABLE;
        }
        if (answered == 0) {
            return CoverageStatus.NOT_COVERED;
        }
        return answered + notApplicable >= applicable ? CoverageStatus.COVERED : CoverageStatus.PARTIALLY_COVERED;
    }
}
