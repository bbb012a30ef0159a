#!/usr/bin/env node
// Entry point: registers tsx so the TypeScript sources run with no build step.
import { register } from "tsx/esm/api";
register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
