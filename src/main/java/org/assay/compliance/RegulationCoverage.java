package org.assay.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.assessment.Answering;
import org.assay.assessment.Assessment;
import org.assay.assessment.AssessmentAnswer;
import org.assay.assessment.Publication;
import org.assay.framework.scoring.IndicatorScore;
import org.assay.framework.scoring.ScoreCard;
import org.assay.framework.FrameworkService;
import org.assay.framework.FrameworkVersion;
import org.assay.framework.Indicator;
import org.assay.framework.IndicatorReference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which items of a regulation a supplier's latest published assessment covers, through the indicators of that
 * assessment's framework version that reference them. Who may see what is decided by the caller of this service
 * (the api room applies the sharing level).
 */
@ApplicationScoped
public class RegulationCoverage {

    @Inject
    RegulationCatalogue catalogue;

    @Inject
    FrameworkService frameworks;

    @Inject
    Answering answering;

    @Inject
    Publication publication;

    /** One indicator mapped to an item, as the assessment answered it. */
    public record Covering(Indicator indicator, boolean applicable, AssessmentAnswer answer, IndicatorScore score) {
        public boolean answered() {
            return answer != null && !answer.notApplicable;
        }

        public boolean notApplicable() {
            return answer != null && answer.notApplicable;
        }
    }

    /** One item with its status and the indicators mapped to it. */
    public record ItemCoverage(RegulationCatalogue.Item item, CoverageStatus status, List<Covering> indicators) {
    }

    /** The result: the assessment used (null when none is published) and every item of the regulation. */
    public record Result(RegulationCatalogue.Entry regulation, Assessment assessment, FrameworkVersion version, List<ItemCoverage> items) {
    }

    public Result of(Regulation regulation, Assessment assessment) {
        RegulationCatalogue.Entry entry = catalogue.entry(regulation);
        if (assessment == null) {
            return new Result(entry, null, null, entry.items().stream()
                    .map(i -> new ItemCoverage(i, CoverageStatus.NOT_COVERED, List.of())).toList());
        }
        FrameworkVersion version = frameworks.version(assessment.versionId);
        List<Indicator> indicators = frameworks.indicators(version.id);
        Map<UUID, List<IndicatorReference>> refs = frameworks.references(version.id);
        Map<String, AssessmentAnswer> answers = new HashMap<>();
        answering.answers(assessment.id).forEach(a -> answers.put(a.key.indicatorCode, a));
        ScoreCard card = publication.scoreCard(assessment, publication.openCriticalFindings(assessment.id));
        String standard = regulation.standard().name();
        List<ItemCoverage> items = new ArrayList<>();
        for (RegulationCatalogue.Item item : entry.items()) {
            List<Covering> covering = new ArrayList<>();
            for (Indicator i : indicators) {
                boolean cites = refs.getOrDefault(i.id, List.of()).stream()
                        .anyMatch(r -> r.standard.equals(standard) && r.clause.equals(item.clause()));
                if (cites) {
                    Optional<IndicatorScore> score = card.indicator(i.code);
                    covering.add(new Covering(i, score.isPresent(), score.isPresent() ? answers.get(i.code) : null, score.orElse(null)));
                }
            }
            int applicable = (int) covering.stream().filter(Covering::applicable).count();
            int answered = (int) covering.stream().filter(c -> c.applicable() && c.answered()).count();
            int na = (int) covering.stream().filter(c -> c.applicable() && c.notApplicable()).count();
            items.add(new ItemCoverage(item, CoverageRule.status(covering.size(), applicable, answered, na), covering));
        }
        return new Result(entry, assessment, version, items);
    }

    static BigDecimal scoreOf(Covering c) {
        return c.score() == null ? null : c.score().score();
    }
}
