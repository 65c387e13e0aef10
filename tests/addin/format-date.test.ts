// The issue date of a plan as the pane shows it: ISO dates from the metadata
// reader ("2024-09-05", or only the month "2024-02") the Vietnamese way or
// the English way; anything that is not a calendar date is left as written.
import { formatIssueDate } from "../../src/i18n/format";

test("a full date reads ngày dd/mm/yyyy in Vietnamese and d Mon yyyy in English", () => {
  expect(formatIssueDate("2024-09-05", "vi")).toBe("ngày 05/09/2024");
  expect(formatIssueDate("2024-09-05", "en")).toBe("5 Sep 2024");
  expect(formatIssueDate("2022-12-31", "vi")).toBe("ngày 31/12/2022");
  expect(formatIssueDate("2022-12-31", "en")).toBe("31 Dec 2022");
  expect(formatIssueDate("2024-02-29")).toBe("ngày 29/02/2024"); // Vietnamese by default; a leap day
});

test("a month alone reads tháng mm/yyyy in Vietnamese and Mon yyyy in English", () => {
  expect(formatIssueDate("2024-02", "vi")).toBe("tháng 02/2024");
  expect(formatIssueDate("2024-02", "en")).toBe("Feb 2024");
  expect(formatIssueDate("2024-1", "vi")).toBe("tháng 01/2024");
  expect(formatIssueDate("2024-1", "en")).toBe("Jan 2024");
});

test("anything that is not a calendar date is shown as written", () => {
  for (const text of ["2024-13-01", "2024-02-30", "2023-02-29", "2024-00", "05/09/2024", "2024", "", "ngày 5 tháng 9"]) {
    expect(formatIssueDate(text, "vi")).toBe(text);
    expect(formatIssueDate(text, "en")).toBe(text);
  }
});
