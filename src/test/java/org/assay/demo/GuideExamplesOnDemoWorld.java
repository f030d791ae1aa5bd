package org.assay.demo;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import io.vertx.core.json.JsonObject;
import org.assay.support.Gql;
import org.assay.support.GuideExamples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every GraphQL example of docs/api-guide.md and docs/api/*.md, run over HTTP as its documented user against the demo
 * world, returns data (run by {@link DemoWorldTest} after its own checks, since the mutations change the world).
 *
 * <ul>
 *   <li>Who runs it: the user of the role its section heading names (Operator, Member, Supplier, Assessor), a
 *   {@code # role:} comment line above it, or — where a section serves several roles — the role the operation is for
 *   ({@link #USER_BY_FIELD}).</li>
 *   <li>Placeholder ids ({@code "…"}) are filled from the demo world by the argument they stand for; variables from the
 *   JSON block after the example, or from the demo world ({@link #variables}).</li>
 *   <li><b>Queries</b> (all run first, on the world as loaded): no errors, and every top-level field has data — an
 *   object, or a list/connection with at least one item.</li>
 *   <li><b>Mutations</b> then run in page order on the same world (they change it, so they come after every query):
 *   no request-level errors (the documented role may call it, its ids resolve) and a payload. Their user errors are
 *   allowed: several examples are documented as the refusal they show, or can run once only (publishing the draft,
 *   casting the one vote), and the page's order is not a script.</li>
 * </ul>
 */
final class GuideExamplesOnDemoWorld {

    private static final Map<String, String> USER_BY_ROLE = Map.of("operator", "operator", "member", "voltaris", "members", "voltaris",
            "supplier", "kolwezi", "assessor", "assessor", "assessment bodies", "assessor", "everyone", "voltaris",
            "organisation admins", "voltaris");

    /** Operations whose section serves several roles: who the operation is for. */
    private static final Map<String, String> USER_BY_FIELD = Map.ofEntries(
            Map.entry("applicableIndicators", "assessor"), Map.entry("mySupplierStatus", "kolwezi"), Map.entry("saveAnswers", "assessor"), Map.entry("raiseFinding", "assessor"),
            Map.entry("recordCertificate", "andino"), Map.entry("verifyCertificate", "assessor"), Map.entry("submitAssessment", "assessor"),
            Map.entry("publishAssessment", "assessor"), Map.entry("correctAssessment", "assessor"), Map.entry("ratingBreakdown", "kolwezi"),
            Map.entry("assessments", "operator"), Map.entry("accessRecords", "kolwezi"), Map.entry("usageReport", "voltaris"),
            Map.entry("document", "kolwezi"), Map.entry("castVote", "nordwagen"), Map.entry("changeVote", "voltaris"),
            Map.entry("governanceSettings", "operator"), Map.entry("setGovernanceThresholds", "operator"),
            Map.entry("closeChangeProposal", "operator"), Map.entry("publishFrameworkDraft", "operator"),
            Map.entry("createCertificationScheme", "operator"), Map.entry("setCertificationEquivalence", "operator"),
            Map.entry("importFramework", "operator"), Map.entry("proposeIndicatorAddition", "voltaris"),
            Map.entry("proposeIndicatorChange", "voltaris"), Map.entry("proposeIndicatorRetirement", "voltaris"),
            Map.entry("currentFramework", "voltaris"), Map.entry("frameworkVersion", "voltaris"), Map.entry("frameworkDiff", "voltaris"),
            Map.entry("frameworkVersions", "operator"), Map.entry("changeProposals", "voltaris"),
            Map.entry("disputeFinding", "copperbelt"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\"(?:[0-9a-f]{4})?(?:…|\\.\\.\\.)\"");
    private static final Pattern ARGUMENT = Pattern.compile("(\\w+)\"?\\s*:\\s*\\[?\\s*(?:\"[^\"]*\"\\s*,\\s*)*$");

    private DemoIds ids;

    /**
     * Guide sections whose feature landed after the demo world and which it does not populate yet. They are still
     * checked against the schema by their page's doc test; here they are skipped, and the list only shrinks: a listed
     * section that is no longer in the guide fails the test. (Empty: every page runs on the demo world.)
     */
    static final Set<String> NOT_IN_DEMO_WORLD_YET = Set.of();

    void everyExampleReturnsDataForItsDocumentedUser() throws Exception {
        ids = new DemoIds();
        List<GuideExamples.Example> examples = new ArrayList<>();
        examples.addAll(GuideExamples.examples("docs/api-guide.md"));
        try (Stream<Path> pages = Files.list(Path.of("docs/api"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                examples.addAll(GuideExamples.examples(page.toString()));
            }
        }
        Set<String> skipped = new java.util.TreeSet<>();
        examples.removeIf(e -> {
            String section = e.page() + "#" + e.heading().replaceFirst("^#+\\s*", "");
            String key = NOT_IN_DEMO_WORLD_YET.contains(e.page()) ? e.page() : section;
            if (NOT_IN_DEMO_WORLD_YET.contains(key)) {
                skipped.add(key);
                return true;
            }
            return false;
        });
        assertTrue(skipped.equals(NOT_IN_DEMO_WORLD_YET), "sections listed as not in the demo world yet but not found: "
                + new java.util.TreeSet<>(NOT_IN_DEMO_WORLD_YET).stream().filter(k -> !skipped.contains(k)).toList());
        System.out.println("Guide sections not in the demo world yet (skipped): " + skipped);
        List<String> problems = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int queries = 0;
        int mutations = 0;
        for (boolean mutationPhase : new boolean[]{false, true}) {
            for (GuideExamples.Example e : examples) {
                Document document = Parser.parse(e.operation());
                OperationDefinition op = (OperationDefinition) document.getDefinitions().get(0);
                boolean mutation = op.getOperation() == OperationDefinition.Operation.MUTATION;
                if (mutation != mutationPhase) {
                    continue;
                }
                String root = ((Field) op.getSelectionSet().getSelections().get(0)).getName();
                String user = user(e, root);
                String query = fill(e.operation(), root, user);
                Map<String, Object> vars = variables(op, root, e.json());
                Gql.Result r = Gql.as(user).post(query, vars);
                String where = e.page() + " (" + e.heading() + "), as " + user + ":\n" + query + "\nvariables " + vars + "\n→ " + r.raw();
                JsonObject body = new JsonObject(r.raw());
                if (r.status() != 200 || body.getJsonArray("errors") != null) {
                    problems.add("errors in " + where);
                    continue;
                }
                JsonObject data = body.getJsonObject("data");
                for (var s : op.getSelectionSet().getSelections()) {
                    Field f = (Field) s;
                    String key = f.getAlias() != null ? f.getAlias() : f.getName();
                    Object value = data == null ? null : data.getValue(key);
                    if (value == null || (!mutation && empty(value))) {
                        problems.add("no data for " + key + " in " + where);
                    }
                }
                if (mutation) {
                    Object payload = data == null ? null : data.getValue(root);
                    if (payload instanceof JsonObject p && p.getJsonArray("userErrors") != null && !p.getJsonArray("userErrors").isEmpty()) {
                        refused.add(root + " as " + user + ": " + p.getJsonArray("userErrors").stream()
                                .map(x -> ((JsonObject) x).getString("code")).toList());
                    }
                    mutations++;
                } else {
                    queries++;
                }
            }
        }
        System.out.println("Guide mutations answered with user errors (allowed, see the class comment):\n  " + String.join("\n  ", refused));
        assertTrue(queries >= 40 && mutations >= 40, queries + " queries and " + mutations + " mutations ran");
        assertTrue(problems.isEmpty(), problems.size() + " examples without data:\n\n" + String.join("\n\n", problems));
    }

    private static boolean empty(Object value) {
        if (value instanceof io.vertx.core.json.JsonArray a) {
            return a.isEmpty();
        }
        if (value instanceof JsonObject o) {
            for (String list : new String[]{"nodes", "edges", "entries"}) {
                if (o.getValue(list) instanceof io.vertx.core.json.JsonArray a && a.isEmpty()) {
                    return true;
                }
            }
            return o.isEmpty();
        }
        return false;
    }

    private static String user(GuideExamples.Example e, String root) {
        if (e.commentRole() != null && USER_BY_ROLE.containsKey(e.commentRole().toLowerCase(Locale.ROOT))) {
            return USER_BY_ROLE.get(e.commentRole().toLowerCase(Locale.ROOT));
        }
        if (USER_BY_FIELD.containsKey(root)) {
            return USER_BY_FIELD.get(root);
        }
        String heading = e.heading().replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
        for (String role : new String[]{"organisation admins", "assessment bodies", "everyone", "operator", "members", "member",
                "supplier", "assessor"}) {
            if (heading.startsWith(role)) {
                return USER_BY_ROLE.get(role);
            }
        }
        return "voltaris";
    }

    /** Replaces each placeholder id by the demo world's id for the argument it stands for. */
    private String fill(String operation, String root, String user) {
        Matcher m = PLACEHOLDER.matcher(operation);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            Matcher arg = ARGUMENT.matcher(operation.substring(Math.max(0, m.start() - 80), m.start()));
            String name = arg.find() ? arg.group(1) : "?";
            m.appendReplacement(out, Matcher.quoteReplacement("\"" + ids.id(name, root, user, n++) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> variables(OperationDefinition op, String root, String json) {
        Map<String, Object> vars = new HashMap<>();
        Map<String, Object> documented = json == null ? Map.of() : new JsonObject(fillJson(json, root)).getMap();
        for (VariableDefinition v : op.getVariableDefinitions()) {
            String name = v.getName();
            if (documented.containsKey(name)) {
                vars.put(name, documented.get(name));
                continue;
            }
            Object value = ids.variable(name, root);
            if (value != null) {
                vars.put(name, value);
            }
        }
        return vars;
    }

    private String fillJson(String json, String root) {
        Matcher m = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"(?:[0-9a-f]{4})?…\"").matcher(json);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("\"" + m.group(1) + "\": \"" + ids.id(m.group(1), root, "voltaris", n++) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }
}
