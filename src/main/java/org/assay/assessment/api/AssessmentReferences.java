package org.assay.assessment.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.assessment.Assessment;
import org.assay.assessment.AssessmentAccess;
import org.assay.assessment.AssessmentRequest;
import org.assay.assessment.Finding;
import org.assay.platform.Caller;
import org.assay.platform.Role;
import org.assay.framework.FrameworkVersion;
import org.assay.organisation.OrganisationNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assessment views for a whole list at once, and the batch loader other features call to resolve a field of type
 * {@code Assessment} on their own types ({@code PortfolioSupplier.latestAssessment}): one statement for the assessments
 * (two more for a member), one for the version labels, with assessment's rule applied ({@link AssessmentAccess#visibleAll}:
 * the parties see theirs; a member the supplier's newest published assessment while the supplier shares with it).
 */
@ApplicationScoped
public class AssessmentReferences {

    @Inject
    EntityManager em;

    @Inject
    AssessmentAccess access;

    @Inject
    OrganisationNames organisationNames;

    /** For a {@code @Source List} resolver: the assessment each parent names ({@code idOf}), in the parents' order; null where the caller may not see it. */
    public <T> List<AssessmentView> resolve(List<T> parents, Function<T, UUID> idOf) {
        List<UUID> ids = parents.stream().map(idOf).toList();
        return inParentOrder(ids, visible(ids.stream().filter(Objects::nonNull).distinct().toList()));
    }

    /** One answer per parent, in the parents' order: the view of its id, null where it names none or the caller may not see it. */
    private static <V> List<V> inParentOrder(List<UUID> ids, Map<UUID, V> views) {
        List<V> result = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            result.add(id == null ? null : views.get(id));
        }
        return result;
    }

    @Inject
    Caller caller;

    /**
     * For a {@code @Source List} resolver: the finding each parent names ({@code idOf}), in the parents' order. A finding is
     * visible when its assessment is ({@link AssessmentAccess#visibleAll}); a member reads findings only through
     * {@code sharedResults.detail} (its grant's level decides), so here it sees none. Two statements whatever the number.
     */
    public <T> List<FindingView> findings(List<T> parents, Function<T, UUID> idOf) {
        List<UUID> ids = parents.stream().map(idOf).toList();
        Set<UUID> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, FindingView> views = new java.util.HashMap<>();
        if (!wanted.isEmpty() && !caller.is(Role.MEMBER)) {
            List<Finding> found = em.createQuery("from Finding f where f.id in :ids", Finding.class).setParameter("ids", wanted).getResultList();
            Set<UUID> seen = access.visibleAll(found.stream().map(f -> f.assessmentId).collect(Collectors.toSet())).keySet();
            found.stream().filter(f -> seen.contains(f.assessmentId)).forEach(f -> views.put(f.id, FindingView.of(f)));
        }
        return inParentOrder(ids, views);
    }

    /** The assessments of {@code ids} the caller may see, as views, by id (not recorded: for references inside another operation). */
    public Map<UUID, AssessmentView> visible(List<UUID> ids) {
        return byId(List.copyOf(access.visibleAll(ids).values()));
    }

    /**
     * For the top-level reads by id ({@code node(id:)}, {@code nodes(ids:)}): as {@link #visible}, and a member's reads
     * recorded for the suppliers ({@link AssessmentAccess#recordReads}: one statement more, whatever the number of ids).
     */
    public Map<UUID, AssessmentView> read(List<UUID> ids) {
        List<Assessment> seen = List.copyOf(access.visibleAll(ids).values());
        access.recordReads(seen);
        return byId(seen);
    }

    private Map<UUID, AssessmentView> byId(List<Assessment> seen) {
        return views(seen).stream().collect(Collectors.toMap(AssessmentView::key, v -> v));
    }

    /** Views of assessments the caller may see (already checked), in order; one statement for the version labels. */
    public List<AssessmentView> views(List<Assessment> list) {
        Set<UUID> versions = list.stream().map(a -> a.versionId).collect(Collectors.toSet());
        Map<UUID, String> labels = versions.isEmpty() ? Map.of() : em.createQuery("from FrameworkVersion v where v.id in :ids", FrameworkVersion.class)
                .setParameter("ids", versions).getResultList().stream().collect(Collectors.toMap(v -> v.id, FrameworkVersion::label));
        return list.stream().map(a -> AssessmentView.of(a, labels.get(a.versionId))).toList();
    }

    /** Views of the caller's own requests, in order; one statement for their assessments, one for the supplier names. */
    public List<AssessmentRequestView> requestViews(List<AssessmentRequest> list) {
        Set<UUID> ids = list.stream().map(r -> r.assessmentId).collect(Collectors.toSet());
        Map<UUID, Assessment> assessments = ids.isEmpty() ? Map.of() : em.createQuery("from Assessment a where a.id in :ids", Assessment.class)
                .setParameter("ids", ids).getResultList().stream().collect(Collectors.toMap(a -> a.id, a -> a));
        Map<UUID, String> names = organisationNames.of(list.stream().map(r -> r.supplierId).collect(Collectors.toSet()));
        return list.stream().map(r -> {
            Assessment a = assessments.get(r.assessmentId);
            return new AssessmentRequestView(AssessmentRequestView.TYPE.id(r.id), new OrganisationRef(r.supplierId.toString(), names.get(r.supplierId)),
                    Uuids.str(r.siteId), r.minimumMethod, r.outcome, r.assessmentId.toString(), a.method, a.status, r.requestedAt, r.id, r.assessmentId,
                    r.supplierId, r.siteId);
        }).toList();
    }
}
