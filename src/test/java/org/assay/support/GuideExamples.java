package org.assay.support;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the GraphQL examples of an API guide page against docs/schema.graphql (which SchemaExportTest keeps
 * equal to the running schema), so a page cannot drift from the API.
 */
public final class GuideExamples {

    private static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    /**
     * One operation of a page: the section heading above it, the role named by a comment line above it in its block
     * ({@code # supplier: who asked}), and the JSON block right after its block (its variables), if any.
     */
    public record Example(String page, String heading, String commentRole, String operation, String json) {
    }

    private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

    /** Every GraphQL operation of a page, in page order. */
    public static List<Example> examples(String page) throws IOException {
        String text = Files.readString(Path.of(page));
        List<Example> out = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        List<Example> pending = new ArrayList<>();
        while (m.find()) {
            if ("json".equals(m.group(1))) {
                for (Example e : pending) {
                    out.set(out.indexOf(e), new Example(e.page(), e.heading(), e.commentRole(), e.operation(), m.group(2)));
                }
                pending.clear();
                continue;
            }
            pending.clear();
            if (!"graphql".equals(m.group(1))) {
                continue;
            }
            String before = text.substring(0, m.start());
            int h = before.lastIndexOf("\n#");
            String heading = h < 0 ? "" : before.substring(h + 1, before.indexOf('\n', h + 1));
            String role = null;
            for (String[] op : commentedOperations(m.group(2))) {
                if (op[0] != null) {
                    role = op[0];
                }
                Example e = new Example(page, heading, role, op[1], null);
                out.add(e);
                pending.add(e);
            }
        }
        return out;
    }

    /**
     * Splits a block into operations: a new one starts at a line beginning with query, mutation or an opening brace
     * while the braces of the previous one are closed; a {@code # role: …} comment line names the role of the next ones.
     */
    private static List<String[]> commentedOperations(String block) {
        List<String[]> operations = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String role = null;
        String currentRole = null;
        int depth = 0;
        for (String line : block.split("\n")) {
            String trimmed = line.strip();
            if (depth == 0 && trimmed.startsWith("#")) {
                int colon = trimmed.indexOf(':');
                role = (colon > 0 ? trimmed.substring(1, colon) : trimmed.substring(1)).strip();
                continue;
            }
            boolean starts = line.startsWith("query") || line.startsWith("mutation") || line.startsWith("{");
            if (depth == 0 && starts && !current.toString().isBlank()) {
                operations.add(new String[]{currentRole, current.toString()});
                current.setLength(0);
            }
            if (current.toString().isBlank()) {
                currentRole = role;
            }
            String code = line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("#.*", "");
            for (char c : code.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            current.append(line).append('\n');
        }
        if (!current.toString().isBlank()) {
            operations.add(new String[]{currentRole, current.toString()});
        }
        return operations;
    }

    /** How many operations a page holds and what is wrong with them. */
    public record Report(int examples, List<String> problems) {
    }

    private GuideExamples() {
    }

    public static Report check(String page) throws IOException {
        GraphQLSchema schema = schema();
        List<String> problems = new ArrayList<>();
        int examples = 0;
        Matcher m = BLOCK.matcher(Files.readString(Path.of(page)));
        while (m.find()) {
            for (String operation : operations(m.group(1))) {
                examples++;
                Document document = Parser.parse(operation);
                List<ValidationError> errors = ParseAndValidate.validate(schema, document, Locale.ENGLISH);
                errors.forEach(e -> problems.add(e.getDescription() + " in:\n" + operation));
            }
        }
        return new Report(examples, problems);
    }

    private static GraphQLSchema schema() throws IOException {
        // The export declares its scalars and directives, so it loads as it is (as client tooling loads it).
        TypeDefinitionRegistry types = new SchemaParser().parse(Files.readString(Path.of("docs/schema.graphql")));
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
    }

    /** A block may hold several one-line operations: each line starting with query/mutation begins a new one. */
    private static List<String> operations(String block) {
        List<String> operations = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : block.split("\n")) {
            if ((line.startsWith("query") || line.startsWith("mutation")) && !current.toString().isBlank()) {
                operations.add(current.toString());
                current.setLength(0);
            }
            current.append(line).append('\n');
        }
        if (!current.toString().isBlank()) {
            operations.add(current.toString());
        }
        return operations;
    }
}
