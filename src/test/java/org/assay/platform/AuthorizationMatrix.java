package org.assay.platform;

import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The authorization matrix as data (src/test/resources/authorization-matrix.txt) and its completeness rule. */
final class AuthorizationMatrix {

    static final List<String> PRINCIPALS = List.of("OP", "MA", "MB", "AA", "AO", "SC", "SO", "NM", "AN");

    /** One row: an operation or field group, its GraphQL document and the expected outcome per principal. */
    record Row(String name, String document, Map<String, String> expected) {
    }

    private AuthorizationMatrix() {
    }

    static List<Row> load(String resource) {
        List<Row> rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(AuthorizationMatrix.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split(" \\| ");
                if (cells.length != 2 + PRINCIPALS.size()) {
                    throw new IllegalStateException("matrix row needs " + (2 + PRINCIPALS.size()) + " cells: " + line);
                }
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i < PRINCIPALS.size(); i++) expected.put(PRINCIPALS.get(i), cells[2 + i].strip());
                rows.add(new Row(cells[0].strip(), cells[1].strip(), expected));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return rows;
    }

    /** Every query and mutation of the schema that has no row (by name). */
    static Set<String> missingRows(String sdl, List<Row> rows) {
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        Set<String> names = new TreeSet<>();
        rows.forEach(r -> names.add(r.name()));
        Set<String> missing = new TreeSet<>();
        for (String root : List.of("Query", "Mutation")) {
            registry.getType(root, ObjectTypeDefinition.class).ifPresent(t ->
                    t.getFieldDefinitions().forEach(f -> {
                        if (!names.contains(f.getName())) missing.add(root + "." + f.getName());
                    }));
        }
        return missing;
    }
}
