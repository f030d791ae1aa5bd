package org.assay.assessment;

import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One answer checked against its indicator, as a table: the indicator's type, classification and unit, the answer's
 * value in the form "kind=value" ("-" for none), and the expected errors as "field:CODE" ("-" for none).
 */
class AnswerRulesTest {

    @ParameterizedTest(name = "{0} {1} ({2}) · answer {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # type   | classification | unit | answer                          | expected errors
            YES_NO   | ESSENTIAL      |      | yes=true                        | -
            YES_NO   | ESSENTIAL      |      | -                               | a:ANSWER_REQUIRED
            YES_NO   | ESSENTIAL      |      | maturity=2                      | a:WRONG_ANSWER_TYPE
            YES_NO   | ESSENTIAL      |      | text=                           | a:ANSWER_REQUIRED
            YES_NO   | ESSENTIAL      |      | yes=true,maturity=2             | a:WRONG_ANSWER_TYPE
            YES_NO   | ESSENTIAL      |      | na                              | a.justification:JUSTIFICATION_REQUIRED
            YES_NO   | ESSENTIAL      |      | na,justification=No such site   | -
            YES_NO   | OPTIONAL       |      | na                              | -
            YES_NO   | OPTIONAL       |      | na,yes=false                    | a:CONFLICTING_ANSWER
            YES_NO   | ESSENTIAL      |      | na,yes=false                    | a:CONFLICTING_ANSWER a.justification:JUSTIFICATION_REQUIRED
            YES_NO   | OPTIONAL       |      | na,justification=#2001          | a.justification:TOO_LONG
            MATURITY | OPTIONAL       |      | maturity=0                      | -
            MATURITY | OPTIONAL       |      | maturity=4                      | -
            MATURITY | OPTIONAL       |      | maturity=5                      | a.maturity:OUT_OF_RANGE
            MATURITY | OPTIONAL       |      | maturity=-1                     | a.maturity:OUT_OF_RANGE
            MATURITY | OPTIONAL       |      | yes=true                        | a:WRONG_ANSWER_TYPE
            NUMBER   | OPTIONAL       | %    | number=42.5                     | -
            NUMBER   | OPTIONAL       | %    | number=42.5,unit=%              | -
            NUMBER   | OPTIONAL       | %    | number=42.5,unit= %             | -
            NUMBER   | OPTIONAL       | %    | number=42.5,unit=t              | a.unit:UNIT_MISMATCH
            NUMBER   | OPTIONAL       | %    | number=100.5                    | a.number:OUT_OF_RANGE
            NUMBER   | OPTIONAL       | t    | number=-1                       | a.number:OUT_OF_RANGE
            NUMBER   | OPTIONAL       | t    | number=0.0000001                | a.number:OUT_OF_RANGE
            NUMBER   | OPTIONAL       | t    | number=1000000000000            | a.number:OUT_OF_RANGE
            NUMBER   | OPTIONAL       | t    | number=999999999999.5           | -
            NUMBER   | OPTIONAL       | t    | text=twelve                     | a:WRONG_ANSWER_TYPE
            TEXT     | OPTIONAL       |      | text=A policy exists            | -
            TEXT     | OPTIONAL       |      | text=#10000                     | -
            TEXT     | OPTIONAL       |      | text=#10001                     | a.text:TOO_LONG
            TEXT     | OPTIONAL       |      | yes=true                        | a:WRONG_ANSWER_TYPE
            TEXT     | OPTIONAL       |      | text=ok,comment=#10001          | a.comment:TOO_LONG
            DOCUMENT | OPTIONAL       |      | document=uuid                   | -
            DOCUMENT | OPTIONAL       |      | document=not-an-id              | a.documentId:INVALID_ID
            DOCUMENT | OPTIONAL       |      | text=see attachment             | a:WRONG_ANSWER_TYPE
            """)
    void check(AnswerType type, Classification classification, String unit, String answer, String expected) {
        Criteria.Item item = new Criteria.Item("X.1", "X", type, classification, BigDecimal.ONE, unit, null,
                new String[0], new String[0], false, "Indicator X.1");
        List<String> codes = AnswerRules.check(item, answer(answer), "a").stream().map(e -> e.field() + ":" + e.code().name()).toList();
        assertEquals("-".equals(expected) ? List.of() : List.of(expected.trim().split("\\s+")), codes);
    }

    /** "kind=value,kind=value" ("text=" is a blank text, which counts as no value); "#n" as a value is a text of n characters; "uuid" a random document id. */
    private static AnswerInput answer(String spec) {
        AnswerInput in = new AnswerInput();
        in.indicatorCode = "X.1";
        if ("-".equals(spec.trim())) {
            return in;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            String value = kv.length > 1 ? text(kv[1]) : null;
            switch (kv[0].trim()) {
                case "na" -> in.notApplicable = true;
                case "yes" -> in.yes = Boolean.valueOf(value);
                case "maturity" -> in.maturity = Integer.valueOf(value);
                case "number" -> in.number = new BigDecimal(value);
                case "unit" -> in.unit = value;
                case "text" -> in.text = value;
                case "document" -> in.documentId = "uuid".equals(value) ? UUID.randomUUID().toString() : value;
                case "justification" -> in.justification = value;
                case "comment" -> in.comment = value;
                default -> throw new IllegalArgumentException(part);
            }
        }
        return in;
    }

    private static String text(String value) {
        return value.startsWith("#") ? "x".repeat(Integer.parseInt(value.substring(1))) : value;
    }
}
