package org.assay.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.assay.framework.scoring.NumericThresholds;
import org.assay.framework.scoring.ScoredIndicator;
import org.assay.framework.scoring.ScoringRules;
import org.assay.framework.document.FrameworkDiff;
import org.assay.framework.document.FrameworkDocument;
import org.assay.framework.document.IndicatorSpec;
import org.assay.framework.document.ScoringRulesJson;
import org.assay.platform.NotFoundException;
import org.assay.platform.PageRequest;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reading framework versions and their content. The entry points other features use are {@link #currentPublished()},
 * {@link #indicators(UUID)}, {@link #scoredIndicators(UUID)} and {@link #scoringRules(UUID)}; all are read-only and
 * need a transaction only for lazy loading (none is used).
 */
@ApplicationScoped
public class FrameworkService {

    @Inject
    EntityManager em;

    // ---- versions ----

    /** The newest PUBLISHED version (the one in force), if any. */
    public Optional<FrameworkVersion> findCurrentPublished() {
        return em.createQuery("from FrameworkVersion v where v.status = :s order by v.major desc, v.minor desc", FrameworkVersion.class)
                .setParameter("s", VersionStatus.PUBLISHED).setMaxResults(1).getResultStream().findFirst();
    }

    /** The newest PUBLISHED version; NOT_FOUND when none exists (never after startup: the starter framework is loaded). */
    public FrameworkVersion currentPublished() {
        return findCurrentPublished().orElseThrow(() -> new NotFoundException("Published framework version"));
    }

    public Optional<FrameworkVersion> draft() {
        return em.createQuery("from FrameworkVersion v where v.status = :s", FrameworkVersion.class)
                .setParameter("s", VersionStatus.DRAFT).getResultStream().findFirst();
    }

    public Optional<FrameworkVersion> find(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(FrameworkVersion.class, id));
    }

    /** The versions with these ids, by id, in one statement (unknown ids left out). */
    public Map<UUID, FrameworkVersion> byIds(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<UUID, FrameworkVersion> out = new HashMap<>();
        em.createQuery("from FrameworkVersion v where v.id in :ids", FrameworkVersion.class).setParameter("ids", wanted)
                .getResultList().forEach(v -> out.put(v.id, v));
        return out;
    }

    /** For queries: unknown id is NOT_FOUND. */
    public FrameworkVersion version(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Framework version"));
    }

    public Optional<FrameworkVersion> byNumber(VersionNumber number) {
        return em.createQuery("from FrameworkVersion v where v.major = :ma and v.minor = :mi", FrameworkVersion.class)
                .setParameter("ma", number.major()).setParameter("mi", number.minor()).getResultStream().findFirst();
    }

    public long countVersions() {
        return em.createQuery("select count(v) from FrameworkVersion v", Long.class).getSingleResult();
    }

    /** Versions newest first (by number); drafts only when {@code includeDrafts}. Keyset-paged on (major, minor). */
    public List<FrameworkVersion> list(VersionStatus status, boolean includeDrafts, PageRequest page) {
        StringBuilder jpql = new StringBuilder("from FrameworkVersion v where 1 = 1");
        if (status != null) jpql.append(" and v.status = :status");
        if (!includeDrafts) jpql.append(" and v.status <> :draft");
        if (page.hasCursor()) jpql.append(" and (v.major < :ma or (v.major = :ma and v.minor < :mi))");
        jpql.append(" order by v.major desc, v.minor desc");
        TypedQuery<FrameworkVersion> q = em.createQuery(jpql.toString(), FrameworkVersion.class);
        if (status != null) q.setParameter("status", status);
        if (!includeDrafts) q.setParameter("draft", VersionStatus.DRAFT);
        if (page.hasCursor()) {
            VersionNumber after = page.part(0, VersionNumber::parse);
            if (after == null) throw new org.assay.platform.InvalidArgumentException("malformed cursor");
            q.setParameter("ma", after.major()).setParameter("mi", after.minor());
        }
        return q.setMaxResults(page.first() + 1).getResultList();
    }

    /** Every version, oldest first (for histories). */
    public List<FrameworkVersion> allVersions(boolean includeDrafts) {
        return em.createQuery("from FrameworkVersion v order by v.major, v.minor", FrameworkVersion.class).getResultList().stream()
                .filter(v -> includeDrafts || v.status != VersionStatus.DRAFT).toList();
    }

    public static String cursorOf(FrameworkVersion v) {
        return PageRequest.encode(v.label());
    }

    // ---- content ----

    /** The indicators of a version in framework order (theme, topic, aspect, indicator). */
    public List<Indicator> indicators(UUID versionId) {
        return em.createQuery("from Indicator i where i.versionId = :v order by i.position, i.code", Indicator.class)
                .setParameter("v", versionId).getResultList();
    }

    /** The indicators of a version as the scorer needs them. */
    public List<ScoredIndicator> scoredIndicators(UUID versionId) {
        return indicators(versionId).stream().map(FrameworkService::scored).toList();
    }

    public static ScoredIndicator scored(Indicator i) {
        if (i.answerType == AnswerType.NUMBER) {
            return ScoredIndicator.number(i.code, i.themeCode, i.classification, i.weight,
                    new NumericThresholds(i.thresholdDirection, List.of(i.threshold1, i.threshold2, i.threshold3, i.threshold4)));
        }
        return ScoredIndicator.of(i.code, i.themeCode, i.answerType, i.classification, i.weight);
    }

    /** The scoring rules (rating bands, essential floor, caps) of a version. */
    public ScoringRules scoringRules(UUID versionId) {
        return scoringRulesOf(version(versionId));
    }

    public ScoringRules scoringRulesOf(FrameworkVersion v) {
        return ScoringRulesJson.read(v.scoringRules);
    }

    /** Per version: number of indicators and of essential ones. */
    public Map<UUID, long[]> counts(Collection<UUID> versionIds) {
        Map<UUID, long[]> out = new HashMap<>();
        if (versionIds.isEmpty()) {
            return out;
        }
        em.createQuery("select i.versionId, count(i), sum(case when i.classification = :e then 1 else 0 end) from Indicator i "
                        + "where i.versionId in :ids group by i.versionId", Object[].class)
                .setParameter("e", Classification.ESSENTIAL).setParameter("ids", versionIds).getResultList()
                .forEach(r -> out.put((UUID) r[0], new long[]{((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue()}));
        return out;
    }

    /** Themes, topics and aspects of a version, ordered by position within their parent. */
    public List<FrameworkNode> nodes(UUID versionId) {
        return em.createQuery("from FrameworkNode n where n.versionId = :v order by n.position, n.code", FrameworkNode.class)
                .setParameter("v", versionId).getResultList();
    }

    public Map<UUID, List<IndicatorReference>> references(UUID versionId) {
        return em.createQuery("select r from IndicatorReference r where r.indicatorId in "
                        + "(select i.id from Indicator i where i.versionId = :v) order by r.position", IndicatorReference.class)
                .setParameter("v", versionId).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r.indicatorId, LinkedHashMap::new, Collectors.toList()));
    }

    public List<CertificationEquivalence> equivalences(UUID versionId) {
        return em.createQuery("from CertificationEquivalence e where e.key.versionId = :v order by e.key.schemeCode, e.key.indicatorCode",
                CertificationEquivalence.class).setParameter("v", versionId).getResultList();
    }

    /** Everything in one version, loaded with four queries. */
    public Content content(FrameworkVersion version) {
        return new Content(version, nodes(version.id), indicators(version.id), references(version.id));
    }

    /**
     * The indicators with these row ids ({@code node(id:)}), grouped by the version that holds them: one {@link Content} per
     * version {@code readable} accepts, with the version's whole tree of themes, topics and aspects but only the asked
     * indicators (and their references) in {@link Content#indicators}. Four statements whatever the number of ids and
     * versions; unknown ids and the indicators of versions not accepted are left out.
     */
    public List<Content> contentsOf(Collection<UUID> indicatorIds, java.util.function.Predicate<FrameworkVersion> readable) {
        List<UUID> wanted = indicatorIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Indicator> found = em.createQuery("from Indicator i where i.id in :ids order by i.position, i.code", Indicator.class)
                .setParameter("ids", wanted).getResultList();
        List<FrameworkVersion> versions = byIds(found.stream().map(i -> i.versionId).toList()).values().stream().filter(readable).toList();
        if (versions.isEmpty()) {
            return List.of();
        }
        List<UUID> versionIds = versions.stream().map(v -> v.id).toList();
        Map<UUID, List<FrameworkNode>> nodes = em.createQuery("from FrameworkNode n where n.versionId in :v order by n.position, n.code", FrameworkNode.class)
                .setParameter("v", versionIds).getResultList().stream()
                .collect(Collectors.groupingBy(n -> n.versionId, LinkedHashMap::new, Collectors.toList()));
        List<Indicator> kept = found.stream().filter(i -> versionIds.contains(i.versionId)).toList();
        Map<UUID, List<IndicatorReference>> references = kept.isEmpty() ? Map.of() : em.createQuery(
                        "from IndicatorReference r where r.indicatorId in :ids order by r.position", IndicatorReference.class)
                .setParameter("ids", kept.stream().map(i -> i.id).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r.indicatorId, LinkedHashMap::new, Collectors.toList()));
        List<Content> out = new ArrayList<>();
        for (FrameworkVersion v : versions) {
            out.add(new Content(v, nodes.getOrDefault(v.id, List.of()), kept.stream().filter(i -> i.versionId.equals(v.id)).toList(), references));
        }
        return out;
    }

    /** The whole version in the import/export format. */
    public FrameworkDocument document(FrameworkVersion version) {
        Content c = content(version);
        Map<String, Integer> order = new HashMap<>();
        c.indicators.forEach(i -> order.put(i.code, i.position));
        List<FrameworkDocument.Equivalence> eqs = equivalences(version.id).stream()
                .sorted(Comparator.comparing((CertificationEquivalence e) -> e.key.schemeCode)
                        .thenComparing(e -> order.getOrDefault(e.key.indicatorCode, 0)))
                .map(e -> new FrameworkDocument.Equivalence(e.key.schemeCode, e.key.indicatorCode, e.impliedYes,
                        e.impliedMaturity == null ? null : e.impliedMaturity.intValue()))
                .toList();
        return c.document(ScoringRulesJson.read(version.scoringRules), eqs);
    }

    /** A version's content, with the tree assembled in order. */
    public static final class Content {
        public final FrameworkVersion version;
        public final List<FrameworkNode> nodes;
        public final List<Indicator> indicators;
        public final Map<UUID, List<IndicatorReference>> references;
        public final Map<UUID, FrameworkNode> nodesById = new HashMap<>();
        public final Map<UUID, List<FrameworkNode>> children = new HashMap<>();
        public final List<FrameworkNode> themes = new ArrayList<>();
        public final Map<UUID, List<Indicator>> indicatorsByAspect = new HashMap<>();

        Content(FrameworkVersion version, List<FrameworkNode> nodes, List<Indicator> indicators,
                Map<UUID, List<IndicatorReference>> references) {
            this.version = version;
            this.nodes = nodes;
            this.indicators = indicators;
            this.references = references;
            for (FrameworkNode n : nodes) {
                nodesById.put(n.id, n);
                if (n.parentId == null) {
                    themes.add(n);
                } else {
                    children.computeIfAbsent(n.parentId, k -> new ArrayList<>()).add(n);
                }
            }
            for (Indicator i : indicators) {
                indicatorsByAspect.computeIfAbsent(i.aspectId, k -> new ArrayList<>()).add(i);
            }
        }

        public List<FrameworkNode> children(FrameworkNode n) {
            return children.getOrDefault(n.id, List.of());
        }

        public List<Indicator> indicators(FrameworkNode aspect) {
            return indicatorsByAspect.getOrDefault(aspect.id, List.of());
        }

        public FrameworkNode aspectOf(Indicator i) {
            return nodesById.get(i.aspectId);
        }

        public FrameworkNode topicOf(Indicator i) {
            return nodesById.get(aspectOf(i).parentId);
        }

        public IndicatorSpec spec(Indicator i) {
            return FrameworkService.spec(i, references.getOrDefault(i.id, List.of()));
        }

        /** Indicators in tree order (theme, topic, aspect, position) keyed by code. */
        public Map<String, FrameworkDiff.Placed> placed() {
            Map<String, FrameworkDiff.Placed> out = new LinkedHashMap<>();
            for (FrameworkNode t : themes) {
                for (FrameworkNode tp : children(t)) {
                    for (FrameworkNode a : children(tp)) {
                        for (Indicator i : indicators(a)) {
                            out.put(i.code, new FrameworkDiff.Placed(a.code, spec(i)));
                        }
                    }
                }
            }
            return out;
        }

        public Optional<Indicator> indicator(String code) {
            return indicators.stream().filter(i -> i.code.equals(code)).findFirst();
        }

        public Optional<FrameworkNode> node(String code) {
            return nodes.stream().filter(n -> n.code.equals(code)).findFirst();
        }

        public FrameworkDocument document(ScoringRules rules, List<FrameworkDocument.Equivalence> equivalences) {
            List<FrameworkDocument.Theme> ths = new ArrayList<>();
            for (FrameworkNode t : themes) {
                List<FrameworkDocument.Topic> topics = new ArrayList<>();
                for (FrameworkNode tp : children(t)) {
                    List<FrameworkDocument.Aspect> aspects = new ArrayList<>();
                    for (FrameworkNode a : children(tp)) {
                        aspects.add(new FrameworkDocument.Aspect(a.code, a.titleEn, zh(a.titleZh),
                                indicators(a).stream().map(this::spec).toList(), a.addedTitles()));
                    }
                    topics.add(new FrameworkDocument.Topic(tp.code, tp.titleEn, zh(tp.titleZh), aspects, tp.addedTitles()));
                }
                ths.add(new FrameworkDocument.Theme(t.code, t.weight, t.titleEn, zh(t.titleZh), topics, t.addedTitles()));
            }
            return new FrameworkDocument(version.name, version.label(), rules, ths, equivalences);
        }
    }

    /** The storable form of an indicator, as the document and the diff see it. */
    public static IndicatorSpec spec(Indicator i, List<IndicatorReference> refs) {
        IndicatorSpec.Thresholds thresholds = i.answerType == AnswerType.NUMBER
                ? new IndicatorSpec.Thresholds(i.thresholdDirection, Arrays.asList(i.threshold1, i.threshold2, i.threshold3, i.threshold4))
                : null;
        return new IndicatorSpec(i.code, i.titleEn, zh(i.titleZh), i.guidanceEn, zh(i.guidanceZh), i.answerType, i.unit,
                thresholds, i.classification, i.weight, i.riskType,
                Arrays.stream(i.applicableStages).map(SupplyChainStage::valueOf).toList(),
                Arrays.stream(i.applicableMinerals).map(Mineral::valueOf).toList(), i.cahraOnly,
                refs.stream().map(r -> new IndicatorSpec.Reference(ExternalStandard.valueOf(r.standard), r.clause)).toList(),
                translations(i));
    }

    static org.assay.framework.document.Translations translations(Indicator i) {
        Map<Language, String> titles = new java.util.EnumMap<>(Language.class);
        Map<Language, String> guidance = new java.util.EnumMap<>(Language.class);
        putIf(titles, Language.FR, i.titleFr);
        putIf(titles, Language.ES, i.titleEs);
        putIf(titles, Language.PT, i.titlePt);
        putIf(titles, Language.ID, i.titleId);
        putIf(guidance, Language.FR, i.guidanceFr);
        putIf(guidance, Language.ES, i.guidanceEs);
        putIf(guidance, Language.PT, i.guidancePt);
        putIf(guidance, Language.ID, i.guidanceId);
        return new org.assay.framework.document.Translations(titles, guidance);
    }

    private static void putIf(Map<Language, String> m, Language l, String s) {
        if (s != null) m.put(l, s);
    }

    /** A missing Chinese text is stored as the empty string (the columns are NOT NULL). */
    static String zh(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Parses a "major.minor" argument. */
    public static VersionNumber parseNumber(String field, String number) {
        VersionNumber n = VersionNumber.parse(number);
        if (n == null) {
            throw new org.assay.platform.InvalidArgumentException(field + " must look like 1.0 (major.minor)");
        }
        return n;
    }
}
