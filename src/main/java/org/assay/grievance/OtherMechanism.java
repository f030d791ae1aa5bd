package org.assay.grievance;

import org.eclipse.microprofile.graphql.Description;

/** Other grievance mechanisms a grievance may be referred to. */
@Description("Another grievance mechanism a grievance may be referred to.")
public enum OtherMechanism {
    @Description("RMI Minerals Grievance Platform.") RMI_MGP,
    @Description("IRMA issues-resolution system.") IRMA,
    @Description("The Copper Mark grievance mechanism.") COPPER_MARK,
    @Description("CCCMC/RCI Mediation and Consultation Mechanism.") CCCMC
}
