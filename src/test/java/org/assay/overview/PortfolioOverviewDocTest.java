package org.assay.overview;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every GraphQL example of docs/api/portfolio-overview.md is valid against docs/schema.graphql (which
 * SchemaExportTest keeps equal to the running schema), so the page cannot drift from the API.
 */
class PortfolioOverviewDocTest {

    private static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyGraphqlExampleIsValidAgainstTheSchema() throws Exception {
        TypeDefinitionRegistry types = new SchemaParser().parse(Files.readString(Path.of("docs/schema.graphql")));
        // The export leaves out the declarations of SmallRye's built-in custom scalars.
        for (String scalar : List.of("Date", "DateTime", "Time", "BigInteger", "BigDecimal", "Void")) {
            if (types.getType(scalar).isEmpty()) {
                types.merge(new SchemaParser().parse("scalar " + scalar));
            }
        }
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
        String page = Files.readString(Path.of("docs/api/portfolio-overview.md"));
        List<String> problems = new ArrayList<>();
        int examples = 0;
        Matcher m = BLOCK.matcher(page);
        while (m.find()) {
            for (String operation : operations(m.group(1))) {
                examples++;
                Document document = Parser.parse(operation);
                List<ValidationError> errors = ParseAndValidate.validate(schema, document, Locale.ENGLISH);
                errors.forEach(e -> problems.add(e.getDescription() + " in:\n" + operation));
            }
        }
        assertTrue(examples >= 10, "found only " + examples + " examples");
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
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
