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
