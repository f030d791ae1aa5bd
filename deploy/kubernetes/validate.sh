#!/usr/bin/env bash
# Renders the Kustomize base and the production overlay and validates them offline (no cluster needed):
# core objects against the Kubernetes OpenAPI schemas, CloudNativePG objects against their CRD schemas, and the rules
# Assay's deployment depends on (deploy/kubernetes/validate/validate.mjs). Run by .ci/run; by hand:
#   deploy/kubernetes/validate.sh
set -euo pipefail
cd "$(dirname "$0")"
OUT=$(cd ../.. && pwd)/target/kubernetes
mkdir -p "$OUT"

# kustomize: kubectl's built-in one, else a kustomize binary; on a machine with neither, build kustomize from its Go
# module (Debian's golang + the Go module proxy).
render() {
  if command -v kubectl >/dev/null && kubectl kustomize --help >/dev/null 2>&1; then
    kubectl kustomize "$1"
  elif command -v kustomize >/dev/null; then
    kustomize build "$1"
  else
    if [ ! -x "$HOME/go/bin/kustomize" ]; then
      echo "no kubectl or kustomize: building kustomize from its Go module" >&2
      command -v go >/dev/null || { (apt-get update -qq && apt-get install -y -qq golang-go) >/dev/null; }
      GOFLAGS=-mod=mod go install sigs.k8s.io/kustomize/kustomize/v5@v5.0.3 >&2
    fi
    "$HOME/go/bin/kustomize" build "$1"
  fi
}

render base >"$OUT/base.yaml"
render overlays/production >"$OUT/production.yaml"

cd validate
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
node validate.mjs "$OUT/base.yaml" --no-self-test
node validate.mjs "$OUT/production.yaml"
