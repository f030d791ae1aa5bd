// A portal's typed client of the Assay API. Everything here is checked by `tsc` against the types that
// graphql-codegen generates from docs/schema.graphql: a schema change that breaks these operations breaks the build.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  AccessRecordsDocument,
  MyAssessmentsDocument,
  MySupplierStatusDocument,
  OrganisationNodeDocument,
  PortfolioSuppliersDocument,
  RequestAssessmentDocument,
  SupplierDirectoryDocument,
  type SupplierDirectoryQuery,
} from './generated/graphql.js';

/** One GraphQL call: POST /graphql with the portal user's bearer token. */
export async function call<Result, Variables>(
  endpoint: string,
  token: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    throw new Error(body.errors.map(e => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
  return body.data as Result;
}

/** Member: every directory page, following the Relay cursors. */
export async function directoryNames(endpoint: string, token: string): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  do {
    const page: SupplierDirectoryQuery = await call(endpoint, token, SupplierDirectoryDocument, { after });
    const connection = page.supplierDirectory;
    if (!connection) break;
    for (const edge of connection.edges) names.push(`${edge.node.name} (${edge.node.country})`);
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return names;
}

/** Member: the worst-rated cobalt suppliers in CAHRAs, with their overdue critical actions. */
export async function riskList(endpoint: string, token: string): Promise<string[]> {
  const page = await call(endpoint, token, PortfolioSuppliersDocument, { after: null });
  return (page.portfolioSuppliers?.nodes ?? []).map(
    s => `${s.name}: ${s.currentRating ?? 'not rated'}, ${s.actions?.overdueCritical ?? 0} overdue critical`,
  );
}

/** Member: ask for an assessment; typed user errors say why not. */
export async function requestDeskReview(endpoint: string, token: string, supplierId: string): Promise<string> {
  const result = await call(endpoint, token, RequestAssessmentDocument, {
    input: { supplierId, minimumMethod: 'DESK_REVIEW', siteId: null },
  });
  const payload = result.requestAssessment;
  if (!payload || payload.userErrors.length > 0) {
    return (payload?.userErrors ?? []).map(e => `${(e.field ?? []).join('.')}: ${e.code}`).join(', ');
  }
  return payload.request?.outcome ?? 'UNKNOWN';
}

/** Supplier: its status, named by the organisation object, not an id. */
export async function statusLine(endpoint: string, token: string): Promise<string> {
  const { mySupplierStatus: s } = await call(endpoint, token, MySupplierStatusDocument, {});
  if (!s) return 'no status';
  return `${s.supplier.name}: ${s.status}, current rating ${s.currentRating?.rating ?? '-'}`;
}

/** Supplier: its assessments with the assigned body, and who read its results. */
export async function assessmentsAndReaders(endpoint: string, token: string): Promise<string[]> {
  const assessments = await call(endpoint, token, MyAssessmentsDocument, { after: null });
  const readers = await call(endpoint, token, AccessRecordsDocument, {});
  const lines = (assessments.assessments?.edges ?? []).map(
    e => `${e.node.method} ${e.node.status} by ${e.node.assessmentBody?.name ?? 'unassigned'}`,
  );
  for (const r of readers.accessRecords?.edges ?? []) lines.push(`${r.node.reader.name} read ${r.node.level} at ${r.node.readAt}`);
  return lines;
}

/** Anyone: refetch an organisation by its global id. */
export async function organisationName(endpoint: string, token: string, id: string): Promise<string | null> {
  const { node } = await call(endpoint, token, OrganisationNodeDocument, { id });
  return node && node.__typename === 'Organisation' ? node.name : null;
}
