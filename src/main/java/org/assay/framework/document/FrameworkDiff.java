package org.assay.framework.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.assay.framework.Classification;
import org.assay.framework.Language;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of the framework, indicator by indicator (matched by their stable code).
 * Changed fields are named as in the import document ({@code title.zh}, {@code applicability.stages}, ...); values are
 * plain text for scalars and JSON for lists ({@code ["EXTRACTION","REFINING"]}); a missing value is null.
 */
public final class FrameworkDiff {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FrameworkDiff() {
    }

    /** An indicator as placed in a version: its aspect and its content. */
    public record Placed(String aspectCode, IndicatorSpec spec) {
    }

    public record FieldChange(String field, String oldValue, String newValue) {
    }

    public record Changed(String code, Placed from, Placed to, List<FieldChange> changes) {
    }

    public record Result(List<Placed> added, List<Placed> retired, List<Changed> changed, boolean essentialSetChanged) {
    }

    /** Both maps keyed by indicator code, iterated in version order (use LinkedHashMap). */
    public static Result between(Map<String, Placed> from, Map<String, Placed> to) {
        List<Placed> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        for (Map.Entry<String, Placed> e : to.entrySet()) {
            Placed old = from.get(e.getKey());
            if (old == null) {
                added.add(e.getValue());
            } else {
                List<FieldChange> changes = changes(old, e.getValue());
                if (!changes.isEmpty()) {
                    changed.add(new Changed(e.getKey(), old, e.getValue(), changes));
                }
            }
        }
        List<Placed> retired = from.entrySet().stream().filter(e -> !to.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        return new Result(added, retired, changed, essentialSetChanged(from.values(), to.values()));
    }

    /** True when the codes of the essential indicators differ: one added, retired, or reclassified either way. */
    public static boolean essentialSetChanged(java.util.Collection<Placed> from, java.util.Collection<Placed> to) {
        return !essentialCodes(from).equals(essentialCodes(to));
    }

    static Set<String> essentialCodes(java.util.Collection<Placed> indicators) {
        return indicators.stream().filter(p -> p.spec().classification() == Classification.ESSENTIAL)
                .map(p -> p.spec().code()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Field-by-field differences, in document order. */
    public static List<FieldChange> changes(Placed a, Placed b) {
        Map<String, Function<Placed, String>> fields = new LinkedHashMap<>();
        fields.put("aspect", Placed::aspectCode);
        fields.put("title.en", p -> p.spec().titleEn());
        fields.put("title.zh", p -> p.spec().titleZh());
        for (Language l : Language.ADDED) {
            fields.put("title." + l.key(), p -> p.spec().title(l));
        }
        fields.put("guidance.en", p -> p.spec().guidanceEn());
        fields.put("guidance.zh", p -> p.spec().guidanceZh());
        for (Language l : Language.ADDED) {
            fields.put("guidance." + l.key(), p -> p.spec().guidance(l));
        }
        fields.put("answerType", p -> name(p.spec().answerType()));
        fields.put("unit", p -> p.spec().unit());
        fields.put("thresholds.direction", p -> p.spec().thresholds() == null ? null : name(p.spec().thresholds().direction()));
        fields.put("thresholds.values", p -> p.spec().thresholds() == null ? null : numbers(p.spec().thresholds().values()));
        fields.put("classification", p -> name(p.spec().classification()));
        fields.put("weight", p -> decimal(p.spec().weight()));
        fields.put("riskType", p -> Integer.toString(p.spec().riskType()));
        fields.put("applicability.stages", p -> names(p.spec().stages()));
        fields.put("applicability.minerals", p -> names(p.spec().minerals()));
        fields.put("applicability.cahraOnly", p -> Boolean.toString(p.spec().cahraOnly()));
        fields.put("references", p -> references(p.spec().references()));
        List<FieldChange> out = new ArrayList<>();
        fields.forEach((field, f) -> {
            String x = f.apply(a);
            String y = f.apply(b);
            if (!Objects.equals(x, y)) {
                out.add(new FieldChange(field, x, y));
            }
        });
        return out;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static String decimal(BigDecimal d) {
        return d == null ? null : ScoringRulesJson.plain(d).toPlainString();
    }

    private static String numbers(List<BigDecimal> values) {
        ArrayNode a = JSON.createArrayNode();
        values.forEach(v -> a.add(v == null ? null : ScoringRulesJson.plain(v)));
        return a.toString();
    }

    /** Applicability lists are sets: compared and shown in the enum's order. */
    private static <E extends Enum<E>> String names(List<E> values) {
        ArrayNode a = JSON.createArrayNode();
        values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(Enum::name).forEach(a::add);
        return a.toString();
    }

    private static String references(List<IndicatorSpec.Reference> refs) {
        ArrayNode a = JSON.createArrayNode();
        for (IndicatorSpec.Reference r : refs) {
            a.addObject().put("standard", name(r.standard())).put("clause", r.clause());
        }
        return a.toString();
    }
}
