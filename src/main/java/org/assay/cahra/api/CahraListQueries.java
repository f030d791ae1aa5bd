package org.assay.cahra.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.cahra.CahraList;
import org.assay.cahra.CahraLists;
import org.assay.platform.Allow;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** CAHRA list versions: reference data every signed-in role reads. */
@GraphQLApi
@Transactional
@Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
public class CahraListQueries {

    @Inject
    CahraLists lists;

    @Query
    @Description("The CAHRA list versions, the newest effective first. The first one whose effective date is today or earlier "
            + "is in force: a site's `cahra` status follows it, and each new assessment records it (`Assessment.cahraListVersion`).")
    public CahraListConnection cahraLists(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        return page.slice(lists.list(page), CahraLists::cursorOf).connection(CahraListView::of, CahraListEdge::new, CahraListConnection::new);
    }

    @Query
    @Description("The CAHRA list version in force today.")
    public CahraListView cahraListInForce() {
        CahraList l = lists.inForce();
        return l == null ? null : CahraListView.of(l);
    }

    @Description("The areas of the version, in the order imported (none for the legacy version, which reads each site's flag).")
    @NonNull
    public List<List<@NonNull CahraListEntryView>> entries(@Source List<CahraListView> versions) {
        List<UUID> ids = versions.stream().map(v -> CahraListView.TYPE.parse("id", v.id())).toList();
        Map<UUID, List<CahraLists.Entry>> entries = lists.entries(new java.util.LinkedHashSet<>(ids));
        return ids.stream().map(id -> entries.get(id).stream().map(e -> new CahraListEntryView(e.country(), e.region())).toList()).toList();
    }
}
