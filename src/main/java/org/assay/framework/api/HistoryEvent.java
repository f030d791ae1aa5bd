package org.assay.framework.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("IndicatorHistoryEvent")
@Description("What happened to an indicator in a version, compared with the previous version that had it.")
public enum HistoryEvent {
    @Description("First version with this code (or back after a retirement).") ADDED,
    @Description("Its definition changed; see `changes`.") CHANGED,
    @Description("Carried over unchanged.") UNCHANGED,
    @Description("Not in this version any more.") RETIRED
}
