// The area a tracking book covers and the name of its whole-area row (issue
// 12). Since 1 July 2025 local government has two tiers: a plan belongs to a
// xã/phường/đặc khu or to a tỉnh (a Sở's plan too), older ones to a huyện.
// The row keeps its code HUYEN whatever the level (see DISTRICT_UNIT_CODE):
// formulas, stored models and entries of books made before key on it, and a
// code is plumbing nobody reads, while the name is what users see and edit.

import { type MessageKey, t } from "../i18n/messages";
import type { GovernmentLevel, PlanMeta } from "./plan";
import { DISTRICT_UNIT_CODE, type Unit } from "./tracking";

/** The whole-area row's name in books made before the area could be named. */
export const LEGACY_AREA_NAME = t("wbDistrictUnitName", "vi");

/** Longest name taken: it heads a Tổng hợp column and Phụ lục rows. */
export const AREA_NAME_MAX = 80;

/**
 * The name the plan's issuer suggests: "Toàn xã Tu Vũ", "Toàn phường Hà
 * Đông", "Toàn tỉnh Phú Thọ" (a Sở's plan too), "Toàn huyện Bắc Sơn" for an
 * older plan. With no issuer read, "Toàn địa bàn": it guesses no level, and
 * "Toàn đơn vị" would read as one more school, a "đơn vị" in this book.
 */
export function defaultAreaName(meta: Pick<PlanMeta, "government" | "area">): string {
  const area = meta.area?.trim().replace(/\s+/gu, " ") ?? "";
  if (area !== "") return t("wbAreaNamed", "vi", { area });
  const bare: Record<string, MessageKey> = { xa: "wbAreaXa", tinh: "wbAreaTinh", huyen: "wbDistrictUnitName" };
  return t(meta.government ? bare[meta.government] : "wbAreaUnknown", "vi");
}

export type AreaNameResult = { name: string } | { key: Extract<MessageKey, "areaEmpty" | "areaTooLong" | "areaLineBreak">; params: Record<string, number> };

/** A name the user typed, spaces tidied; a message key when it cannot be a row's name. */
export function readAreaName(typed: string): AreaNameResult {
  if (/[\r\n]/u.test(typed.trim())) return { key: "areaLineBreak", params: {} };
  const name = typed.normalize("NFC").replace(/\s+/gu, " ").trim();
  if (name === "") return { key: "areaEmpty", params: {} };
  if (name.length > AREA_NAME_MAX) return { key: "areaTooLong", params: { length: name.length, max: AREA_NAME_MAX } };
  return { name };
}

/**
 * The name inside a sentence: "Toàn xã Tu Vũ" → "toàn xã Tu Vũ". Only a
 * capital followed by a small letter is lowered, so "UBND …" stays.
 */
export function areaInSentence(name: string): string {
  const [first = "", second = ""] = [...name];
  if (second === "" || second !== second.toLocaleLowerCase("vi") || second === second.toLocaleUpperCase("vi")) return name;
  return first.toLocaleLowerCase("vi") + name.slice(first.length);
}

// --- Units by xã/phường ------------------------------------------------------

export interface CommuneGroup {
  /** The xã/phường as the unit list writes it, first letter capital; "Chưa ghi xã/phường" for units without one. */
  title: string;
  units: Unit[];
}

/** Spellings of one xã/phường ("xã  Tu Vũ", "Xã Tu Vũ") are one group; "" for none. */
export function communeKey(commune: string | null): string {
  return (commune ?? "").normalize("NFC").replace(/\s+/gu, " ").trim().toLocaleLowerCase("vi");
}

function communeTitle(commune: string | null): string {
  const text = (commune ?? "").normalize("NFC").replace(/\s+/gu, " ").trim();
  return text === "" ? t("appendixGroupNoCommune", "vi") : text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/**
 * The schools of a province's book grouped by their xã/phường, in the unit
 * list's order, units without one last; the whole-area unit is in none.
 * Null when the book does not group: not a tỉnh's plan (a xã's own book has
 * one xã; in a huyện's older book the Xã column was a note and results went
 * by level; an unknown level is not guessed), or units of one xã/phường.
 * Tổng hợp's subtotals and Phụ lục II's groups both follow this.
 */
export function communeGroups(units: readonly Unit[], government: GovernmentLevel | null | undefined): CommuneGroup[] | null {
  if (government !== "tinh") return null;
  const groups = new Map<string, CommuneGroup>();
  for (const unit of units) {
    if (unit.code === DISTRICT_UNIT_CODE) continue;
    const key = communeKey(unit.commune);
    const group = groups.get(key);
    if (group) group.units.push(unit);
    else groups.set(key, { title: communeTitle(unit.commune), units: [unit] });
  }
  if (groups.size <= 1) return null;
  const none = groups.get("");
  groups.delete("");
  return none ? [...groups.values(), none] : [...groups.values()];
}
