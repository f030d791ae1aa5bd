package org.assay.framework.document;

import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Six languages for framework texts: per-field fallback to English, and the import/export format carries all of them. */
class FrameworkLanguagesTest {

    /** Title in en, zh, fr and pt; guidance in en, zh, fr and id. */
    static final IndicatorSpec SPEC = new IndicatorSpec("LAB-CHL-01", "No child labour", "无童工", "Answer yes if ...", "若……请回答“是”",
            AnswerType.YES_NO, null, null, Classification.ESSENTIAL, BigDecimal.ONE, 1, List.of(), List.of(), false, List.of(),
            new Translations(Map.of(Language.FR, "Aucun travail des enfants", Language.PT, "Ausência de trabalho infantil"),
                    Map.of(Language.FR, "Répondez oui si ...", Language.ID, "Jawab ya jika ...")));

    @ParameterizedTest(name = "{0}: title \"{1}\", guidance \"{2}\", fallback {3}")
    @CsvSource(delimiter = '|', value = {
            "EN | No child labour              | Answer yes if ...   | false",
            "ZH | 无童工                         | 若……请回答“是”        | false",
            "FR | Aucun travail des enfants    | Répondez oui si ... | false",
            "PT | Ausência de trabalho infantil | Answer yes if ...   | true",
            "ID | No child labour              | Jawab ya jika ...   | true",
            "ES | No child labour              | Answer yes if ...   | true",
    })
    void eachFieldFallsBackToEnglishOnItsOwn(Language lang, String title, String guidance, boolean fallback) {
        assertEquals(title, Language.orEnglish(SPEC.title(lang), SPEC.titleEn()));
        assertEquals(guidance, Language.orEnglish(SPEC.guidance(lang), SPEC.guidanceEn()));
        assertEquals(fallback, SPEC.fallsBack(lang));
    }

    @Test
    void theDocumentFormatCarriesAllLanguagesBothWays() {
        String json = """
                {"name": "T", "version": "1.0", "themes": [{"code": "LAB", "weight": 1,
                  "title": {"en": "Labour", "zh": "劳工", "fr": "Travail", "es": "Trabajo", "pt": "Trabalho", "id": "Ketenagakerjaan"},
                  "topics": [{"code": "LAB.CHL", "title": {"en": "Child labour", "fr": "Travail des enfants"},
                    "aspects": [{"code": "LAB.CHL.AGE", "title": {"en": "Prevention", "id": "Pencegahan"},
                      "indicators": [{"code": "LAB-CHL-01", "title": {"en": "No child labour", "es": "Sin trabajo infantil"},
                        "guidance": {"en": "Answer yes if ...", "pt": "Responda sim se ..."},
                        "answerType": "YES_NO", "classification": "ESSENTIAL", "weight": 1, "riskType": 1}]}]}]}]}""";
        FrameworkDocumentReader.Result r = FrameworkDocumentReader.read(json, Set.of());
        assertTrue(r.ok(), () -> r.errors().toString());
        FrameworkDocument doc = r.document();
        assertEquals("Ketenagakerjaan", doc.themes().get(0).title(Language.ID));
        assertEquals("Travail des enfants", doc.themes().get(0).topics().get(0).title(Language.FR));
        assertEquals("Pencegahan", doc.themes().get(0).topics().get(0).aspects().get(0).title(Language.ID));
        IndicatorSpec i = doc.indicators().findFirst().orElseThrow().indicator();
        assertEquals("Sin trabajo infantil", i.title(Language.ES));
        assertEquals("Responda sim se ...", i.guidance(Language.PT));
        assertEquals(null, i.title(Language.FR));

        String written = FrameworkDocumentWriter.write(doc);
        FrameworkDocument again = FrameworkDocumentReader.read(written, Set.of()).document();
        assertEquals(doc, again, written);
    }

    @Test
    void anUnknownLanguageKeyIsRefusedWithItsPath() {
        String json = """
                {"name": "T", "version": "1.0", "themes": [{"code": "LAB", "weight": 1, "title": {"en": "Labour", "de": "Arbeit"},
                  "topics": []}]}""";
        FrameworkDocumentReader.Result r = FrameworkDocumentReader.read(json, Set.of());
        assertTrue(r.errors().stream().anyMatch(e -> e.field().contains("themes[0].title")), r.errors().toString());
    }

    @Test
    void theDiffListsAChangedTranslationAsItsOwnField() {
        IndicatorSpec other = new IndicatorSpec(SPEC.code(), SPEC.titleEn(), SPEC.titleZh(), SPEC.guidanceEn(), SPEC.guidanceZh(),
                SPEC.answerType(), null, null, SPEC.classification(), SPEC.weight(), 1, List.of(), List.of(), false, List.of(),
                new Translations(Map.of(Language.FR, "Pas de travail des enfants", Language.PT, "Ausência de trabalho infantil"),
                        SPEC.translations().guidance()));
        List<FrameworkDiff.FieldChange> changes = FrameworkDiff.changes(new FrameworkDiff.Placed("A", SPEC), new FrameworkDiff.Placed("A", other));
        assertEquals(List.of(new FrameworkDiff.FieldChange("title.fr", "Aucun travail des enfants", "Pas de travail des enfants")), changes);
    }
}
