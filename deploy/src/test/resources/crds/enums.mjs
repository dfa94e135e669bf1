// Adds to a JSON Schema made from a model package's TypeScript declarations the enums that the package's compiled
// validator (generated from the operator's own schema) knows but the declarations lost (they say `string`).
// For every string field of the schema it asks the validator about an impossible value and keeps the allowed
// values the validator answers with. Used by refresh.sh:  node enums.mjs VALIDATOR.js SCHEMA.json
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const [validatorFile, schemaFile] = process.argv.slice(2);
const { validate } = await import(pathToFileURL(resolve(validatorFile)).href);
const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
const PROBE = "\u0001not-a-value";
let added = 0;

// steps: ["p", name] (a property), ["i"] (an array item), ["m"] (a map value)
function instance(steps, leaf) {
  if (steps.length === 0) return leaf;
  const [kind, name] = steps[0];
  const inner = instance(steps.slice(1), leaf);
  if (kind === "p") return { [name]: inner };
  if (kind === "i") return [inner];
  return { probe: inner };
}
function pointer(steps) {
  return steps.map(([kind, name]) => "/" + (kind === "p" ? name : kind === "i" ? "0" : "probe")).join("");
}
function walk(node, steps, depth) {
  if (!node || typeof node !== "object" || depth > 40) return;
  if (node.type === "string" && !node.enum && !node.const) {
    validate(instance(steps, PROBE));
    const at = pointer(steps);
    const e = (validate.errors || []).find((x) => x.keyword === "enum" && x.instancePath === at);
    if (e) { node.enum = e.params.allowedValues; added++; }
  }
  for (const [name, child] of Object.entries(node.properties || {})) walk(child, [...steps, ["p", name]], depth + 1);
  if (node.items && typeof node.items === "object") walk(node.items, [...steps, ["i"]], depth + 1);
  if (node.additionalProperties && typeof node.additionalProperties === "object") walk(node.additionalProperties, [...steps, ["m"]], depth + 1);
}
const root = schema.$ref ? schema.definitions[schema.$ref.split("/").pop()] : schema;
walk(root, [], 0);
writeFileSync(schemaFile, JSON.stringify(schema, null, 2) + "\n");
console.log(`${schemaFile}: ${added} enums added`);
