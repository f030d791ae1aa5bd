package org.assay.grievance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The input of {@code linkGrievance}. */
@Name("LinkGrievanceInput")
@Description("Link a grievance to a site of its supplier, to indicators and to findings of the supplier's assessments (the lists replace the links so far).")
public class LinkGrievanceInput {
    @NonNull @Id @Description("The grievance.")
    public String grievanceId;
    @Id @Description("A site of the supplier; unchanged when omitted.")
    public String siteId;
    @Description("Indicator codes, e.g. ENV-WAT-01.")
    public List<@NonNull String> indicatorCodes;
    @Description("Ids of findings of the supplier's assessments.")
    @Id
    public List<@NonNull String> findingIds;
}
