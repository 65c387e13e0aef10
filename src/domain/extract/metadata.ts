// The plan's identity from its header block: who issued it, its number and
// date, its title and the school year or period it covers. Administrative
// documents (Nghị định 30/2020/NĐ-CP) put these in the first lines.

import type { PlanMeta } from "../plan";
import type { NormalizedDocument } from "./normalize";
import { findPeriod } from "./periods";

const HEADER_LINES = 40;
const ISSUER = /^(?:\*+)?\s*((?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|PHÒNG GIÁO DỤC|SỞ GIÁO DỤC|TRƯỜNG|HỘI ĐỒNG NHÂN DÂN)[^*]{0,80})/u;
const ISSUER_IN_TEXT = /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Phòng Giáo dục và Đào tạo|Phòng GD&ĐT|Phòng GDĐT)\s+(?:huyện|thị xã|thành phố|quận)?\s*([\p{Lu}][\p{L}]*(?:\s[\p{Lu}][\p{L}]*){0,3})/u;
const NUMBER = /(?:^|\s)Số\s?:?\s*(\d*\s?\/\s?[\p{Lu}Đ][\p{L}\d&\-–\s]{1,20}?)(?=\s{2,}|\s[\p{Lu}][\p{Ll}]|$|,)/u;
const DATE = /(?:ngày\s+(\d{1,2})\s+)?(?:ngày\s+)?tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const TITLE_HEAD = /^(?:\*+)?\s*(KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|BÁO CÁO)\s*(?:\*+)?\s*$/u;

function clean(s: string): string {
  return s.replace(/\*+/g, "").replace(/\s+/g, " ").trim();
}

export function readMetadata(doc: NormalizedDocument): PlanMeta {
  const header = doc.lines.slice(0, HEADER_LINES).map((l) => l.text);
  let issuer: string | null = null;
  let number: string | null = null;
  let date: string | null = null;
  let title: string | null = null;

  for (let i = 0; i < header.length; i++) {
    const line = header[i];
    if (!issuer) {
      const m = ISSUER.exec(line);
      if (m && m[1] === m[1].toUpperCase()) issuer = clean(m[1]);
    }
    if (!number) {
      const m = NUMBER.exec(line);
      if (m) number = clean(m[1]).replace(/\s*([/–-])\s*/g, "$1");
    }
    if (!date) {
      const m = DATE.exec(line);
      if (m) {
        const day = m[1] ? m[1].padStart(2, "0") : null;
        const month = m[2].padStart(2, "0");
        date = day ? `${m[3]}-${month}-${day}` : `${m[3]}-${month}`;
      }
    }
    if (!title) {
      const head = TITLE_HEAD.exec(line);
      if (head) {
        // The title is the heading word and the lines after it, up to the
        // first paragraph ("Căn cứ…", "Thực hiện…").
        const parts = [head[1]];
        for (let j = i + 1; j < Math.min(header.length, i + 5); j++) {
          const next = clean(header[j]);
          // Title lines are short and cite no other document ("số 52/KH-UBND").
          if (/^(?:Căn cứ|Theo|Nhằm|Để|I\.|1\.)/u.test(next) || /số\s?\d+\s?\//u.test(next) || next.length > 160) break;
          parts.push(next);
        }
        title = clean(parts.join(" "));
      } else if (/^(?:\*+)?\s*(KẾ HOẠCH|Kế hoạch)\s+\S/u.test(line) && i < 20) {
        title = clean(line);
      }
    }
  }
  if (!issuer) {
    const m = ISSUER_IN_TEXT.exec(doc.text.slice(0, 3000));
    if (m) issuer = clean(m[0]);
  }
  const period = (title && findPeriod(title)) || findPeriod(doc.text.slice(0, 2000));
  return { issuer, number, date, title, period };
}
