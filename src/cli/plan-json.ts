// The --json view. Fields are listed one by one, in the order of the gold
// files, so the output is a stable contract whatever else the engine adds.

import type { Plan, PlanMeta, Target } from "../domain/plan";

export interface PlanJson {
  plan: PlanMeta;
  targets: TargetJson[];
}

export type TargetJson = Pick<
  Target,
  | "id" | "kind" | "section" | "sectionTitle" | "level" | "scope" | "indicator" | "op" | "value"
  | "value_max" | "denominator" | "unit" | "period" | "quote" | "offset" | "confidence"
>;

export function planToJson(plan: Plan): PlanJson {
  const { issuer, number, date, title, period } = plan.meta;
  return { plan: { issuer, number, date, title, period }, targets: plan.targets.map(targetToJson) };
}

function targetToJson(target: Target): TargetJson {
  return {
    id: target.id,
    kind: target.kind,
    section: target.section,
    sectionTitle: target.sectionTitle,
    level: target.level,
    scope: target.scope,
    indicator: target.indicator,
    op: target.op,
    value: target.value,
    value_max: target.value_max,
    denominator: target.denominator,
    unit: target.unit,
    period: target.period,
    quote: target.quote,
    offset: target.offset,
    confidence: target.confidence,
  };
}
