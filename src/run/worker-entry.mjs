// Worker thread entry: worker threads do not inherit the TypeScript loader of their parent,
// so register tsx here (also when the parent runs under vitest), then load the worker proper.
import { register } from "tsx/esm/api";
register();
await import("./worker.ts");
