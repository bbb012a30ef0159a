import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { blockLines, extractHtml } from "../src/io/html.ts";
import { docInitFrom } from "../src/io/formats.ts";
import { createContext } from "../src/context.ts";
import { processFile } from "../src/index.ts";

// The fixtures are pages written for these tests (an invented local news site).
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/html/${name}`, import.meta.url));
const page = readFileSync(fixture("article.html"), "utf8");

describe("extractHtml", () => {
  const article = extractHtml(page);
  const lines = article.text.split("\n");

  it("keeps one line per block: paragraphs, headings, list items, captions, quotes", () => {
    expect(lines).toContain("Des bus plus fréquents");
    expect(lines).toContain("Ligne 1 : un bus toutes les dix minutes");
    expect(lines).toContain("Le pont Cessart, sur la Loire, en février. Photo : Julien Moreau");
    expect(lines).toContain("Les travaux étaient attendus depuis l'effondrement partiel d'un garde-corps l'an dernier.");
    expect(lines[0]).toMatch(/^La mairie de Saumur a annoncé lundi/);
  });

  it("joins inline elements into their paragraph and breaks lines at <br>", () => {
    expect(lines.some((l) => l.includes("« Nous savons que ces travaux vont compliquer la vie des habitants », a reconnu"))).toBe(true);
    expect(lines).toContain("Les riverains seront informés par courrier.");
  });

  it("leaves out scripts, styles, the menu and the footer", () => {
    expect(article.text).not.toMatch(/tracker|font-family|Accueil|Tous droits réservés/);
  });

  it("reads title, canonical URL, author, date and site from the metadata", () => {
    expect(article.title).toBe("Saumur : le pont Cessart fermé trois semaines");
    expect(article.source).toBe("https://www.petit-riverain.example/saumur/pont-cessart-ferme");
    expect(article.meta).toMatchObject({ author: "Claire Lambert", date: "2024-03-12T10:05:00+01:00", site: "Le Petit Riverain" });
  });

  it("falls back to the blocks of the body when there is no article", () => {
    const r = extractHtml(readFileSync(fixture("no-article.html"), "utf8"));
    expect(r.text.split("\n")).toEqual(["Accueil", "Contact"]);
    expect(r.title).toBe("Plan du site");
    expect(r.source).toBeNull();
  });

  it("reads a page nested thousands of levels deep (no stack overflow, the body's blocks)", () => {
    const deep = "<p>" + "<span>".repeat(20000) + "Un texte tout au fond." + "</span>".repeat(20000) + "</p>";
    expect(extractHtml(deep).text).toBe("Un texte tout au fond.");
  });

  it.each(["", "<<<>>>", "<p>un paragraphe sans fin", "<html><body></body></html>", "\u0000\u0001"])("never throws on odd input %j", (html) => {
    expect(() => extractHtml(html)).not.toThrow();
  });
});

describe("blockLines", () => {
  it("cuts at block edges only", () => {
    const { document } = parseHTML("<div><p>Un <b>mot</b> en gras.</p><ul><li>premier</li><li>second</li></ul>texte libre</div>");
    expect(blockLines(document as never)).toEqual(["Un mot en gras.", "premier", "second", "texte libre"]);
  });
});

describe("docInitFrom", () => {
  const input = { text: page, encoding: "utf-8", sha256: "abc123" };

  it("sends .html and .htm through the extractor, keeping the raw page's sha256", () => {
    for (const id of ["site/pont.html", "site/pont.HTM"]) {
      const init = docInitFrom({ ...input, id });
      expect(init.text).toBe(extractHtml(page).text);
      expect(init.sha256).toBe("abc123");
      expect(init.title).toBe("Saumur : le pont Cessart fermé trois semaines");
      expect(init.source).toBe("https://www.petit-riverain.example/saumur/pont-cessart-ferme");
    }
  });

  it("keeps plain text as it is", () => {
    expect(docInitFrom({ ...input, id: "site/pont.txt" }).text).toBe(page);
  });
});

describe("an HTML page through the whole pipeline", () => {
  it("flags the related link, finds the heading, and takes the canonical URL as source", async () => {
    const result = await processFile(fixture("article.html"), "pont.html", createContext());
    if (result.kind !== "article") throw new Error(result.error.message);
    const a = result.article;
    const kindOf = (start: string) => a.paragraphs.find((p) => a.text.slice(p.start, p.end).startsWith(start));
    expect(kindOf("Lire aussi")?.boilerplate?.label).toBe("related");
    expect(kindOf("Des bus plus fréquents")?.kind).toBe("heading");
    expect(kindOf("La mairie de Saumur")?.kind).toBe("body");
    expect(a.source).toBe("https://www.petit-riverain.example/saumur/pont-cessart-ferme");
    expect(a.cleanText).not.toContain("Lire aussi");
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
