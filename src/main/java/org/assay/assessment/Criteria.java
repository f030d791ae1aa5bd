package org.assay.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.framework.scoring.NumericThresholds;
import org.assay.framework.scoring.ScoredIndicator;
import org.assay.framework.scoring.ScoringRules;
import org.assay.framework.scoring.Theme;
import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.FrameworkNode;
import org.assay.framework.FrameworkVersion;
import org.assay.framework.Indicator;
import org.assay.framework.NodeTier;
import org.assay.framework.VersionStatus;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The criteria an assessment is answered and scored against: one framework version's indicators, theme
 * weights and scoring rules. Published versions never change, so their criteria are cached in memory.
 */
@ApplicationScoped
public class Criteria {

    @Inject
    EntityManager em;

    @Inject
    org.assay.framework.FrameworkService frameworks;

    private final Map<UUID, VersionCriteria> cache = new ConcurrentHashMap<>();

    /** One indicator as the assessment feature needs it. */
    public record Item(String code, String themeCode, AnswerType answerType, Classification classification, BigDecimal weight,
                       String unit, NumericThresholds thresholds, String[] stages, String[] minerals, boolean cahraOnly,
                       String titleEn) {
        public boolean appliesTo(Applicability.Scope scope) {
            return Applicability.applies(stages, minerals, cahraOnly, scope);
        }

        public ScoredIndicator scored() {
            return new ScoredIndicator(code, themeCode, answerType, classification, weight, thresholds);
        }
    }

    /** A version's criteria. */
    public record VersionCriteria(UUID versionId, int major, int minor, Map<String, Item> items, List<Theme> themes, ScoringRules rules) {
        public List<Item> applicable(Applicability.Scope scope) {
            return items.values().stream().filter(i -> i.appliesTo(scope)).toList();
        }
    }

    /** The newest published version, if any. */
    public Optional<FrameworkVersion> currentPublished() {
        return frameworks.findCurrentPublished();
    }

    public VersionCriteria of(UUID versionId) {
        VersionCriteria cached = cache.get(versionId);
        if (cached != null) {
            return cached;
        }
        FrameworkVersion v = em.find(FrameworkVersion.class, versionId);
        List<Indicator> indicators = em.createQuery("from Indicator i where i.versionId = :v order by i.position", Indicator.class)
                .setParameter("v", versionId).getResultList();
        List<FrameworkNode> themes = em.createQuery("from FrameworkNode n where n.versionId = :v and n.tier = :t order by n.position", FrameworkNode.class)
                .setParameter("v", versionId).setParameter("t", NodeTier.THEME).getResultList();
        Map<String, Item> items = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            NumericThresholds thresholds = i.answerType == AnswerType.NUMBER
                    ? new NumericThresholds(i.thresholdDirection, List.of(i.threshold1, i.threshold2, i.threshold3, i.threshold4))
                    : null;
            items.put(i.code, new Item(i.code, i.themeCode, i.answerType, i.classification, i.weight, i.unit, thresholds,
                    i.applicableStages, i.applicableMinerals, i.cahraOnly, i.titleEn));
        }
        VersionCriteria criteria = new VersionCriteria(v.id, v.major, v.minor, Map.copyOf(items),
                themes.stream().map(t -> new Theme(t.code, t.weight)).toList(), rules(v.scoringRules));
        if (v.status != VersionStatus.DRAFT) {
            cache.put(versionId, criteria);
        }
        return criteria;
    }

    static ScoringRules rules(String json) {
        return json == null || json.isBlank() ? ScoringRules.defaults() : org.assay.framework.document.ScoringRulesJson.read(json);
    }
}
