#!/usr/bin/env bash
# Regenerates the vendored operator schemas under deploy/src/test/resources/crds (README.md beside this file).
# Needs: Maven (Maven Central), a JDK ≥ 21 for Strimzi's generator (JAVA21=/path/to/java), node + npm (the npm
# registry). Nothing here is run by the build: the tests read the files this writes.
set -euo pipefail
STRIMZI=${STRIMZI:-1.2.0}
CNPG_MODELS=${CNPG_MODELS:-2.0.0}          # @kubernetes-models/cloudnative-pg
PROM_MODELS=${PROM_MODELS:-6.0.0}          # @kubernetes-models/prometheus-operator
JAVA21=${JAVA21:-java}
here=$(cd "$(dirname "$0")" && pwd)
mvnw=$(cd "$here/../../../../.." && pwd)/mvnw
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Strimzi: its own CRD generator run over its own API classes, with the arguments of Strimzi's api/pom.xml —
# the same YAML the release ships as packaging/install/cluster-operator/04x-Crd-*.yaml.
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>strimzi-crds</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>io.strimzi</groupId><artifactId>crd-generator</artifactId><version>$STRIMZI</version></dependency>
    <dependency><groupId>io.strimzi</groupId><artifactId>api</artifactId><version>$STRIMZI</version></dependency>
  </dependencies>
</project>
POM
(cd "$work" && "$mvnw" -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt)
out="$here/strimzi-$STRIMZI"
mkdir -p "$out"
"$JAVA21" -cp "$(cat "$work/cp.txt")" io.strimzi.crdgenerator.CrdGenerator \
  --label app:strimzi --label strimzi.io/crd-install:true --target-kube 1.16+ \
  --crd-api-version v1 --api-versions v1 --storage-version v1 --yaml \
  io.strimzi.api.kafka.model.kafka.Kafka="$out/040-Crd-kafka.yaml" \
  io.strimzi.api.kafka.model.topic.KafkaTopic="$out/043-Crd-kafkatopic.yaml" \
  io.strimzi.api.kafka.model.user.KafkaUser="$out/044-Crd-kafkauser.yaml" \
  io.strimzi.api.kafka.model.nodepool.KafkaNodePool="$out/045-Crd-kafkanodepool.yaml"

# CloudNativePG, the barman-cloud library and prometheus-operator: the npm model packages are generated from
# the operators' Go API types; their TypeScript declarations are turned into JSON Schema (draft-07).
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund ts-json-schema-generator \
  "@kubernetes-models/cloudnative-pg@$CNPG_MODELS" "@kubernetes-models/prometheus-operator@$PROM_MODELS" >/dev/null)
printf '{"compilerOptions":{"module":"nodenext","moduleResolution":"nodenext","strict":true,"skipLibCheck":true}}' > "$work/tsconfig.json"
schema() { # package-relative .d.ts, type, output, the package's compiled validator of the same type
  (cd "$work" && npx ts-json-schema-generator --tsconfig tsconfig.json --no-type-check --expose none --jsDoc none \
    --path "node_modules/@kubernetes-models/$1" --type "$2" -o "$3")
  # the declarations say `string` where the operator's schema has an enum; the compiled validator still knows it
  node "$here/enums.mjs" "$work/node_modules/@kubernetes-models/$4" "$3"
}
cnpg="$here/cloudnative-pg-models-$CNPG_MODELS"
prom="$here/prometheus-operator-models-$PROM_MODELS"
mkdir -p "$cnpg" "$prom"
schema cloudnative-pg/postgresql.cnpg.io/v1/Cluster.d.ts ICluster "$cnpg/Cluster.json" \
  cloudnative-pg/_schemas/ComGithubCloudnativePgCloudnativePgApiV1Cluster.js
schema cloudnative-pg/postgresql.cnpg.io/v1/ScheduledBackup.d.ts IScheduledBackup "$cnpg/ScheduledBackup.json" \
  cloudnative-pg/_schemas/ComGithubCloudnativePgCloudnativePgApiV1ScheduledBackup.js
schema cloudnative-pg/github.com/cloudnative-pg/barman-cloud/pkg/api/BarmanObjectStoreConfiguration.d.ts \
  IBarmanObjectStoreConfiguration "$cnpg/BarmanObjectStoreConfiguration.json" \
  cloudnative-pg/_schemas/ComGithubCloudnativePgBarmanCloudPkgApiBarmanObjectStoreConfiguration.js
for kind in PodMonitor ServiceMonitor PrometheusRule; do
  schema "prometheus-operator/monitoring.coreos.com/v1/$kind.d.ts" "I$kind" "$prom/$kind.json" \
    "prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1$kind.js"
done
echo "refreshed: $out $cnpg $prom (barman-cloud-plugin/ObjectStore.json is kept by hand, README.md)"
