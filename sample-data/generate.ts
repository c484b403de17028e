/**
 * Regenerates the committed sample community:  npx tsx sample-data/generate.ts
 * The CSVs are output of generateSampleCommunity(SAMPLE_SEED); a test checks they are
 * byte-identical to a fresh run, so change the generator, never the files.
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SAMPLE_SEED, generateSampleCommunity } from "./generator/community";

export { HEADERS, SAMPLE_SEED, generateSampleCommunity } from "./generator/community";
export type { SampleCommunity, SampleFacts } from "./generator/community";

export const SAMPLE_FILES = ["people", "interactions", "attendance", "targets"] as const;

const here = dirname(fileURLToPath(import.meta.url));

function main(): void {
  const community = generateSampleCommunity(SAMPLE_SEED);
  for (const file of SAMPLE_FILES) writeFileSync(join(here, `${file}.csv`), community[file]);
  console.log(JSON.stringify(community.facts, null, 2));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
