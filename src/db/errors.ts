/**
 * A problem with what the user pointed the database commands at (not a Verbatim output, a
 * database of another schema version, an unknown topic id). The commands turn it into a usage
 * error: one sentence on stderr, exit code 2, no stack trace.
 */
export class DbInputError extends Error {
  override name = "DbInputError";
}
