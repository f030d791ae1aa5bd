package org.assay.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import org.assay.framework.document.FrameworkDocumentReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/api/framework.md stays accurate: every GraphQL example validates against docs/schema.graphql (which
 * SchemaExportTest keeps equal to the running schema), every JSON example parses, and the document-format example
 * imports without errors.
 */
class FrameworkGuideTest {

    static final Pattern BLOCK = Pattern.compile("```(graphql|json)\\n(.*?)```", Pattern.DOTALL);

    static List<String[]> blocks() throws Exception {
        String guide = Files.readString(Path.of("docs/api/framework.md"), StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(guide);
        while (m.find()) {
            out.add(new String[]{m.group(1), m.group(2)});
        }
        return out;
    }

    static GraphQLSchema schema() throws Exception {
        String sdl = Files.readString(Path.of("docs/schema.graphql"), StandardCharsets.UTF_8);
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        for (String scalar : List.of("DateTime", "BigDecimal", "BigInteger", "Date", "Time", "Long", "Void")) {
            if (registry.getType(scalar).isEmpty()) {
                registry.merge(new SchemaParser().parse("scalar " + scalar));
            }
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    @Test
    void everyGraphqlExampleValidatesAgainstTheSchema() throws Exception {
        GraphQLSchema schema = schema();
        int checked = 0;
        List<String> problems = new ArrayList<>();
        for (String[] block : blocks()) {
            if (!block[0].equals("graphql")) continue;
            checked++;
            ParseAndValidateResult r = ParseAndValidate.parseAndValidate(schema, ExecutionInput.newExecutionInput(block[1]).build());
            if (r.isFailure()) {
                problems.add(block[1].lines().findFirst().orElse("") + " → " + (r.getSyntaxException() != null
                        ? r.getSyntaxException().getMessage()
                        : r.getValidationErrors().stream().map(ValidationError::getMessage).toList()));
            }
        }
        assertTrue(checked >= 15, "found only " + checked + " GraphQL examples");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyJsonExampleParsesAndTheFormatExampleImports() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String format = null;
        for (String[] block : blocks()) {
            if (!block[0].equals("json")) continue;
            json.readTree(block[1]);
            if (block[1].contains("\"themes\"")) {
                format = block[1];
            }
        }
        FrameworkDocumentReader.Result r = FrameworkDocumentReader.read(format, Set.of("ISO_14001"));
        assertEquals(List.of(), r.errors());
    }
}
