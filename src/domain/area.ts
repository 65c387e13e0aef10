// The area a tracking book covers and the name of its whole-area row (issue
// 12). Since 1 July 2025 local government has two tiers: a plan belongs to a
// xã/phường/đặc khu or to a tỉnh (a Sở's plan too), older ones to a huyện.
// The row keeps its code HUYEN whatever the level (see DISTRICT_UNIT_CODE):
// formulas, stored models and entries of books made before key on it, and a
// code is plumbing nobody reads, while the name is what users see and edit.

import { type MessageKey, t } from "../i18n/messages";
import type { PlanMeta } from "./plan";

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
