package org.assay.cahra;

import org.assay.platform.Validation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CAHRA list CSV: rows read with Apache Commons CSV, every problem on its row. */
class CahraCsvTest {

    static List<String> problems(String csv) {
        Validation v = new Validation();
        CahraCsv.read(csv, v);
        return v.errors().stream().map(e -> e.field() + ":" + e.code().name()).toList();
    }

    @Test
    void readsCountriesAndRegions() {
        Validation v = new Validation();
        List<CahraCsv.Entry> entries = CahraCsv.read("\uFEFFcountry,region\r\ncd,Ituri\r\nCD,\"Nord-Kivu, Beni\"\r\n\r\nAF,\r\nSS\r\n", v);
        assertEquals(List.of(), v.errors());
        assertEquals(List.of(new CahraCsv.Entry("CD", "Ituri"), new CahraCsv.Entry("CD", "Nord-Kivu, Beni"),
                new CahraCsv.Entry("AF", null), new CahraCsv.Entry("SS", null)), entries);
        assertEquals(List.of(new CahraCsv.Entry("ML", null)), CahraCsv.read("country\nML\n", new Validation()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown country            | country,region\\nXX,Kivu                       | input.csv.1.country:INVALID_COUNTRY",
            "alpha-3 country            | country,region\\nCOD,                          | input.csv.1.country:INVALID_COUNTRY",
            "missing country            | country,region\\nCD,Ituri\\n,Kivu              | input.csv.2.country:REQUIRED",
            "same region twice          | country,region\\nCD,Ituri\\ncd, ituri          | input.csv.2:DUPLICATE_ENTRY",
            "same country twice         | country,region\\nAF,\\nAF,                     | input.csv.2:DUPLICATE_ENTRY",
            "wrong header               | land,area\\nCD,Ituri                          | input.csv:INVALID_CSV",
            "extra column               | country,region,note\\nCD,Ituri,x              | input.csv:INVALID_CSV",
            "unclosed quote             | country,region\\n\"CD,Ituri                   | input.csv:INVALID_CSV",
            "no rows                    | country,region\\n                            | input.csv:REQUIRED",
            "empty                      | ' '                                          | input.csv:REQUIRED",
    })
    void everyProblemIsOnItsRow(String name, String csv, String expected) {
        assertEquals(List.of(expected), problems(csv.replace("\\n", "\n")));
    }

    @Test
    void everyRowAtFaultIsReported() {
        assertEquals(List.of("input.csv.1.country:INVALID_COUNTRY", "input.csv.3.region:TOO_LONG", "input.csv.4:DUPLICATE_ENTRY"),
                problems("country,region\nZZ,\nCD,Ituri\nCD," + "r".repeat(201) + "\nCD,ITURI\n"));
        StringBuilder many = new StringBuilder("country,region\n");
        for (int i = 0; i <= CahraCsv.MAX_ROWS; i++) many.append("CD,r").append(i).append('\n');
        assertEquals(List.of("input.csv:TOO_MANY_ROWS"), problems(many.toString()));
    }

}
