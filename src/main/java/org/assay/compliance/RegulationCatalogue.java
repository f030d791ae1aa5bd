package org.assay.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The items of each regulation ({@code framework/regulations.json}): the obligations and risk categories indicators
 * reference by clause. Immutable, read once.
 */
@ApplicationScoped
public class RegulationCatalogue {

    static final String RESOURCE = "framework/regulations.json";

    /** One regulation. */
    public record Entry(Regulation regulation, String title, String note, List<Item> items) {
    }

    /** One obligation or risk category; {@code clause} is what indicators cite. */
    public record Item(String clause, boolean relevantToMining) {
    }

    private final Map<Regulation, Entry> entries = load();

    public Entry entry(Regulation r) {
        return entries.get(r);
    }

    static Map<Regulation, Entry> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            JsonNode root = new ObjectMapper().readTree(in);
            Map<Regulation, Entry> out = new EnumMap<>(Regulation.class);
            for (JsonNode r : root.path("regulations")) {
                List<Item> items = new ArrayList<>();
                r.path("items").forEach(i -> items.add(new Item(i.path("clause").asText(), i.path("relevantToMining").asBoolean())));
                Regulation reg = Regulation.valueOf(r.path("code").asText());
                out.put(reg, new Entry(reg, r.path("title").asText(), r.path("note").asText(), List.copyOf(items)));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
