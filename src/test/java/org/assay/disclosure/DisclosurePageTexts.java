package org.assay.disclosure;

import org.assay.grievance.GrievanceLanguage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The keys of the public disclosure page's texts in one language: that language's own file only, no parent bundle. */
final class DisclosurePageTexts {

    private DisclosurePageTexts() {
    }

    static Set<String> keys(GrievanceLanguage l) {
        String file = l == GrievanceLanguage.EN ? "/disclosure/page.properties" : "/disclosure/page_" + l.tag() + ".properties";
        try (InputStream in = DisclosurePageTexts.class.getResourceAsStream(file)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
