package org.assay.framework.document;

import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.ExternalStandard;
import org.assay.framework.ThresholdDirection;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndicatorCsvTest {

    @Test
    void escapesPerRfc4180() {
        assertEquals("plain", IndicatorCsv.escape("plain"));
        assertEquals("", IndicatorCsv.escape(null));
        assertEquals("\"a,b\"", IndicatorCsv.escape("a,b"));
        assertEquals("\"say \"\"yes\"\"\"", IndicatorCsv.escape("say \"yes\""));
        assertEquals("\"line1\nline2\"", IndicatorCsv.escape("line1\nline2"));
        assertEquals("\"cr\rhere\"", IndicatorCsv.escape("cr\rhere"));
        assertEquals("\" padded\"", IndicatorCsv.escape(" padded"));
        assertEquals("水资源管理", IndicatorCsv.escape("水资源管理"));
    }

    @Test
    void writesHeaderAndOneRowPerIndicator() {
        IndicatorSpec s = new IndicatorSpec("ENV-WAT-02", "Water use, per tonne", "单位耗水量", "Say \"how much\"", null,
                AnswerType.NUMBER, "m3/t", new IndicatorSpec.Thresholds(ThresholdDirection.LOWER_IS_BETTER,
                List.of(new BigDecimal("0.3"), new BigDecimal("0.60"), BigDecimal.ONE, new BigDecimal("2"))),
                Classification.OPTIONAL, new BigDecimal("3.00"), 2, List.of(SupplyChainStage.EXTRACTION, SupplyChainStage.PROCESSING),
                List.of(Mineral.LITHIUM), false, List.of(new IndicatorSpec.Reference(ExternalStandard.GRI_14, "14.7 Water"),
                new IndicatorSpec.Reference(ExternalStandard.OECD_DDG, "Step 2: Identify, assess")));
        String csv = IndicatorCsv.write("1.0", List.of(new FrameworkDocument.Located("ENV", "ENV.WAT", "ENV.WAT.USE", s)));
        String[] lines = csv.split("\r\n", -1);
        assertEquals(String.join(",", IndicatorCsv.HEADER), lines[0]);
        assertEquals("1.0,ENV,ENV.WAT,ENV.WAT.USE,ENV-WAT-02,\"Water use, per tonne\",单位耗水量,\"Say \"\"how much\"\"\",,"
                + "NUMBER,m3/t,LOWER_IS_BETTER,0.3,0.6,1,2,OPTIONAL,3,2,EXTRACTION;PROCESSING,LITHIUM,false,"
                + "\"GRI_14: 14.7 Water\nOECD_DDG: Step 2: Identify, assess\",,,,,,,,", lines[1]);
        assertEquals("", lines[2], "the last record ends with CRLF");
    }
}
