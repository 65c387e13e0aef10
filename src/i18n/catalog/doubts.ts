// Why the engine is unsure of a target (src/domain/plan.ts `Doubt`), shown
// beside "Cần kiểm tra" so the planner knows what to look at.
import type { Message } from "../message";

export const doubtMessages = {
  doubtKindByDefault: {
    vi: "không có từ nào cho biết đây là chỉ tiêu hay kết quả; đoán theo loại văn bản",
    en: "no words say whether this is a target or a result; guessed from the kind of document",
  },
  doubtKindFromFar: {
    vi: "câu này không nói là chỉ tiêu; lấy theo đoạn văn trước",
    en: "this sentence does not say it is a target; taken from an earlier paragraph",
  },
  doubtTargetInReport: {
    vi: "chỉ tiêu trong một văn bản chủ yếu báo cáo kết quả",
    en: "a target inside a document that mostly reports results",
  },
  doubtNoComparator: {
    vi: "không có từ so sánh (đạt, trên, dưới, tối thiểu…); dùng mặc định",
    en: "no comparator word (đạt, trên, dưới, tối thiểu…); the default is used",
  },
  doubtChangeWithoutBaseline: {
    vi: "mức tăng/giảm cần số liệu đầu kỳ để đánh giá",
    en: "a change needs a start value to be assessed",
  },
  doubtBareNumber: {
    vi: "con số không có đơn vị hay dấu %",
    en: "the number has no unit or percent sign",
  },
  doubtUnitInherited: {
    vi: "đơn vị tính lấy theo con số đứng trước",
    en: "the unit was taken from the figure before it",
  },
  doubtLevelFromContext: {
    vi: "cấp học lấy theo tiêu đề mục, không có trong câu",
    en: "the level comes from the heading, not from the sentence",
  },
  doubtNameFromFar: {
    vi: "tên chỉ tiêu lấy từ cụm từ ở xa con số",
    en: "the name comes from words far from the figure",
  },
  doubtCrowdedClause: {
    vi: "nhiều con số trong một vế câu; chưa rõ số nào nói về gì",
    en: "several figures in one clause; which is about what is unclear",
  },
  doubtAttainmentLevel: {
    vi: "“mức độ” thường là tên gọi, có thể không phải chỉ tiêu",
    en: "“mức độ” is often a name, perhaps not a target",
  },
  doubtOffTopicWords: {
    vi: "câu có nói tới lĩnh vực khác ngoài giáo dục (ngân sách, thu nhập…)",
    en: "the sentence also talks about something outside education (budget, income…)",
  },
  flagLowConfidenceWhy: { vi: "Cần kiểm tra: {reasons}", en: "Check: {reasons}" },
} satisfies Record<string, Message>;
