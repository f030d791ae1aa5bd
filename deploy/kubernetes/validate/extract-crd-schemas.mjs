// Turns CustomResourceDefinition files into the compact schemas validate.mjs checks against: the openAPIV3Schema of
// each served version, without descriptions. Run when upgrading CloudNativePG or its Barman Cloud plugin:
//   node extract-crd-schemas.mjs <crd.yaml>... > crd-schemas.json
// The CRDs are config/crd/bases/*.yaml of cloudnative-pg/cloudnative-pg and cloudnative-pg/plugin-barman-cloud at the
// versions named in crd-schemas.json ("source").
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const strip = (node) => {
  if (Array.isArray(node)) return node.map(strip);
  if (node && typeof node === "object") {
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === "description") continue;
      out[k] = strip(v);
    }
    return out;
  }
  return node;
};

const schemas = {};
for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    const crd = doc.toJSON();
    if (crd?.kind !== "CustomResourceDefinition") continue;
    for (const v of crd.spec.versions.filter((v) => v.served)) {
      schemas[`${crd.spec.group}/${v.name}/${crd.spec.names.kind}`] = strip(v.schema.openAPIV3Schema);
    }
  }
}
process.stdout.write(JSON.stringify({ source: process.env.CRD_SOURCE ?? "", schemas }) + "\n");
