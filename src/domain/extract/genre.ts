// Stand-in until the metadata work lands: the document's genre from its title.
import type { DocumentGenre, PlanMeta } from "../plan";
import type { NormalizedDocument } from "./normalize";

export function readGenre(doc: NormalizedDocument, meta: PlanMeta): { genre: DocumentGenre; reason: string } {
  const title = meta.title ?? "";
  if (/^BÁO CÁO/iu.test(title)) return { genre: "report", reason: "title" };
  if (/^NGHỊ QUYẾT/iu.test(title)) return { genre: "resolution", reason: "title" };
  if (/^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|QUYẾT ĐỊNH)/iu.test(title)) return { genre: "plan", reason: "title" };
  if (/^\s?(?:date|post)\s\d{4}-\d\d/iu.test(doc.text.slice(0, 40))) return { genre: "news", reason: "dateline" };
  return { genre: "unknown", reason: "none" };
}
