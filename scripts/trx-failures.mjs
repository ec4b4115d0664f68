// Prints what failed in the given .trx files (test results and run-level errors such as a fixture that failed
// to dispose) with the whole message and stack trace, which the console logger shortens to one line.
// Usage: node scripts/trx-failures.mjs <file.trx>...
import { readFileSync } from "node:fs";

const unescape = (text) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&amp;/g, "&");
const inner = (xml, tag) => {
  const match = xml.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`));
  return match ? unescape(match[1]).trim() : "";
};

for (const file of process.argv.slice(2)) {
  const xml = readFileSync(file, "utf8");
  for (const [result] of xml.matchAll(/<UnitTestResult [\s\S]*?(?:<\/UnitTestResult>|\/>)/g)) {
    const outcome = result.match(/ outcome="([^"]*)"/)?.[1];
    if (outcome !== "Failed" && outcome !== "Error") continue;
    const name = unescape(result.match(/ testName="([^"]*)"/)?.[1] ?? "?");
    console.log(`--- ${outcome}: ${name}\n${inner(result, "Message")}\n${inner(result, "StackTrace")}\n`);
  }
  // A fixture that failed to dispose is reported at run level: its type as an error line, its message and stack
  // trace in xUnit's lines of the run output. (A failed test's own "[FAIL]" line adds nothing to the above.)
  const infos = [...xml.matchAll(/<RunInfo [\s\S]*?<\/RunInfo>/g)].map(([info]) => ({
    outcome: info.match(/ outcome="([^"]*)"/)?.[1],
    text: inner(info, "Text"),
  }));
  const errors = infos.filter((info) => (info.outcome === "Error" || info.outcome === "Failed") && !/\[FAIL\]\s*$/.test(info.text));
  if (errors.length > 0) {
    console.log(`--- Run-level errors of ${file}:`);
    for (const info of errors) console.log(info.text);
    const stdout = inner(xml.match(/<ResultSummary[\s\S]*<\/ResultSummary>/)?.[0] ?? "", "StdOut");
    const xunit = stdout.split("\n").filter((line) => line.startsWith("[xUnit.net") && !/\] {3}(Discover|Starting|Finished)/.test(line));
    console.log(xunit.join("\n") + "\n");
  }
}
