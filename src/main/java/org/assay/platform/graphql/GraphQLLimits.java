package org.assay.platform.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Every limit of the GraphQL endpoint, with its default; docs/operations.md lists them. Checked in this order, each
 * before any work it protects is done: the HTTP body ({@link #maxDocumentSize()} and the envelope), the document text
 * (characters, tokens, nesting — graphql-java's own parser limits), the parsed document (fragments, aliases, string
 * and number literals), then, after validation and before execution, the operation with its fragments expanded
 * (depth, fields, root mutations, estimated nodes) and the caller's hourly cost budget. The response is capped last.
 */
@ConfigMapping(prefix = "assay.graphql")
public interface GraphQLLimits {

    /** Wall-clock time a request may take from the moment its body has arrived; then it is cancelled. */
    @WithDefault("10s")
    Duration timeBudget();

    /** Threads that parse, validate and execute GraphQL requests (never the event loop). */
    @WithDefault("16")
    int workers();

    /** Requests waiting for a worker; beyond that the endpoint answers 503 with Retry-After. */
    @WithDefault("256")
    int queue();

    /** Largest request body, in bytes, for a signed-in caller (variables included: a framework import is ~200 KB). */
    @WithDefault("2097152")
    int maxBodySize();

    /** Longest GraphQL document (the {@code query} text), in characters (graphql-java's parser limit). */
    @WithDefault("65536")
    int maxDocumentSize();

    /** Largest GraphQL document in tokens (graphql-java's parser limit). */
    @WithDefault("5000")
    int maxTokens();

    /** Deepest nesting of the JSON envelope (variables included). */
    @WithDefault("32")
    int maxJsonDepth();

    /** Longest JSON number, in characters; longer numbers are refused before they are parsed. */
    @WithDefault("40")
    int maxNumberLength();

    /** Fragment definitions per document. */
    @WithDefault("50")
    int maxFragments();

    /** Aliased fields per document. */
    @WithDefault("100")
    int maxAliases();

    /** Field depth of the operation, fragments included (a top-level field is depth 1). */
    @WithDefault("12")
    int maxDepth();

    /** Fields of the operation with its fragments expanded (each alias counts). */
    @WithDefault("2000")
    int maxFields();

    /** Root fields of a mutation operation: each runs its own transaction. */
    @WithDefault("10")
    int maxRootMutations();

    /**
     * Estimated values in the response: each field counts once per object it is selected on, connections multiply
     * by their {@code first} (or the default page size), other lists by {@link #listSizeEstimate()}.
     */
    @WithDefault("50000")
    int maxNodes();

    /**
     * Size of a list that is not a paginated connection, for the node estimate (the framework tree's lists hold 2–8
     * items; aliases that repeat a list are counted by {@link #maxFields()}, and the response cap bounds the rest).
     */
    @WithDefault("5")
    int listSizeEstimate();

    /** Largest response body, in bytes; larger results are replaced by a RESPONSE_TOO_LARGE error. */
    @WithDefault("8388608")
    int maxResponseSize();

    /** Cost points per organisation (or per person without one) per clock hour. */
    @WithDefault("5000")
    int pointsPerHour();

    /** Who may read the schema (introspection and GET /graphql/schema.graphql). */
    @WithDefault("members")
    IntrospectionAccess introspection();

    /** The allowance of a document that only introspects: depth and fields (graphql-js' standard query fits). */
    Introspection introspectionAllowance();

    /** Tighter limits for a caller without a token, who can use nothing but {@code __typename}. */
    Anonymous anonymous();

    interface Introspection {
        @WithDefault("20")
        int maxDepth();

        @WithDefault("500")
        int maxFields();
    }

    interface Anonymous {
        /** Largest request body, in bytes, without a token (the document included). */
        @WithDefault("4096")
        int maxBodySize();

        @WithDefault("500")
        int maxTokens();

        @WithDefault("5")
        int maxFragments();

        @WithDefault("5000")
        int maxNodes();
    }

    enum IntrospectionAccess {
        /** Signed-in members of an organisation (and the bootstrap operator). */
        MEMBERS,
        /** Nobody. */
        OFF,
        /** Everyone, anonymous callers included (development only). */
        EVERYONE
    }
}
