#!/usr/bin/env node
// Entry point. Runs the compiled dist/ (npm run build; npm ci runs it) while it is up to date with
// src/ (bin/compiled.mjs), else the TypeScript sources through tsx, with no build step; set
// VERBATIM_FROM_SOURCE=1 to run the sources always. The compiled code starts faster and leaves
// out tsx's loader thread, one per worker too (about 0.5 s and 35-65 MB on a run of 12,000 articles).
import { compiledIsUpToDate } from "./compiled.mjs";

const compiled = !process.env.VERBATIM_FROM_SOURCE && compiledIsUpToDate();
if (!compiled) (await import("tsx/esm/api")).register();
const from = compiled ? { tuning: "../dist/v8-tuning.js", cli: "../dist/cli.js" } : { tuning: "../src/v8-tuning.ts", cli: "../src/cli.ts" };
// V8 settings for this workload (see src/v8-tuning.ts), before any pipeline code runs
(await import(from.tuning)).tuneV8();
const { main } = await import(from.cli);
process.exitCode = await main(process.argv.slice(2));
