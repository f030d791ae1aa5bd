// Offline validation of rendered manifests (kubectl kustomize output), run by deploy/kubernetes/validate.sh in CI:
//  1. every core Kubernetes object against the Kubernetes OpenAPI schemas (kubernetes-models' validate());
//  2. every CloudNativePG object (Cluster, Pooler, ScheduledBackup, and the Barman Cloud plugin's ObjectStore) against
//     the schema of its CRD (crd-schemas.json, made by extract-crd-schemas.mjs), strictly: a field the CRD does not
//     define is an error (the API server would silently drop it);
//  3. the rules Assay's deployment depends on (replicas, probes, non-root, read-only root filesystem, the pooler in
//     transaction mode with prepared statements off, backups with retention, references between the objects).
// Then, unless --no-self-test, it breaks a copy of the manifests in known ways and fails if any break goes unnoticed.
//
//   node validate.mjs rendered.yaml [--no-self-test]
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";

const CRDS = JSON.parse(readFileSync(new URL("./crd-schemas.json", import.meta.url), "utf8"));
const BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";

// ---- 2. CRD schemas, made strict ----
const strict = (schema) => {
  if (Array.isArray(schema)) return schema.map(strict);
  if (!schema || typeof schema !== "object") return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] = k === "properties" ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, strict(s)])) : strict(v);
  }
  if (out.properties && out.additionalProperties === undefined && !out["x-kubernetes-preserve-unknown-fields"]) {
    out.additionalProperties = false;
  }
  return out;
};
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const crdValidators = new Map();
const crdValidator = (key) => {
  if (!crdValidators.has(key)) {
    const schema = structuredClone(CRDS.schemas[key]);
    // metadata is the API server's ObjectMeta, not part of the CRD's own schema
    if (schema.properties?.metadata) schema.properties.metadata = { type: "object" };
    crdValidators.set(key, ajv.compile(strict(schema)));
  }
  return crdValidators.get(key);
};

// ---- 1. core objects ----
const coreModule = (apiVersion) => {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  return group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`;
};
const modules = new Map();
async function validateCore(doc) {
  const path = coreModule(doc.apiVersion);
  if (!modules.has(path)) modules.set(path, await import(path).catch(() => null));
  const Model = modules.get(path)?.[doc.kind];
  if (!Model) return [`no Kubernetes schema for ${doc.apiVersion} ${doc.kind}`];
  try {
    new Model(doc).validate();
    return [];
  } catch (e) {
    return [(e.errors ?? [e]).map((x) => `${x.instancePath ?? ""} ${x.message}`).join("; ")];
  }
}

// ---- 3. Assay's rules ----
const find = (docs, kind, name) => docs.find((d) => d.kind === kind && (!name || d.metadata?.name === name));
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
function rules(docs) {
  const errors = [];
  const check = (ok, message) => { if (!ok) errors.push(message); };
  const deployment = find(docs, "Deployment", "assay");
  check(deployment, "a Deployment named assay");
  if (deployment) {
    const pod = deployment.spec.template;
    check(deployment.spec.replicas >= 3, "Deployment assay: at least 3 replicas");
    check(pod.spec.securityContext?.runAsNonRoot === true, "Deployment assay: runAsNonRoot");
    for (const c of pod.spec.containers) {
      check(c.readinessProbe?.httpGet?.path === "/q/health/ready", `container ${c.name}: readiness probe on /q/health/ready`);
      check(c.livenessProbe?.httpGet?.path === "/q/health/live", `container ${c.name}: liveness probe on /q/health/live`);
      check(c.resources?.requests?.cpu && c.resources?.requests?.memory && c.resources?.limits?.memory,
        `container ${c.name}: cpu and memory requests, memory limit`);
      check(c.securityContext?.readOnlyRootFilesystem === true, `container ${c.name}: read-only root filesystem`);
      check(c.securityContext?.allowPrivilegeEscalation === false, `container ${c.name}: no privilege escalation`);
      check(c.image && c.image !== "assay" && c.image.includes(":"), `container ${c.name}: an image with a tag (${c.image})`);
      for (const ref of c.envFrom ?? []) {
        if (ref.configMapRef) check(find(docs, "ConfigMap", ref.configMapRef.name), `ConfigMap ${ref.configMapRef.name} exists`);
      }
    }
    const labels = pod.metadata.labels;
    const service = find(docs, "Service", "assay");
    check(service && matches(service.spec.selector, labels), "Service assay selects the API pods");
    check(service?.spec.ports.every((p) => typeof p.targetPort !== "string"
      || pod.spec.containers.some((c) => c.ports?.some((cp) => cp.name === p.targetPort))), "Service target ports exist");
    const hpa = find(docs, "HorizontalPodAutoscaler");
    check(hpa?.spec.scaleTargetRef.kind === "Deployment" && hpa.spec.scaleTargetRef.name === "assay" && hpa.spec.minReplicas >= 3,
      "HorizontalPodAutoscaler scales Deployment assay, never below 3");
    const pdb = find(docs, "PodDisruptionBudget");
    check(pdb && matches(pdb.spec.selector.matchLabels, labels), "PodDisruptionBudget selects the API pods");
    check(docs.some((d) => d.kind === "NetworkPolicy" && matches(d.spec.podSelector.matchLabels, labels)
      && d.spec.policyTypes?.includes("Egress")), "a NetworkPolicy restricts the API pods' traffic");
    const config = find(docs, "ConfigMap", "assay-config");
    for (const key of ["QUARKUS_DATASOURCE_JDBC_URL", "ASSAY_OIDC_URL", "ASSAY_OIDC_AUDIENCE"]) {
      check(config?.data?.[key], `ConfigMap assay-config sets ${key}`);
    }
    const jdbc = config?.data?.QUARKUS_DATASOURCE_JDBC_URL ?? "";
    const secretRefs = pod.spec.containers.flatMap((c) => c.env ?? []).map((e) => e.valueFrom?.secretKeyRef?.name).filter(Boolean);
    for (const pooler of docs.filter((d) => d.kind === "Pooler")) {
      if (jdbc.includes(`//${pooler.metadata.name}:`) || jdbc.includes(`//${pooler.metadata.name}.`)) {
        check(pooler.spec.pgbouncer?.poolMode !== "transaction" || /[?&]prepareThreshold=0(&|$)/.test(jdbc),
          "through a transaction-mode pooler the JDBC URL turns server-side prepared statements off (prepareThreshold=0)");
        check(secretRefs.includes(`${pooler.spec.cluster.name}-app`),
          `the database credentials come from the secret CloudNativePG writes (${pooler.spec.cluster.name}-app)`);
      }
    }
    check(docs.some((d) => d.kind === "Pooler" && (jdbc.includes(`//${d.metadata.name}:`) || jdbc.includes(`//${d.metadata.name}.`))),
      "the service connects through a Pooler");
  }
  const clusters = docs.filter((d) => d.kind === "Cluster");
  check(clusters.length === 1, "one CloudNativePG Cluster");
  for (const cluster of clusters) {
    check(cluster.spec.instances >= 3, `Cluster ${cluster.metadata.name}: 3 instances (a primary and two replicas)`);
    const archiver = (cluster.spec.plugins ?? []).find((p) => p.name === BARMAN_PLUGIN && p.isWALArchiver);
    check(archiver, `Cluster ${cluster.metadata.name}: WAL archiving with the Barman Cloud plugin`);
    const store = archiver && find(docs, "ObjectStore", archiver.parameters?.barmanObjectName);
    check(store, `Cluster ${cluster.metadata.name}: its ObjectStore ${archiver?.parameters?.barmanObjectName} exists`);
    check(store?.spec.retentionPolicy, "the ObjectStore has a retention policy");
    check(store?.spec.configuration?.destinationPath, "the ObjectStore has a destination path");
    const backup = docs.find((d) => d.kind === "ScheduledBackup" && d.spec.cluster?.name === cluster.metadata.name);
    check(backup?.spec.method === "plugin" && backup?.spec.pluginConfiguration?.name === BARMAN_PLUGIN,
      `a ScheduledBackup of ${cluster.metadata.name} through the Barman Cloud plugin`);
  }
  for (const pooler of docs.filter((d) => d.kind === "Pooler")) {
    check(pooler.spec.pgbouncer?.poolMode === "transaction", `Pooler ${pooler.metadata.name}: transaction mode`);
    check(clusters.some((c) => c.metadata.name === pooler.spec.cluster?.name), `Pooler ${pooler.metadata.name}: its Cluster exists`);
  }
  return errors;
}

// ---- all of it ----
async function validate(docs) {
  const errors = [];
  for (const doc of docs) {
    const where = `${doc.kind}/${doc.metadata?.name}`;
    const group = doc.apiVersion.includes("/") ? doc.apiVersion.split("/")[0] : "";
    const crdKey = `${doc.apiVersion}/${doc.kind}`;
    if (CRDS.schemas[crdKey]) {
      const v = crdValidator(crdKey);
      if (!v(doc)) errors.push(...v.errors.map((e) => `${where}: ${e.instancePath} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`));
    } else if (group.endsWith("cnpg.io")) {
      errors.push(`${where}: no CRD schema for ${crdKey} in crd-schemas.json`);
    } else {
      errors.push(...(await validateCore(doc)).map((e) => `${where}: ${e}`));
    }
  }
  errors.push(...rules(docs));
  return errors;
}

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate.mjs <rendered.yaml> [--no-self-test]");
  process.exit(2);
}
const docs = parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJSON()).filter(Boolean);
const errors = await validate(docs);
const kinds = [...new Set(docs.map((d) => d.kind))].join(", ");
if (errors.length) {
  console.error(`${file}: ${errors.length} problem(s):`);
  errors.forEach((e) => console.error(`  - ${e}`));
  process.exit(1);
}
console.log(`${file}: ${docs.length} objects valid (${kinds}); CRD schemas: ${CRDS.source}`);

if (!process.argv.includes("--no-self-test")) {
  // Each break must be caught, or the checks above prove nothing.
  const breaks = {
    "replicas is not a number": (d) => { find(d, "Deployment").spec.replicas = "three"; },
    "a typo in a CloudNativePG field": (d) => { find(d, "Cluster").spec.instancez = 3; },
    "a wrong type in a CloudNativePG field": (d) => { find(d, "Cluster").spec.instances = "3"; },
    "the pooler in session mode": (d) => { find(d, "Pooler").spec.pgbouncer.poolMode = "session"; },
    "prepared statements through the transaction pooler": (d) => {
      const c = find(d, "ConfigMap", "assay-config");
      c.data.QUARKUS_DATASOURCE_JDBC_URL = c.data.QUARKUS_DATASOURCE_JDBC_URL.replace("prepareThreshold=0", "prepareThreshold=5");
    },
    "no readiness probe": (d) => { delete find(d, "Deployment").spec.template.spec.containers[0].readinessProbe; },
    "a writable root filesystem": (d) => { find(d, "Deployment").spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem = false; },
    "a port name that is not a string or number": (d) => { find(d, "Service").spec.ports[0].port = { http: 80 }; },
    "an unknown core kind": (d) => { d.push({ apiVersion: "apps/v1", kind: "Deploymint", metadata: { name: "x" } }); },
    "no retention policy": (d) => { delete find(d, "ObjectStore").spec.retentionPolicy; },
    "a backup of another cluster": (d) => { find(d, "ScheduledBackup").spec.cluster.name = "other"; },
  };
  const missed = [];
  for (const [name, breakIt] of Object.entries(breaks)) {
    const copy = structuredClone(docs);
    breakIt(copy);
    if ((await validate(copy)).length === 0) missed.push(name);
  }
  if (missed.length) {
    console.error(`self-test: ${missed.length} break(s) went unnoticed: ${missed.join("; ")}`);
    process.exit(1);
  }
  console.log(`self-test: ${Object.keys(breaks).length} deliberate breaks, each caught`);
}
