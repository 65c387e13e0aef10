import { decodeEntities, htmlToText } from "../../src/readers/html-text";

describe("mammoth HTML to text", () => {
  test("paragraphs, headings, list items and cells become separate lines; inline tags vanish", () => {
    const html =
      "<h1>I. MỤC TIÊU</h1><p>Tỷ lệ <strong>đạt</strong> <em>99,5%</em></p>" +
      "<ul><li>Mầm non</li><li>Tiểu học</li></ul>" +
      "<table><tr><td><p>A</p></td><td></td><td><p>B1</p><p>B2</p></td></tr></table><p>Hết</p>";
    expect(htmlToText(html)).toBe("I. MỤC TIÊU\nTỷ lệ đạt 99,5%\nMầm non\nTiểu học\nA\nB1\nB2\nHết");
  });

  test("cells stay apart even without paragraphs inside them", () => {
    expect(htmlToText("<table><tr><th>Chỉ tiêu</th><td>98,5%</td></tr></table>")).toBe("Chỉ tiêu\n98,5%");
  });

  test("<br> breaks the line instead of gluing words", () => {
    expect(htmlToText("<p>đạt 97%<br />duy trì 99%</p>")).toBe("đạt 97%\nduy trì 99%");
  });

  test("entities are decoded once", () => {
    expect(htmlToText("<p>A &amp; B &lt;5&gt; &amp;lt; &#273;&#x1EA1;t &quot;x&quot;</p>")).toBe('A & B <5> &lt; đạt "x"');
    expect(decodeEntities("&unknown; &#0; &#xD800;")).toBe("&unknown; &#0; &#xD800;");
  });

  test("footnote reference markers and back-links are dropped, footnote text kept", () => {
    const html =
      '<p>đạt 95%<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> trở lên</p>' +
      '<ol><li id="footnote-1"><p>Theo Kế hoạch 12. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToText(html)).toBe("đạt 95% trở lên\nTheo Kế hoạch 12.");
  });

  test("ordinary links keep their text; images leave nothing", () => {
    expect(htmlToText('<p>Xem <a href="http://x.vn">trang</a> <img src="" /> này</p>')).toBe("Xem trang  này");
  });

  test("tabs inside a paragraph are kept, trailing spaces trimmed, blank paragraphs dropped", () => {
    expect(htmlToText("<p>a\tb   </p><p>   </p><p>c</p>")).toBe("a\tb\nc");
  });
});
