// Lints the exported schema (docs/schema.graphql) with graphql-eslint's Relay rules (the `schema-relay` set).
// Run from the repository root: `npm run lint:schema` in examples/portal.
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

export default [
  {
    files: ['docs/schema.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: 'docs/schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      // Lists are paged forward (first/after), which the Relay connection spec allows on its own.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      '@graphql-eslint/relay-connection-types': 'error',
      // Plain lists (nodes, enums, errors) stay lists. Every connection's node type becomes a Node feature by
      // feature (docs/architecture.md, "Sweep"); until the last one, the Java SchemaConventionsTest checks that rule
      // with its explicit list of the types still to convert, and this option stays off.
      '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false, shouldImplementNode: false }],
      '@graphql-eslint/relay-page-info': 'error',
    },
  },
];
