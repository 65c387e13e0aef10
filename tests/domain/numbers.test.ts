import fc from "fast-check";
import { parseVietnameseNumber } from "../../src/domain/extract/numbers";
import { formatNumber } from "../../src/i18n/format";

describe("parseVietnameseNumber", () => {
  it.each([
    ["78,5", 78.5],
    ["1.132", 1132],
    ["15.314", 15314],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
    ["09", 9],
    ["0,04", 0.04],
    ["100", 100],
    ["2.46", 2.46],
    ["99,35", 99.35],
  ])("reads %s as %d", (token, value) => {
    expect(parseVietnameseNumber(token)).toBe(value);
  });

  it.each(["", "abc", "1..2", "1,2,3.4", "-5", "12a"])("rejects %p", (token) => {
    expect(parseVietnameseNumber(token)).toBeNull();
  });

  it("reads back what the Vietnamese formatter writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + cents / 100;
        // "1.234" would read as thousands, so only values the formatter
        // writes with a comma decimal or as whole groups round-trip.
        expect(parseVietnameseNumber(formatNumber(value, "vi"))).toBeCloseTo(value, 6);
      }),
    );
  });
});
