/**
 * The short summary. It is written from the finished comparison, never from the inputs, and every
 * number in it is registered as a figure with the path of the field it renders: the text cannot
 * quote a number the response does not hold.
 */
import type { Comparison, CostRow, Summary, SummaryFigure, VerdictKind } from './types.ts';

type Body = Omit<Comparison, 'summary'>;

const VERDICT_LABELS: Record<VerdictKind, string> = {
  QUALITY: 'quality',
  COST: 'cost',
  VALUE: 'value',
  LONG_CONTEXT: 'long context',
  RECENCY: 'recency',
};

/** Collects figures while the sentences are written; each helper returns the text it registers. */
class Figures {
  readonly list: SummaryFigure[] = [];

  private add(path: string, value: number | string, text: string): string {
    this.list.push({ path, value, text });
    return text;
  }

  /** A 0-100 score or points, always with one decimal as the rounding rule shows it ("71.0"). */
  score(path: string, value: number): string {
    return this.add(path, value, value.toFixed(1));
  }

  count(path: string, value: number): string {
    return this.add(path, value, String(value));
  }

  /** The already formatted money string, quoted as it is. */
  money(path: string, formatted: string): string {
    return this.add(path, formatted, formatted);
  }
}

const listNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

function overallSentence(body: Body, figures: Figures, nameOf: (id: string) => string): string {
  const { overall } = body;
  const shown = overall.cells.flatMap((cell, index) =>
    cell.value === null ? [] : [`${nameOf(cell.modelId)} ${figures.score(`overall.cells[${index}].value`, cell.value)}`],
  );
  switch (overall.outcome) {
    case 'WINNER':
      return `${nameOf(overall.winnerModelId!)} has the highest overall score (${shown.join(', ')}), ahead by ${figures.score('overall.advantage', overall.advantage!)} points.`;
    case 'TIE':
      return `The overall scores are tied (${shown.join(', ')}).`;
    case 'STATISTICAL_TIE':
      return `The overall scores (${shown.join(', ')}) are a statistical tie: the shared arena results' confidence intervals overlap.`;
    case 'MISSING_DATA': {
      const missing = overall.cells.filter((cell) => cell.value === null).map((cell) => nameOf(cell.modelId));
      return `No overall winner: ${listNames(missing)} ${missing.length === 1 ? 'has' : 'have'} no overall score.`;
    }
    default:
      return 'The overall scores are not comparable: the models are in different peer groups.';
  }
}

function tallySentence(body: Body, figures: Figures, nameOf: (id: string) => string): string {
  const comparable = body.tally[0]?.comparable ?? 0;
  if (comparable === 0) return 'No signal is comparable across these models.';
  const parts = body.tally.map(
    (entry, index) =>
      `${nameOf(entry.modelId)} ${figures.count(`tally[${index}].wins`, entry.wins)} of ${figures.count(`tally[${index}].comparable`, entry.comparable)}`,
  );
  return `Signal wins (of the comparable ones): ${parts.join(', ')}.`;
}

function whyNotCompared(row: CostRow): string {
  const reason = row.notComparable!;
  switch (reason.cause) {
    case 'NO_OFFERING':
      return 'no priced offering';
    case 'PRICE_UNKNOWN':
      return 'price unknown';
    case 'DIFFERENT_PRICING_UNITS':
      return `billed per ${reason.pricingUnits.map((unit) => unit.toLowerCase()).join(' and ')}, like no other model here`;
  }
}

function costSentence(body: Body, figures: Figures, nameOf: (id: string) => string): string {
  const rows = body.costs.rows;
  const monthlyText = (row: CostRow, index: number): string =>
    `${nameOf(row.modelId)} ${figures.money(`costs.rows[${index}].estimate.monthly.formatted`, row.estimate!.monthly!.formatted)}`;
  const priced = rows.flatMap((row, index) => (row.notComparable === null ? [monthlyText(row, index)] : []));
  const notComparable = rows.filter((row) => row.notComparable !== null);
  const unpricedText =
    notComparable.length === 0 ? '' : ` Cost is not compared for ${listNames(notComparable.map((row) => `${nameOf(row.modelId)} (${whyNotCompared(row)})`))}.`;
  // The row with the largest savings is the cheapest of its unit group; it speaks for the group.
  const best = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.cheaperThanBaseline)
    .sort((a, b) => (a.row.savings!.monthly.microUsd > b.row.savings!.monthly.microUsd ? -1 : 1))[0];
  if (priced.length === 0) return unpricedText.trim();
  const monthly = `Monthly cost at this usage: ${priced.join(', ')}.`;
  if (!best) return `${monthly}${unpricedText}`;
  const { row, index } = best;
  const savings = row.savings!;
  const percent = savings.percent === null ? '' : `, ${figures.score(`costs.rows[${index}].savings.percent`, savings.percent)}%`;
  return (
    `${monthly} ${nameOf(row.modelId)} saves ${figures.money(`costs.rows[${index}].savings.monthly.formatted`, savings.monthly.formatted)} a month` +
    ` (${figures.money(`costs.rows[${index}].savings.yearly.formatted`, savings.yearly.formatted)} a year${percent}) against ${nameOf(row.baselineModelId!)}.${unpricedText}`
  );
}

function verdictSentence(body: Body, nameOf: (id: string) => string): string {
  const won = body.verdicts.filter((v) => v.winnerModelId !== null).map((v) => `${VERDICT_LABELS[v.kind]}: ${nameOf(v.winnerModelId!)}`);
  return won.length === 0 ? 'No "best for" verdict: the data does not separate the models.' : `Best for ${won.join('; ')}.`;
}

export function summarize(body: Body): Summary {
  const figures = new Figures();
  const names = new Map(body.models.map((model) => [model.modelId, model.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const text = [
    overallSentence(body, figures, nameOf),
    tallySentence(body, figures, nameOf),
    costSentence(body, figures, nameOf),
    verdictSentence(body, nameOf),
  ]
    .filter((sentence) => sentence.length > 0)
    .join(' ');
  return { text, figures: figures.list };
}
