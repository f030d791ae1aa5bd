package org.assay.grievance;

import org.assay.grievance.web.PageTexts;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page text and every category and stage exists in all six languages, and is translated (plain code). */
class GrievancePageTextsTest {

    @Test
    void everyLanguageHasEveryText() {
        Map<String, String> en = PageTexts.of(GrievanceLanguage.EN);
        for (GrievanceCategory c : GrievanceCategory.values()) assertTrue(en.containsKey("cat." + c.name()), c.name());
        for (GrievanceStage s : GrievanceStage.values()) assertTrue(en.containsKey("stage." + s.name()), s.name());
        for (GrievanceLanguage l : GrievanceLanguage.values()) {
            Map<String, String> t = PageTexts.of(l);
            assertEquals(en.keySet(), t.keySet(), l.name());
            t.values().forEach(v -> assertFalse(v.isBlank(), l.name()));
            if (l != GrievanceLanguage.EN) {
                assertNotEquals(en.get("title"), t.get("title"), l.name() + " is translated");
                assertNotEquals(en.get("cat.CHILD_LABOUR"), t.get("cat.CHILD_LABOUR"), l.name() + " categories are translated");
            }
        }
        assertEquals("提出申诉", PageTexts.of(GrievanceLanguage.ZH).get("title"));
        assertEquals("Signaler un problème", PageTexts.of(GrievanceLanguage.FR).get("title"));
    }

    @Test
    void languageTags() {
        assertEquals(GrievanceLanguage.FR, GrievanceLanguage.ofTag("fr-CA").orElseThrow());
        assertEquals(GrievanceLanguage.ID, GrievanceLanguage.ofTag("in").orElseThrow());
        assertEquals(GrievanceLanguage.ZH, GrievanceLanguage.ofTag("zh-Hans-CN").orElseThrow());
        assertTrue(GrievanceLanguage.ofTag("de").isEmpty());
    }
}
