// The message catalog, Vietnamese (the source text; ../en/doubts.ts says each in English).
// Why the engine is unsure of a target (src/domain/plan.ts `Doubt`), shown
// beside "Cần kiểm tra" so the planner knows what to look at.
// `{name}` placeholders are filled by `t` (../messages.ts).

export const doubtVi = {
  doubtKindByDefault: "không có từ nào cho biết đây là chỉ tiêu hay kết quả; đoán theo loại văn bản",
  doubtKindFromFar: "câu này không nói là chỉ tiêu; lấy theo đoạn văn trước",
  doubtTargetInReport: "chỉ tiêu trong một văn bản chủ yếu báo cáo kết quả",
  doubtNoComparator: "không có từ so sánh (đạt, trên, dưới, tối thiểu…); dùng mặc định",
  doubtChangeWithoutBaseline: "mức tăng/giảm cần số liệu đầu kỳ để đánh giá",
  doubtBareNumber: "con số không có đơn vị hay dấu %",
  doubtUnitInherited: "đơn vị tính lấy theo con số đứng trước",
  doubtLevelFromContext: "cấp học lấy theo tiêu đề mục, không có trong câu",
  doubtNameFromFar: "tên chỉ tiêu lấy từ cụm từ ở xa con số",
  doubtCrowdedClause: "nhiều con số trong một vế câu; chưa rõ số nào nói về gì",
  doubtAttainmentLevel: "“mức độ” thường là tên gọi, có thể không phải chỉ tiêu",
  doubtOffTopicWords: "câu có nói tới lĩnh vực khác ngoài giáo dục (ngân sách, thu nhập…)",
  flagLowConfidenceWhy: "Cần kiểm tra: {reasons}",
} as const satisfies Record<string, string>;
