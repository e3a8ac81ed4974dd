// Usage:
//   node check-schema.mjs introspection-query            prints the standard introspection query (as GraphiQL sends it)
//   node check-schema.mjs check <schema.graphql> <introspection.json>
// Exits non-zero, with the reasons, when graphql-js finds the SDL or the introspection result invalid.
import { readFileSync } from "node:fs";
import { buildSchema, buildClientSchema, getIntrospectionQuery, validateSchema, printSchema, lexicographicSortSchema } from "graphql";

const [command, sdlPath, introspectionPath] = process.argv.slice(2);
if (command === "introspection-query") {
  process.stdout.write(getIntrospectionQuery({ descriptions: true, schemaDescription: true, directiveIsRepeatable: true }));
  process.exit(0);
}
if (command !== "check") {
  console.error("usage: check-schema.mjs introspection-query | check <schema.graphql> <introspection.json>");
  process.exit(2);
}
const fromSdl = buildSchema(readFileSync(sdlPath, "utf8"));
const sdlErrors = validateSchema(fromSdl);
const introspection = JSON.parse(readFileSync(introspectionPath, "utf8"));
const fromIntrospection = buildClientSchema(introspection.data);
const introspectionErrors = validateSchema(fromIntrospection);
const errors = [...sdlErrors, ...introspectionErrors];
if (errors.length > 0) {
  for (const e of errors) console.error(e.message);
  process.exit(1);
}
// The SDL served and the schema seen through introspection must describe the same API.
const a = printSchema(lexicographicSortSchema(fromSdl));
const b = printSchema(lexicographicSortSchema(fromIntrospection));
if (a !== b) {
  console.error("The SDL and the introspection result differ.");
  process.exit(1);
}
console.log(`valid: ${Object.keys(fromSdl.getTypeMap()).length} types`);
