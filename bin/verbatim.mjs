#!/usr/bin/env node
// Entry point: registers tsx so the TypeScript sources run with no build step.
import { register } from "tsx/esm/api";
register();
// V8 settings for this workload (see src/v8-tuning.ts), before any pipeline code runs
(await import("../src/v8-tuning.ts")).tuneV8();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
