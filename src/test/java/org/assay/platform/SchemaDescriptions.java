package org.assay.platform;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema is the documentation portals read first: every type, field, argument and enum value is described. */
final class SchemaDescriptions {

    private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

    private SchemaDescriptions() {
    }

    static void assertAllDescribed(String sdl) {
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        List<String> missing = new ArrayList<>();
        registry.types().values().forEach(t -> {
            if (t instanceof ObjectTypeDefinition o) {
                if (!ROOTS.contains(o.getName()) && blank(o.getDescription())) missing.add("type " + o.getName());
                o.getFieldDefinitions().forEach(f -> {
                    if (blank(f.getDescription())) missing.add(o.getName() + "." + f.getName());
                    f.getInputValueDefinitions().forEach(a -> {
                        if (blank(a.getDescription())) missing.add(o.getName() + "." + f.getName() + "(" + a.getName() + ")");
                    });
                });
            } else if (t instanceof InputObjectTypeDefinition i) {
                if (blank(i.getDescription())) missing.add("input " + i.getName());
                i.getInputValueDefinitions().forEach(f -> {
                    if (blank(f.getDescription())) missing.add(i.getName() + "." + f.getName());
                });
            } else if (t instanceof EnumTypeDefinition e) {
                if (blank(e.getDescription())) missing.add("enum " + e.getName());
                e.getEnumValueDefinitions().forEach(v -> {
                    if (blank(v.getDescription())) missing.add(e.getName() + "." + v.getName());
                });
            }
        });
        assertTrue(missing.isEmpty(), "schema elements without a description (" + missing.size() + "): " + missing);
    }

    private static boolean blank(Description d) {
        return d == null || d.getContent() == null || d.getContent().isBlank();
    }
}
