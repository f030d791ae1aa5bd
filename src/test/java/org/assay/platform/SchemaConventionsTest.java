package org.assay.platform;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The graph conventions of docs/architecture.md, checked on the exported schema (docs/schema.graphql, which
 * SchemaExportTest keeps equal to the running one). What is not converted yet is listed here, per convention, as the
 * sweep's checklist: converting a type makes its entry stale, and a stale entry fails too, so the lists only shrink.
 */
class SchemaConventionsTest {

    /** Payloads whose userErrors are still the untyped {@code UserError} (no {@code <Feature>ErrorCode} yet). */
    static final Set<String> UNTYPED_PAYLOADS = Set.of();

    /** Node types of connections that do not implement {@code Node} yet. */
    static final Set<String> NOT_YET_NODES = Set.of();

    /** Projections of another object, not objects of their own: their id is the projected object's; never Nodes. */
    static final Set<String> PROJECTIONS = Set.of("SupplierPublicProfile", "GrievanceSupplier");

    /** Output fields that still carry another object's id without a deprecation (their object field is the sweep's work). */
    static final Set<String> ID_FIELDS_TO_CONVERT = Set.of();

    static TypeDefinitionRegistry schema;

    @BeforeAll
    static void load() throws Exception {
        schema = new SchemaParser().parse(Files.readString(Path.of("docs/schema.graphql")));
    }

    @Test
    void everyPayloadHasNonNullTypedUserErrorsAndNullableResults() {
        List<String> problems = new ArrayList<>();
        Set<String> untyped = new TreeSet<>();
        for (FieldDefinition mutation : object("Mutation").getFieldDefinitions()) {
            String payload = name(mutation.getType());
            ObjectTypeDefinition type = object(payload);
            Optional<FieldDefinition> errors = field(type, "userErrors");
            if (errors.isEmpty() || !isNonNullListOfNonNull(errors.get().getType())) {
                problems.add(payload + ".userErrors must be [X!]!");
                continue;
            }
            String error = name(errors.get().getType());
            if (!implementsInterface(object(error), "DisplayableError")) problems.add(error + " must implement DisplayableError");
            if (error.equals("UserError")) {
                untyped.add(payload);
                continue;
            }
            if (!error.endsWith("UserError") || !object(error).getFieldDefinitions().stream()
                    .anyMatch(f -> f.getName().equals("code") && name(f.getType()).endsWith("ErrorCode") && f.getType() instanceof NonNullType)) {
                problems.add(error + " must be <Feature>UserError with code: <Feature>ErrorCode!");
            }
            if (!implementsInterface(type, "Payload")) problems.add(payload + " must implement Payload");
            type.getFieldDefinitions().stream().filter(f -> !f.getName().equals("userErrors") && f.getType() instanceof NonNullType)
                    .forEach(f -> problems.add(payload + "." + f.getName() + " must be nullable (null when the mutation failed)"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(UNTYPED_PAYLOADS, untyped, "payloads still with untyped UserError (a converted one leaves this list)");
    }

    @Test
    void everyConnectionIsARelayConnectionOfNodes() {
        List<String> problems = new ArrayList<>();
        Set<String> notNodes = new TreeSet<>();
        for (ObjectTypeDefinition connection : objects(t -> t.getName().endsWith("Connection"))) {
            String c = connection.getName();
            Optional<FieldDefinition> edges = field(connection, "edges");
            Optional<FieldDefinition> nodes = field(connection, "nodes");
            Optional<FieldDefinition> pageInfo = field(connection, "pageInfo");
            if (edges.isEmpty() || nodes.isEmpty() || pageInfo.isEmpty() || !isNonNullListOfNonNull(edges.get().getType())
                    || !isNonNullListOfNonNull(nodes.get().getType()) || !(pageInfo.get().getType() instanceof NonNullType)
                    || !name(pageInfo.get().getType()).equals("PageInfo")) {
                problems.add(c + " must have edges: [XEdge!]!, nodes: [X!]!, pageInfo: PageInfo!");
                continue;
            }
            String node = name(nodes.get().getType());
            String edgeName = name(edges.get().getType());
            ObjectTypeDefinition edge = object(edgeName);
            if (!edgeName.equals(c.substring(0, c.length() - "Connection".length()) + "Edge")) problems.add(c + ": edge type must be named " + edgeName);
            if (field(edge, "cursor").map(f -> !(f.getType() instanceof NonNullType) || !name(f.getType()).equals("String")).orElse(true)
                    || field(edge, "node").map(f -> !(f.getType() instanceof NonNullType) || !name(f.getType()).equals(node)).orElse(true)) {
                problems.add(edgeName + " must have cursor: String! and node: " + node + "!");
            }
            if (!implementsInterface(object(node), "Node") && !PROJECTIONS.contains(node)) notNodes.add(node);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(NOT_YET_NODES, notNodes, "connection node types not implementing Node yet (a converted one leaves this list)");
    }

    @Test
    void everyErrorCodeEnumHoldsThePlatformsInputCodes() {
        List<String> enums = schema.getTypes(EnumTypeDefinition.class).stream().map(EnumTypeDefinition::getName)
                .filter(n -> n.endsWith("ErrorCode")).toList();
        assertTrue(enums.contains("OrganisationErrorCode"), enums.toString());
        for (EnumTypeDefinition e : schema.getTypes(EnumTypeDefinition.class)) {
            if (!e.getName().endsWith("ErrorCode")) continue;
            Set<String> values = new TreeSet<>();
            e.getEnumValueDefinitions().forEach(v -> values.add(v.getName()));
            for (InputErrorCode c : InputErrorCode.values()) {
                assertTrue(values.contains(c.name()), e.getName() + " must declare " + c.name());
            }
        }
    }

    @Test
    void referencesAreObjectsAndOldIdFieldsAreDeprecated() {
        Set<String> bare = new TreeSet<>();
        for (ObjectTypeDefinition type : objects(t -> !Set.of("Query", "Mutation", "Subscription").contains(t.getName()))) {
            for (FieldDefinition f : type.getFieldDefinitions()) {
                boolean idReference = (f.getName().endsWith("Id") || f.getName().endsWith("Ids")) && name(f.getType()).equals("ID");
                if (idReference && f.getDirectives("deprecated").isEmpty()) bare.add(type.getName() + "." + f.getName());
            }
        }
        assertEquals(ID_FIELDS_TO_CONVERT, bare, "id fields without their object field and deprecation (a converted one leaves this list)");
    }

    // ---- helpers ----

    static ObjectTypeDefinition object(String name) {
        return schema.getType(name, ObjectTypeDefinition.class).orElseThrow(() -> new AssertionError("no object type " + name));
    }

    static List<ObjectTypeDefinition> objects(Predicate<ObjectTypeDefinition> which) {
        return schema.getTypes(ObjectTypeDefinition.class).stream().filter(which).toList();
    }

    static Optional<FieldDefinition> field(ObjectTypeDefinition type, String name) {
        return type.getFieldDefinitions().stream().filter(f -> f.getName().equals(name)).findFirst();
    }

    static boolean implementsInterface(ObjectTypeDefinition type, String name) {
        return type.getImplements().stream().anyMatch(t -> t instanceof TypeName n && n.getName().equals(name));
    }

    static boolean isNonNullListOfNonNull(Type<?> t) {
        return t instanceof NonNullType nn && nn.getType() instanceof ListType l && l.getType() instanceof NonNullType;
    }

    static String name(Type<?> t) {
        if (t instanceof NonNullType n) return name(n.getType());
        if (t instanceof ListType l) return name(l.getType());
        return ((TypeName) t).getName();
    }
}
