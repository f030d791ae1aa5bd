package org.assay.overview;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** RFC 4180 fields and the formula-injection guard. */
class CsvTest {

    @Test
    void plainFieldsStayAsTheyAre() {
        assertEquals("Kolwezi Mining SARL", Csv.field("Kolwezi Mining SARL"));
        assertEquals("洛阳钼业", Csv.field("洛阳钼业"));
        assertEquals("", Csv.field(null));
        assertEquals("", Csv.field(""));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"Tenke, Fungurume\"", Csv.field("Tenke, Fungurume"));
        assertEquals("\"The \"\"Big\"\" Pit\"", Csv.field("The \"Big\" Pit"));
        assertEquals("\"line one\nline two\"", Csv.field("line one\nline two"));
        assertEquals("\"a\r\nb\"", Csv.field("a\r\nb"));
        assertEquals("\" padded \"", Csv.field(" padded "));
        assertEquals("\"华友钴业, \"\"浙江\"\"\"", Csv.field("华友钴业, \"浙江\""));
    }

    @Test
    void aRecordEndsWithCrlfAndKeepsEmptyFields() {
        assertEquals("a,,\"b,c\",\r\n", Csv.record(Arrays.asList("a", null, "b,c", "")));
        assertEquals("\r\n", Csv.record(List.of()));
    }

    @Test
    void textThatASpreadsheetWouldEvaluateIsDefused() {
        assertEquals("'=HYPERLINK(\"http://x\")", Csv.text("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", Csv.text("+1"));
        assertEquals("'-2", Csv.text("-2"));
        assertEquals("'@SUM(A1)", Csv.text("@SUM(A1)"));
        assertEquals("'\tx", Csv.text("\tx"));
        assertEquals("V-1001", Csv.text("V-1001"));
        assertNull(Csv.text(null));
        assertEquals("\"'=1+2,3\"", Csv.field(Csv.text("=1+2,3")));
    }
}
