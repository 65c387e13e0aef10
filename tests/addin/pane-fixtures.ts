// Plans, unit lists and helpers shared by the pane's jsdom tests: small plan
// texts the real engine reads into five targets over three levels, and a
// revision of it (one threshold raised, one target dropped, one added).
import { act, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { t, type Lang, type MessageKey } from "../../src/i18n/messages";

// jsdom draws a table of Fluent inputs slowly, and a loaded CI machine more
// slowly still: the default one second for findBy/waitFor is too tight.
configure({ asyncUtilTimeout: 15_000 });

const HEADER = `UBND HUYỆN BẮC SƠN
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 12/KH-PGDĐT
KẾ HOẠCH
Thực hiện nhiệm vụ năm học 2024-2025
II. CHỈ TIÊU
`;

/** T001 MN 100 %, T002 TH ≥ 98,5 %, T003 TH 95 %, T004 THCS 99 %, T005 district 09 trường. */
export const PLAN_TEXT = `${HEADER}1. Giáo dục mầm non
- Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%.
2. Giáo dục tiểu học
- Tỷ lệ học sinh hoàn thành chương trình lớp học đạt 98,5% trở lên.
- Tỷ lệ học sinh học 2 buổi/ngày đạt 95%.
3. Giáo dục trung học cơ sở
- Tỷ lệ học sinh tốt nghiệp THCS đạt 99%.
- Toàn huyện có 09 trường đạt chuẩn quốc gia.
`;

/** The same plan revised: 2 buổi/ngày raised to 97 %, the THCS graduation target dropped, a nursery target added. */
export const REVISED_TEXT = `${HEADER}1. Giáo dục mầm non
- Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%.
- Tỷ lệ huy động trẻ nhà trẻ ra lớp đạt 30%.
2. Giáo dục tiểu học
- Tỷ lệ học sinh hoàn thành chương trình lớp học đạt 98,5% trở lên.
- Tỷ lệ học sinh học 2 buổi/ngày đạt 97%.
3. Giáo dục trung học cơ sở
- Toàn huyện có 09 trường đạt chuẩn quốc gia.
`;

/** Three schools as cells copied from Excel, with a header row. */
export const UNITS_TEXT = [
  "Tên trường\tCấp học\tXã\tVùng",
  "Trường MN Hoa Ban\tMN\tXã Tả Phìn\tĐBKK",
  "Trường TH Kim Đồng\tTH\tXã Phìn Hồ\t",
  "Trường THCS Lê Lợi\tTHCS\tXã Bản Lầu\t",
].join("\n");

export const vi = (key: MessageKey, params?: Record<string, string | number>): string => t(key, "vi", params);

export function button(key: MessageKey, lang: Lang = "vi", params?: Record<string, string | number>): HTMLElement {
  return screen.getByRole("button", { name: t(key, lang, params) });
}

/** Fluent buttons disabled while busy stay focusable: they say so with aria-disabled. */
export function isDisabled(element: HTMLElement): boolean {
  return element.hasAttribute("disabled") || element.getAttribute("aria-disabled") === "true";
}

export function openStep(key: MessageKey, lang: Lang = "vi"): void {
  fireEvent.click(screen.getByRole("tab", { name: t(key, lang) }));
}

/** The visible panel (steps stay mounted, hidden, once opened). */
export function panel(): HTMLElement {
  return screen.getByRole("tabpanel");
}

export async function pasteAndRead(text: string): Promise<HTMLElement> {
  fireEvent.change(within(panel()).getByRole("textbox", { name: vi("panePasteLabel") }), { target: { value: text } });
  fireEvent.click(button("paneRead"));
  // A list may already be there from an earlier plan: wait for this read to finish.
  await waitFor(() => expect(isDisabled(button("paneRead"))).toBe(false));
  return screen.findByRole("list", { name: vi("paneEditList") });
}

/** Lets pending promises (host calls, lazy chunks) settle inside act(). */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
