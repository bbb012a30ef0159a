import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeBytes, guessBomlessUtf16, listInputs, readInput } from "../src/io/read.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Latin-1 / Windows-1252 bytes of a string whose characters all fit in one byte. */
const latin1 = (s: string) => Uint8Array.from(Buffer.from(s, "latin1"));

describe("decodeBytes", () => {
  it("reads UTF-8 and keeps the text as it is", () => {
    const d = decodeBytes(utf8("« Nous sommes prêts », a dit la ministre.\n"));
    expect(d).toMatchObject({ ok: true, encoding: "utf-8", text: "« Nous sommes prêts », a dit la ministre.\n" });
  });

  it("drops a UTF-8 byte order mark", () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Début de l'article.")]));
    expect(d).toMatchObject({ ok: true, encoding: "utf-8", text: "Début de l'article." });
  });

  it.each([
    ["CRLF", "Ligne un.\r\nLigne deux.\r\n", "Ligne un.\nLigne deux.\n"],
    ["CR", "Line one.\rLine two.\r", "Line one.\nLine two.\n"],
    ["mixed", "A.\r\nB.\rC.\nD.", "A.\nB.\nC.\nD."],
  ])("turns %s line endings into \\n", (_name, input, want) => {
    expect(decodeBytes(utf8(input))).toMatchObject({ ok: true, text: want });
  });

  it("decodes bytes that are not UTF-8 as Windows-1252 and says so", () => {
    const d = decodeBytes(latin1("Le député a été réélu à Besançon."));
    expect(d).toMatchObject({ ok: true, encoding: "windows-1252", text: "Le député a été réélu à Besançon." });
  });

  it("reads the Windows-1252 characters that Latin-1 lacks (curly quotes, œ, €)", () => {
    const bytes = new Uint8Array([0x93, ...latin1("Le c"), 0x9c, ...latin1("ur du projet co"), 0xfb, ...latin1("te 5 "), 0x80, 0x94]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, text: "\u201CLe cœur du projet coûte 5 €\u201D" });
  });

  it("keeps the UTF-8 of a file that also holds stray Windows-1252 bytes, and says so", () => {
    const bytes = Buffer.concat([Buffer.from("Le député a déclaré : ", "utf8"), Buffer.from([0x93]), Buffer.from("Non", "utf8"), Buffer.from([0x94, 0x2e])]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: "utf-8+windows-1252", text: "Le député a déclaré : \u201CNon\u201D." });
  });

  it("reads UTF-16 with a byte order mark", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Prix : 30 € ?\r\n", "utf16le")]);
    expect(decodeBytes(le)).toMatchObject({ ok: true, encoding: "utf-16le", text: "Prix : 30 € ?\n" });
  });

  it.each([
    ["little-endian", "utf16le", "utf-16le"],
    ["big-endian", "utf16be", "utf-16be"],
  ] as const)("reads %s UTF-16 without a byte order mark", (_name, _codec, encoding) => {
    const text = "Le maire a déclaré : « Nous tiendrons le calendrier. »\r\nFin de l'article.\r\n";
    const le = Buffer.from(text, "utf16le");
    const bytes = encoding === "utf-16le" ? le : Buffer.from(le).swap16();
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding, text: text.replace(/\r\n/g, "\n") });
  });

  it("does not take binary with NULs everywhere for BOM-less UTF-16", () => {
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i % 5 === 0 ? 0 : 0x41 + (i % 26)));
    expect(guessBomlessUtf16(bytes)).toBeNull();
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, error: "binary" });
  });

  it("calls a file with NUL bytes binary, with a message that says what to do", () => {
    const d = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.error).toBe("binary");
      expect(d.message).toMatch(/convert it/);
    }
  });

  it("calls a file of control characters binary even without NUL bytes", () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : (i % 20) + 1));
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, error: "binary" });
  });

  it.each([
    ["nothing", ""],
    ["spaces and newlines", "  \n\r\n\t \n"],
    ["a byte order mark alone", "\uFEFF"],
    ["no-break spaces", "\u00A0\u202F\n"],
  ])("calls a file of %s empty", (_name, content) => {
    const d = decodeBytes(utf8(content));
    expect(d).toMatchObject({ ok: false, error: "empty" });
  });

  it("hashes the raw bytes", () => {
    const a = decodeBytes(utf8("Même texte.\r\n"));
    const b = decodeBytes(utf8("Même texte.\n"));
    expect(a.ok && b.ok && a.text === b.text).toBe(true);
    if (a.ok && b.ok) expect(a.sha256).not.toBe(b.sha256);
  });
});

describe("listInputs and readInput", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "verbatim-io-"));
    await mkdir(join(root, "b", "deep"), { recursive: true });
    await mkdir(join(root, ".git"));
    await writeFile(join(root, "b", "deep", "z.txt"), "Un article.");
    await writeFile(join(root, "b", "a.md"), "# Titre\nUn texte.");
    await writeFile(join(root, "a.txt"), "Premier article.");
    await writeFile(join(root, "notes.pdf"), "%PDF");
    await writeFile(join(root, ".git", "x.txt"), "hidden");
    await writeFile(join(root, "big.txt"), "x".repeat(2000));
    await symlink(join(root, "missing.txt"), join(root, "dangling.txt"));
    await symlink(join(root, "b"), join(root, "c-link"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("walks folders recursively, in sorted id order, skipping hidden entries and other extensions", async () => {
    const { files, missing } = await listInputs([root, join(root, "nowhere")]);
    expect(files.map((f) => f.id)).toEqual(["a.txt", "b/a.md", "b/deep/z.txt", "big.txt", "dangling.txt"]);
    expect(missing).toEqual([join(root, "nowhere")]);
  });

  it("takes a file given by name with its base name as id", async () => {
    const { files } = await listInputs([join(root, "b", "a.md")]);
    expect(files).toEqual([{ file: join(root, "b", "a.md"), id: "a.md" }]);
  });

  it("names files from the inputs' common folder when there are several, so ids never collide", async () => {
    await mkdir(join(root, "other", "deep"), { recursive: true });
    await writeFile(join(root, "other", "deep", "z.txt"), "Un autre article.");
    const { files } = await listInputs([join(root, "other"), join(root, "b"), join(root, "a.txt")]);
    expect(files.map((f) => f.id)).toEqual(["a.txt", "b/a.md", "b/deep/z.txt", "other/deep/z.txt"]);
    await rm(join(root, "other"), { recursive: true });
  });

  it("reports a file over the byte limit as too-large, naming the option to raise", async () => {
    const d = await readInput(join(root, "big.txt"), 1000);
    expect(d).toMatchObject({ ok: false, error: "too-large" });
    if (!d.ok) expect(d.message).toMatch(/--max-bytes/);
    expect(await readInput(join(root, "big.txt"), 5000)).toMatchObject({ ok: true });
  });

  it("reports a dangling link as unreadable", async () => {
    const d = await readInput(join(root, "dangling.txt"), 1000);
    expect(d).toMatchObject({ ok: false, error: "unreadable" });
    if (!d.ok) {
      expect(d.message).toMatch(/check/);
      expect(d.message).not.toContain(root); // errors.jsonl must not depend on where it ran
    }
  });
});
