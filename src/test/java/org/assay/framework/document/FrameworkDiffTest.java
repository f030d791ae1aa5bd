package org.assay.framework.document;

import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.ExternalStandard;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameworkDiffTest {

    static IndicatorSpec spec(String code, Classification c) {
        return new IndicatorSpec(code, "Title " + code, "标题", "Guidance", null, AnswerType.YES_NO, null, null, c,
                new BigDecimal("3"), 1, List.of(), List.of(), false,
                List.of(new IndicatorSpec.Reference(ExternalStandard.OECD_DDG, "Step 1: x")));
    }

    static Map<String, FrameworkDiff.Placed> version(IndicatorSpec... specs) {
        Map<String, FrameworkDiff.Placed> m = new LinkedHashMap<>();
        for (IndicatorSpec s : specs) {
            m.put(s.code(), new FrameworkDiff.Placed("A.B.C", s));
        }
        return m;
    }

    @Test
    void addedRetiredAndChangedWithOldAndNewValues() {
        IndicatorSpec a = spec("A", Classification.ESSENTIAL);
        IndicatorSpec b = spec("B", Classification.OPTIONAL);
        IndicatorSpec c = spec("C", Classification.OPTIONAL);
        IndicatorSpec b2 = new IndicatorSpec("B", "New title", null, "Guidance", null, AnswerType.YES_NO, null, null,
                Classification.OPTIONAL, new BigDecimal("3.00"), 2, List.of(SupplyChainStage.REFINING, SupplyChainStage.EXTRACTION),
                List.of(Mineral.COBALT), true, b.references());
        IndicatorSpec d = spec("D", Classification.OPTIONAL);
        FrameworkDiff.Result r = FrameworkDiff.between(version(a, b, c), version(a, b2, d));
        assertEquals(List.of("D"), r.added().stream().map(p -> p.spec().code()).toList());
        assertEquals(List.of("C"), r.retired().stream().map(p -> p.spec().code()).toList());
        assertEquals(1, r.changed().size());
        List<FrameworkDiff.FieldChange> changes = r.changed().get(0).changes();
        assertEquals(List.of("title.en", "title.zh", "riskType", "applicability.stages", "applicability.minerals", "applicability.cahraOnly"),
                changes.stream().map(FrameworkDiff.FieldChange::field).toList(), "3 and 3.00 are the same weight");
        assertEquals(new FrameworkDiff.FieldChange("title.en", "Title B", "New title"), changes.get(0));
        assertEquals(new FrameworkDiff.FieldChange("title.zh", "标题", null), changes.get(1));
        assertEquals(new FrameworkDiff.FieldChange("applicability.stages", "[]", "[\"EXTRACTION\",\"REFINING\"]"), changes.get(3));
        assertFalse(r.essentialSetChanged(), "only optional indicators were added and retired");
    }

    @Test
    void essentialSetChangesOnAddRetireAndReclassification() {
        IndicatorSpec a = spec("A", Classification.ESSENTIAL);
        IndicatorSpec b = spec("B", Classification.OPTIONAL);
        assertTrue(FrameworkDiff.between(version(a, b), version(a, b, spec("E", Classification.ESSENTIAL))).essentialSetChanged());
        assertTrue(FrameworkDiff.between(version(a, b), version(b)).essentialSetChanged());
        assertTrue(FrameworkDiff.between(version(a, b), version(a, spec("B", Classification.ESSENTIAL))).essentialSetChanged());
        assertTrue(FrameworkDiff.between(version(a, b), version(spec("A", Classification.OPTIONAL), b)).essentialSetChanged());
        assertFalse(FrameworkDiff.between(version(a, b), version(a)).essentialSetChanged());
        IndicatorSpec a2 = new IndicatorSpec("A", "Renamed", null, "G", null, AnswerType.YES_NO, null, null, Classification.ESSENTIAL,
                BigDecimal.TEN, 1, List.of(), List.of(), false, List.of());
        FrameworkDiff.Result r = FrameworkDiff.between(version(a, b), version(a2, b));
        assertFalse(r.essentialSetChanged());
        assertEquals(List.of("title.en", "title.zh", "guidance.en", "weight", "references"),
                r.changed().get(0).changes().stream().map(FrameworkDiff.FieldChange::field).toList());
        assertEquals("10", r.changed().get(0).changes().get(3).newValue());
    }

    @Test
    void movingToAnotherAspectIsAChange() {
        IndicatorSpec a = spec("A", Classification.OPTIONAL);
        Map<String, FrameworkDiff.Placed> moved = Map.of("A", new FrameworkDiff.Placed("X.Y.Z", a));
        FrameworkDiff.Result r = FrameworkDiff.between(version(a), moved);
        assertEquals(List.of(new FrameworkDiff.FieldChange("aspect", "A.B.C", "X.Y.Z")), r.changed().get(0).changes());
    }

    @Test
    void aChangeAppliesOnlyTheFieldsItSets() {
        IndicatorSpec a = spec("A", Classification.OPTIONAL);
        IndicatorChange c = new IndicatorChange(null, "新标题", null, null, Classification.ESSENTIAL, null, null,
                null, List.of(Mineral.LITHIUM), null, null, null, null);
        IndicatorSpec merged = c.applyTo(a);
        assertEquals(List.of("title.zh", "classification", "applicability.minerals"), c.fields());
        assertEquals("Title A", merged.titleEn());
        assertEquals("新标题", merged.titleZh());
        assertEquals(Classification.ESSENTIAL, merged.classification());
        assertEquals(List.of(Mineral.LITHIUM), merged.minerals());
        assertEquals(a.references(), merged.references());
        IndicatorChange back = IndicatorChange.fromJson(readTree(c.toJson()));
        assertEquals(c, back);
    }

    static com.fasterxml.jackson.databind.JsonNode readTree(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
