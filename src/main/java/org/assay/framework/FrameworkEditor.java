package org.assay.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.framework.document.FrameworkDiff;
import org.assay.framework.document.FrameworkDocument;
import org.assay.framework.document.IndicatorSpec;
import org.assay.framework.document.ScoringRulesJson;
import org.assay.platform.Clock;
import org.assay.platform.UserInputException;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every write to framework content. Only DRAFT versions are written (the database refuses the rest too); callers
 * hold the framework lock ({@link #lock()}) around structural changes so there is never more than one draft being
 * built, published or discarded at a time.
 */
@ApplicationScoped
public class FrameworkEditor {

    /** Transaction-scoped advisory lock serialising drafts, imports, publication and proposal closing. */
    static final long FRAMEWORK_LOCK = 0x41535341_59000002L;

    @Inject
    org.assay.platform.outbox.EventOutbox outbox;

    @Inject
    EntityManager em;

    @Inject
    FrameworkService frameworks;

    @Inject
    Clock clock;

    public void lock() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, FRAMEWORK_LOCK).getSingleResult();
    }

    /** The version, which must be the DRAFT: published and retired versions never change. */
    public FrameworkVersion requireDraft(UUID versionId, String field) {
        FrameworkVersion v = versionId == null ? null : em.find(FrameworkVersion.class, versionId);
        if (v == null) {
            throw new UserInputException(field, FrameworkErrorCode.NOT_FOUND, "no framework version with this id");
        }
        if (v.status != VersionStatus.DRAFT) {
            throw new UserInputException(field, FrameworkErrorCode.VERSION_NOT_DRAFT,
                    "framework version " + v.label() + " is " + v.status + " and immutable; only the draft version can change");
        }
        return v;
    }

    /** The draft that adopted changes go into; created from the current published version (tree copied) when none exists. */
    public FrameworkVersion draftForChanges() {
        Optional<FrameworkVersion> draft = frameworks.draft();
        if (draft.isPresent()) {
            return draft.get();
        }
        FrameworkVersion base = frameworks.currentPublished();
        return write(frameworks.document(base), base.major, base.minor + 1, base.id, false, null);
    }

    /**
     * Writes a whole document as a new version numbered {@code major.minor}: DRAFT, or PUBLISHED when {@code publishedBy}
     * is set and {@code publish} (content is written while the version is still a draft, as the database requires).
     */
    public FrameworkVersion write(FrameworkDocument doc, int major, int minor, UUID basedOn, boolean publish, String publishedBy) {
        FrameworkVersion v = new FrameworkVersion();
        v.id = UUID.randomUUID();
        v.name = doc.name();
        v.major = major;
        v.minor = minor;
        v.status = VersionStatus.DRAFT;
        v.basedOnId = basedOn;
        v.scoringRules = ScoringRulesJson.write(doc.scoringRules());
        v.createdAt = clock.now();
        em.persist(v);
        em.flush();

        List<FrameworkNode> topics = new ArrayList<>();
        List<FrameworkNode> aspects = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<IndicatorReference> references = new ArrayList<>();
        int position = 0;
        for (int t = 0; t < doc.themes().size(); t++) {
            FrameworkDocument.Theme th = doc.themes().get(t);
            FrameworkNode theme = node(v.id, null, NodeTier.THEME, th.code(), th.titleEn(), th.titleZh(), th.weight(), t);
            theme.setAddedTitles(th.titles());
            em.persist(theme);
            for (int p = 0; p < th.topics().size(); p++) {
                FrameworkDocument.Topic tp = th.topics().get(p);
                FrameworkNode topic = node(v.id, theme.id, NodeTier.TOPIC, tp.code(), tp.titleEn(), tp.titleZh(), BigDecimal.ONE, p);
                topic.setAddedTitles(tp.titles());
                topics.add(topic);
                for (int a = 0; a < tp.aspects().size(); a++) {
                    FrameworkDocument.Aspect as = tp.aspects().get(a);
                    FrameworkNode aspect = node(v.id, topic.id, NodeTier.ASPECT, as.code(), as.titleEn(), as.titleZh(), BigDecimal.ONE, a);
                    aspect.setAddedTitles(as.titles());
                    aspects.add(aspect);
                    for (IndicatorSpec spec : as.indicators()) {
                        Indicator i = new Indicator();
                        i.id = UUID.randomUUID();
                        i.versionId = v.id;
                        i.aspectId = aspect.id;
                        i.themeCode = th.code();
                        i.code = spec.code();
                        i.position = position++;
                        fill(i, spec);
                        indicators.add(i);
                        references.addAll(references(i.id, spec));
                    }
                }
            }
        }
        em.flush();
        topics.forEach(em::persist);
        em.flush();
        aspects.forEach(em::persist);
        em.flush();
        indicators.forEach(em::persist);
        em.flush();
        references.forEach(em::persist);
        em.flush();
        for (FrameworkDocument.Equivalence e : doc.equivalences()) {
            CertificationEquivalence ce = new CertificationEquivalence();
            ce.key = new CertificationEquivalence.Key(v.id, e.scheme(), e.indicator());
            ce.impliedYes = e.impliedYes();
            ce.impliedMaturity = e.impliedMaturity() == null ? null : e.impliedMaturity().shortValue();
            em.persist(ce);
        }
        em.flush();
        if (publish) {
            v.status = VersionStatus.PUBLISHED;
            v.publishedAt = clock.now();
            v.publishedBy = publishedBy;
            em.flush();
        }
        return v;
    }

    private static FrameworkNode node(UUID version, UUID parent, NodeTier tier, String code, String en, String zh, BigDecimal weight, int position) {
        FrameworkNode n = new FrameworkNode();
        n.id = UUID.randomUUID();
        n.versionId = version;
        n.parentId = parent;
        n.tier = tier;
        n.code = code;
        n.titleEn = en;
        n.titleZh = zh == null ? "" : zh;
        n.weight = weight;
        n.position = position;
        return n;
    }

    /** Copies an indicator definition onto the row (everything but identity, place and position). */
    static void fill(Indicator i, IndicatorSpec s) {
        i.titleEn = s.titleEn();
        i.titleZh = s.titleZh() == null ? "" : s.titleZh();
        i.guidanceEn = s.guidanceEn();
        i.guidanceZh = s.guidanceZh() == null ? "" : s.guidanceZh();
        org.assay.framework.document.Translations tr = s.translations();
        i.titleFr = tr.title(Language.FR);
        i.titleEs = tr.title(Language.ES);
        i.titlePt = tr.title(Language.PT);
        i.titleId = tr.title(Language.ID);
        i.guidanceFr = tr.guidance(Language.FR);
        i.guidanceEs = tr.guidance(Language.ES);
        i.guidancePt = tr.guidance(Language.PT);
        i.guidanceId = tr.guidance(Language.ID);
        i.answerType = s.answerType();
        i.unit = s.unit();
        i.thresholdDirection = s.thresholds() == null ? null : s.thresholds().direction();
        List<BigDecimal> t = s.thresholds() == null ? null : s.thresholds().values();
        i.threshold1 = t == null ? null : t.get(0);
        i.threshold2 = t == null ? null : t.get(1);
        i.threshold3 = t == null ? null : t.get(2);
        i.threshold4 = t == null ? null : t.get(3);
        i.classification = s.classification();
        i.weight = s.weight();
        i.applicableStages = s.stages().stream().map(SupplyChainStage::name).toArray(String[]::new);
        i.applicableMinerals = s.minerals().stream().map(Mineral::name).toArray(String[]::new);
        i.cahraOnly = s.cahraOnly();
        i.riskType = (short) s.riskType();
    }

    private static List<IndicatorReference> references(UUID indicatorId, IndicatorSpec spec) {
        List<IndicatorReference> out = new ArrayList<>();
        for (int k = 0; k < spec.references().size(); k++) {
            IndicatorReference r = new IndicatorReference();
            r.id = UUID.randomUUID();
            r.indicatorId = indicatorId;
            r.standard = spec.references().get(k).standard().name();
            r.clause = spec.references().get(k).clause();
            r.position = k;
            out.add(r);
        }
        return out;
    }

    // ---- changes to a draft ----

    /** Adds an indicator as the last one of {@code aspect} in the draft. */
    public Indicator addIndicator(FrameworkVersion draft, FrameworkNode aspect, IndicatorSpec spec) {
        checkDraft(draft);
        FrameworkNode topic = em.find(FrameworkNode.class, aspect.parentId);
        FrameworkNode theme = em.find(FrameworkNode.class, topic.parentId);
        Indicator i = new Indicator();
        i.id = UUID.randomUUID();
        i.versionId = draft.id;
        i.aspectId = aspect.id;
        i.themeCode = theme.code;
        i.code = spec.code();
        i.position = Integer.MAX_VALUE;
        fill(i, spec);
        em.persist(i);
        em.flush();
        references(i.id, spec).forEach(em::persist);
        em.flush();
        renumber(draft);
        return i;
    }

    /** Replaces an indicator's definition in the draft (code, place and answer type stay). */
    public void updateIndicator(FrameworkVersion draft, Indicator i, IndicatorSpec spec) {
        checkDraft(draft);
        fill(i, spec);
        em.flush();
        em.createQuery("delete from IndicatorReference r where r.indicatorId = :i").setParameter("i", i.id).executeUpdate();
        references(i.id, spec).forEach(em::persist);
        em.flush();
    }

    /** Removes an indicator (and its certificate equivalences) from the draft. */
    public void retireIndicator(FrameworkVersion draft, Indicator i) {
        checkDraft(draft);
        em.createQuery("delete from CertificationEquivalence e where e.key.versionId = :v and e.key.indicatorCode = :c")
                .setParameter("v", draft.id).setParameter("c", i.code).executeUpdate();
        em.createQuery("delete from IndicatorReference r where r.indicatorId = :i").setParameter("i", i.id).executeUpdate();
        em.remove(i);
        em.flush();
    }

    /** Positions follow the tree order (theme, topic, aspect, then previous position). */
    private void renumber(FrameworkVersion draft) {
        FrameworkService.Content c = frameworks.content(draft);
        int position = 0;
        for (FrameworkNode t : c.themes) {
            for (FrameworkNode tp : c.children(t)) {
                for (FrameworkNode a : c.children(tp)) {
                    for (Indicator i : c.indicators(a)) {
                        if (i.position != position) {
                            i.position = position;
                        }
                        position++;
                    }
                }
            }
        }
        em.flush();
    }

    private static void checkDraft(FrameworkVersion v) {
        if (v.status != VersionStatus.DRAFT) {
            throw new IllegalStateException("framework version " + v.label() + " is " + v.status + " and immutable");
        }
    }

    // ---- publication ----

    /** What publishing did. */
    public record Publication(FrameworkVersion version, FrameworkVersion previous, VersionBump bump, FrameworkDiff.Result diff) {
    }

    /**
     * Publishes the draft. Its number follows the current published version: a new major version when the set of
     * essential indicators changed, a minor one otherwise. The previous published version is retired.
     */
    public Publication publish(FrameworkVersion draft, String publishedBy) {
        checkDraft(draft);
        FrameworkService.Content content = frameworks.content(draft);
        if (content.indicators.isEmpty()) {
            throw new UserInputException("input.versionId", FrameworkErrorCode.EMPTY_DRAFT, "the draft has no indicators");
        }
        Optional<FrameworkVersion> current = frameworks.findCurrentPublished();
        FrameworkDiff.Result diff = FrameworkDiff.between(
                current.map(c -> frameworks.content(c).placed()).orElse(new java.util.LinkedHashMap<>()), content.placed());
        VersionNumber number = current.map(c -> new VersionNumber(c.major, c.minor).next(diff.essentialSetChanged()))
                .orElse(new VersionNumber(draft.major, draft.minor));
        Instant now = clock.now();
        draft.major = number.major();
        draft.minor = number.minor();
        draft.status = VersionStatus.PUBLISHED;
        draft.publishedAt = now;
        draft.publishedBy = publishedBy;
        current.ifPresent(c -> {
            c.status = VersionStatus.RETIRED;
            c.retiredAt = now;
        });
        outbox.event(org.assay.platform.outbox.EventType.FRAMEWORK_PUBLISHED).broadcast(org.assay.platform.outbox.Broadcast.SIGNED_IN).frameworkVersion(draft.id)
                .summary("version", number.major() + "." + number.minor()).summary("bump", diff.essentialSetChanged() ? VersionBump.MAJOR : VersionBump.MINOR)
                .summary("retiredFrameworkVersionId", current.map(c -> c.id).orElse(null)).record();
        em.flush();
        return new Publication(draft, current.orElse(null),
                diff.essentialSetChanged() ? VersionBump.MAJOR : VersionBump.MINOR, diff);
    }

    /** Deletes the draft and its content. Refused once adopted proposals were applied to it (their changes would be lost). */
    public void discard(FrameworkVersion draft) {
        checkDraft(draft);
        long applied = em.createQuery("select count(p) from ChangeProposal p where p.appliedVersionId = :v", Long.class)
                .setParameter("v", draft.id).getSingleResult();
        if (applied > 0) {
            throw new UserInputException("input.versionId", FrameworkErrorCode.HAS_ADOPTED_CHANGES, "adopted change proposals (" + applied
                    + ") were applied to this draft; it cannot be discarded, only published");
        }
        em.createQuery("delete from CertificationEquivalence e where e.key.versionId = :v").setParameter("v", draft.id).executeUpdate();
        em.createQuery("delete from IndicatorReference r where r.indicatorId in (select i.id from Indicator i where i.versionId = :v)")
                .setParameter("v", draft.id).executeUpdate();
        em.createQuery("delete from Indicator i where i.versionId = :v").setParameter("v", draft.id).executeUpdate();
        for (NodeTier tier : List.of(NodeTier.ASPECT, NodeTier.TOPIC, NodeTier.THEME)) {
            em.createQuery("delete from FrameworkNode n where n.versionId = :v and n.tier = :t")
                    .setParameter("v", draft.id).setParameter("t", tier).executeUpdate();
        }
        em.remove(draft);
        em.flush();
    }
}
