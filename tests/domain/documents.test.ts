// End to end on real documents: every seed plan written as a real .docx
// (the docx package) and printed to a real PDF (LibreOffice), read back by
// the readers, and extracted. The targets must be the ones the plain-text
// seed gives, and score as well against the gold labels.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { extractPlan } from "../../src/domain/extract";
import { readDocument } from "../../src/readers";
import { type ScoredTarget, scoreDocument } from "../../src/quality/score";
import { convertWithSoffice } from "../helpers/soffice";

const SEEDS = join(__dirname, "../../seeds");
const names = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""))
  .sort();

async function seedAsDocx(raw: string): Promise<Uint8Array> {
  const paragraphs = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => new Paragraph(line));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

const signature = (t: { op: string; value: number; unit: string; level: string }) => `${t.op} ${t.value} ${t.unit === "%" ? "%" : "n"} ${t.level}`;

function overlap(a: string[], b: string[]): number {
  const pool = [...b];
  let shared = 0;
  for (const x of a) {
    const i = pool.indexOf(x);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return shared / Math.max(a.length, b.length, 1);
}

describe.each(names)("%s as .docx and .pdf", (name) => {
  const raw = readFileSync(join(SEEDS, `${name}.txt`), "utf8");
  const gold = JSON.parse(readFileSync(join(SEEDS, `${name}.gold.json`), "utf8")) as { targets: ScoredTarget[] };
  const fromText = extractPlan(raw).targets.map(signature);
  const dir = mkdtempSync(join(tmpdir(), "chitieu-e2e-"));
  let docxText = "";
  let pdfText = "";

  beforeAll(async () => {
    const docx = await seedAsDocx(raw);
    const docxPath = join(dir, `${name}.docx`);
    writeFileSync(docxPath, docx);
    docxText = await readDocument(docx, `${name}.docx`);
    const pdfPath = convertWithSoffice(docxPath, "pdf", dir);
    pdfText = await readDocument(new Uint8Array(readFileSync(pdfPath)), `${name}.pdf`);
  });

  it("finds the same targets in the .docx as in the text", () => {
    const fromDocx = extractPlan(docxText).targets.map(signature);
    expect(overlap(fromDocx, fromText)).toBeGreaterThanOrEqual(0.97);
    const score = scoreDocument(name, docxText, gold.targets, extractPlan(docxText).targets);
    expect(score.matched / score.gold).toBeGreaterThanOrEqual(0.9);
  });

  it("finds the same targets in the PDF as in the text", () => {
    const fromPdf = extractPlan(pdfText).targets.map(signature);
    expect(overlap(fromPdf, fromText)).toBeGreaterThanOrEqual(0.9);
    const score = scoreDocument(name, pdfText, gold.targets, extractPlan(pdfText).targets);
    expect(score.matched / score.gold).toBeGreaterThanOrEqual(0.85);
    expect(score.matched / Math.max(1, score.predicted)).toBeGreaterThanOrEqual(0.85);
  });
});
