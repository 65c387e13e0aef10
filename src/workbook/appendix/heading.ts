// The heading block of an appendix as Nghị định 30/2020/NĐ-CP lays it out:
// the governing body (cơ quan chủ quản, "UBND TỈNH PHÚ THỌ") above the
// issuing body ("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), or the issuing body alone ("UBND
// XÃ TU VŨ"), "Phụ lục I", the title in capitals and the italic
// "(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm … của …)" line, filled
// from the plan's metadata where known and left as dots where not.

import type { Level, PlanMeta } from "../../domain/plan";
import { LEVEL_KEYS } from "../../i18n/format";
import { type MessageKey, t } from "../../i18n/messages";
import type { AppendixHeadingText, AppendixKind } from "./options";
import { periodYears } from "./options";

const vi = (key: MessageKey, params: Record<string, string | number> = {}): string => t(key, "vi", params);

export interface AppendixHeading {
  /**
   * Top left, upper case: the governing body's line(s), then the issuing
   * body's on the last line ("UBND TỈNH PHÚ THỌ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO").
   * One cell in the sheet, so a user edits the block as one text.
   */
  issuer: string;
  /** "Phụ lục I". */
  label: string;
  /** Upper case. */
  title: string;
  /** "(Kèm theo … )". */
  attachedTo: string;
}

/** 1 → "I", 14 → "XIV". */
export function romanNumeral(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = Math.floor(n);
  let text = "";
  for (const [value, letters] of table) {
    while (rest >= value) {
      text += letters;
      rest -= value;
    }
  }
  return text;
}

const upper = (text: string): string => text.toLocaleUpperCase("vi");

/**
 * " năm học 2022-2023" for two consecutive years, " năm 2024" for one,
 * " giai đoạn 2021-2025" for longer; "" when there is no period. Text that
 * names no year is used as written.
 */
export function periodPhrase(period: string | null): string {
  if (period === null || period.trim() === "") return "";
  const years = periodYears(period);
  if (years === null) return ` ${period.trim()}`;
  const [from, to] = years;
  if (from === to) return vi("appendixPeriodYear", { period: String(from) });
  const span = `${from}-${to}`;
  return vi(to - from === 1 ? "appendixPeriodSchoolYear" : "appendixPeriodRange", { period: span });
}

/** Default titles: "CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN NĂM HỌC 2022-2023". */
export function defaultTitle(kind: AppendixKind, period: string | null, level: Level | null): string {
  const phrase = periodPhrase(period);
  if (kind === "I") return upper(vi("appendixTitleFirst", { period: phrase }));
  if (level === null || level === "chung") return upper(vi("appendixTitleSecond", { period: phrase }));
  return upper(vi("appendixTitleSecondLevel", { level: vi(LEVEL_KEYS[level]), period: phrase }));
}

const DOTS = (): string => vi("appendixDots");

/**
 * The issuer block as the heading shows it, upper case, dots when the issuer
 * is unknown. Under a governing body that names the place ("UBND TỈNH PHÚ
 * THỌ") the issuing body drops the same place ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH
 * PHÚ THỌ" → "SỞ GIÁO DỤC VÀ ĐÀO TẠO"), as the plan's own header writes it.
 */
export function issuerLine(meta: PlanMeta): string {
  const tidy = (text: string | null | undefined): string => upper((text ?? "").trim().replace(/\s+/g, " "));
  const issuer = tidy(meta.issuer);
  if (issuer === "") return DOTS();
  const governing = tidy(meta.governingBody);
  if (governing === "" || governing === issuer) return issuer;
  const place = tidy(meta.area);
  const ownLine = place !== "" && governing.endsWith(` ${place}`) && issuer.endsWith(` ${place}`) ? issuer.slice(0, -place.length - 1) : issuer;
  return `${governing}\n${ownLine}`;
}

/**
 * The issuer block split as the decree prints it: every line but the last is
 * the governing body (regular), the last the issuing body (bold).
 */
export function issuerBlock(text: string): { governing: string[]; issuing: string } {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  return { governing: lines.slice(0, -1), issuing: lines[lines.length - 1] ?? "" };
}

/** Abbreviations that stay in capitals inside a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(["UBND", "HĐND", "GD&ĐT", "GDĐT", "PGD&ĐT", "PGDĐT", "THCS", "THPT", "GDTX", "GDNN-GDTX"]);

/** Words after which a place name starts: "huyện Phong Thổ". */
const PLACE_WORDS = /(^|\s)(huyện|tỉnh|thành phố|thị xã|quận|xã|phường|thị trấn)\s+(.+)$/u;

/**
 * The issuer as a sentence names it ("của Ủy ban nhân dân huyện Phong
 * Thổ"): an all-capitals issuer is lowered, then its first letter and the
 * place name after huyện/tỉnh/… capitalised; abbreviations (UBND) stay.
 */
export function issuerInSentence(issuer: string): string {
  const text = issuer.trim().replace(/\s+/g, " ");
  if (text !== upper(text)) return text;
  const words = text.split(" ").map((word) => (ABBREVIATIONS.has(word) ? word : word.toLocaleLowerCase("vi")));
  let sentence = words.join(" ");
  sentence = sentence.replace(PLACE_WORDS, (_whole, space: string, place: string, name: string) => {
    const titled = name
      .split(" ")
      .map((word) => word.charAt(0).toLocaleUpperCase("vi") + word.slice(1))
      .join(" ");
    return `${space}${place} ${titled}`;
  });
  return sentence.charAt(0).toLocaleUpperCase("vi") + sentence.slice(1);
}

/** Which kind of document the appendix goes with, from its number ("…/QĐ-UBND") or title. */
function documentKind(meta: PlanMeta): MessageKey {
  const code = /\/\s*([A-ZĐ]+)/u.exec(meta.number ?? "")?.[1];
  if (code === "KH") return "appendixDocumentPlan";
  if (code === "QĐ" || code === "QD") return "appendixDocumentDecision";
  if (code !== undefined) return "appendixDocumentOther";
  const title = upper(meta.title ?? "");
  if (title.startsWith("QUYẾT ĐỊNH")) return "appendixDocumentDecision";
  return "appendixDocumentPlan";
}

/** "123/KH-UBND"; "…/KH-UBND" when only the code is known; dots when nothing is. */
function documentNumber(meta: PlanMeta): string {
  const number = (meta.number ?? "").trim();
  if (number === "") return DOTS();
  return number.startsWith("/") ? `${DOTS()}${number}` : number;
}

/**
 * Day, month and year of an ISO date ("2023-09-08", "2024-02"), written as
 * the decree asks: days below 10 and months 1–2 with a leading zero.
 */
function dateParts(date: string | null): { day: string; month: string; year: string } {
  const match = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec((date ?? "").trim());
  const dots = vi("appendixDateDots");
  if (!match) return { day: dots, month: dots, year: dots };
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  return {
    day: day === null ? dots : day < 10 ? `0${day}` : String(day),
    month: month === null ? dots : month <= 2 ? `0${month}` : String(month),
    year: match[1],
  };
}

export function attachedToLine(meta: PlanMeta): string {
  const { day, month, year } = dateParts(meta.date);
  return vi("appendixAttachedTo", {
    document: vi(documentKind(meta)),
    number: documentNumber(meta),
    day,
    month,
    year,
    issuer: meta.issuer && meta.issuer.trim() !== "" ? issuerInSentence(meta.issuer) : DOTS(),
  });
}

export function defaultHeading(kind: AppendixKind, meta: PlanMeta, period: string | null, level: Level | null): AppendixHeading {
  return {
    issuer: issuerLine(meta),
    label: vi(kind === "I" ? "appendixSheetFirst" : "appendixSheetSecond"),
    title: defaultTitle(kind, period, level),
    attachedTo: attachedToLine(meta),
  };
}

/** The defaults with whatever a user typed over them. */
export function headingWith(defaults: AppendixHeading, typed: AppendixHeadingText | undefined): AppendixHeading {
  return {
    issuer: typed?.issuer ?? defaults.issuer,
    label: defaults.label,
    title: typed?.title ?? defaults.title,
    attachedTo: typed?.attachedTo ?? defaults.attachedTo,
  };
}
