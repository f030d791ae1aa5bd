package org.assay.platform.graphql;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import org.assay.platform.InputHygiene;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is checked on the document text before graphql-java validates it (validation of a document with hundreds of
 * fragments is quadratic — {@code NoFragmentCycles} — so the count is bounded first): graphql-java's own parser limits
 * (characters, tokens, nesting), then fragments, aliases and every string and number literal
 * ({@link InputHygiene}). Plain code; the results of a document text are cached by the endpoint.
 */
public final class DocumentChecks {

    /** Grammar nesting the parser accepts (graphql-java's default is 500; 12 levels of fields need ~50). */
    static final int MAX_RULE_DEPTH = 200;

    private DocumentChecks() {
    }

    /** Parses and checks; throws {@link RequestRefused} (parse failures included) and returns nothing on success. */
    public static void check(String query, int maxCharacters, int maxTokens, int maxFragments, int maxAliases) {
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxCharacters(maxCharacters).maxTokens(maxTokens).maxRuleDepth(MAX_RULE_DEPTH)
                .captureIgnoredChars(false).captureLineComments(false));
        Document document;
        try {
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
        } catch (ParseCancelledTooManyCharsException e) {
            throw RequestRefused.limit("DOCUMENT_TOO_LARGE", "Document characters", query.length(), maxCharacters);
        } catch (ParseCancelledTooDeepException e) {
            throw new RequestRefused("DOCUMENT_TOO_DEEP", "The document is nested too deeply to be parsed");
        } catch (ParseCancelledException e) {
            throw RequestRefused.limit("TOO_MANY_TOKENS", "Document tokens", maxTokens + 1L, maxTokens);
        } catch (InvalidSyntaxException e) {
            Map<String, Object> details = new LinkedHashMap<>();
            SourceLocation at = e.getLocation();
            if (at != null) {
                details.put("line", at.getLine());
                details.put("column", at.getColumn());
            }
            throw new RequestRefused(400, "GRAPHQL_PARSE_FAILED", "The document is not valid GraphQL syntax: " + e.getMessage(), details);
        }
        int fragments = 0;
        int aliases = 0;
        Deque<Node<?>> todo = new ArrayDeque<>();
        todo.push(document);
        while (!todo.isEmpty()) {
            Node<?> node = todo.pop();
            if (node instanceof FragmentDefinition) {
                fragments++;
            } else if (node instanceof Field f && f.getAlias() != null) {
                aliases++;
            } else if (node instanceof StringValue s) {
                String problem = InputHygiene.stringProblem(s.getValue());
                if (problem != null) {
                    throw literal(problem, s);
                }
            } else if (node instanceof FloatValue v) {
                number(v.getValue(), v);
            } else if (node instanceof IntValue v) {
                number(new BigDecimal(v.getValue()), v);
            }
            for (Node<?> child : node.getChildren()) {
                todo.push(child);
            }
        }
        if (fragments > maxFragments) {
            throw RequestRefused.limit("TOO_MANY_FRAGMENTS", "Fragment definitions", fragments, maxFragments);
        }
        if (aliases > maxAliases) {
            throw RequestRefused.limit("TOO_MANY_ALIASES", "Aliased fields", aliases, maxAliases);
        }
    }

    private static void number(BigDecimal value, Node<?> at) {
        String problem = InputHygiene.numberProblem(value);
        if (problem != null) {
            throw literal(problem, at);
        }
    }

    private static RequestRefused literal(String problem, Node<?> at) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (at.getSourceLocation() != null) {
            details.put("line", at.getSourceLocation().getLine());
            details.put("column", at.getSourceLocation().getColumn());
        }
        return new RequestRefused(400, "INVALID_ARGUMENT", "A literal in the document was refused: " + problem, details);
    }
}
