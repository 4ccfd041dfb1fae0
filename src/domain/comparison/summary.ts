/**
 * The short summary. It is written from the finished comparison, never from the inputs, and every
 * number in it is registered as a figure with the path of the field it renders, at the moment it
 * is written: the text cannot quote a number the response does not hold.
 */
import { FALLBACK_WHY } from '../cost/quote.ts';
import type { QuantityUnit } from '../cost/types.ts';
import type { Comparison, CostRow, Summary, SummaryFigure, VerdictKind } from './types.ts';

type Body = Omit<Comparison, 'summary'>;

const VERDICT_LABELS: Record<VerdictKind, string> = {
  QUALITY: 'quality',
  COST: 'cost',
  VALUE: 'value',
  LONG_CONTEXT: 'long context',
  RECENCY: 'recency',
};

const listNames = (names: readonly string[]): string => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

const UNIT_WORDS: Record<QuantityUnit, string> = { TOKEN: 'token', IMAGE: 'image', REQUEST: 'request', WEB_SEARCH: 'web search' };

function whyNotCompared(row: CostRow): string {
  const reason = row.notComparable!;
  switch (reason.cause) {
    case 'NO_OFFERING':
      return 'no priced offering';
    case 'PRICE_UNKNOWN':
      return 'price unknown';
    case 'DIFFERENT_PRICING_UNITS':
      if (reason.pricingUnits.length === 0) return 'nothing in this usage is billed, unlike the others';
      return `billed per ${reason.pricingUnits.map((unit) => UNIT_WORDS[unit]).join(' and ')}, like no other model here`;
  }
}

/** The row that saves the most: the cheapest of its unit group against that group's baseline. */
function largestSavings(rows: readonly CostRow[]): number | null {
  let best: number | null = null;
  rows.forEach((row, index) => {
    if (row.cheaperThanBaseline && (best === null || row.savings!.monthly.microUsd > rows[best]!.savings!.monthly.microUsd)) best = index;
  });
  return best;
}

class SummaryWriter {
  readonly figures: SummaryFigure[] = [];

  constructor(private readonly body: Body) {}

  /** A loop over the 2 to 5 models: cheaper than building a map, or a closure per lookup, for every summary. */
  private name(modelId: string): string {
    for (const model of this.body.models) if (model.modelId === modelId) return model.name;
    return modelId;
  }

  private figure(path: string, value: number | string, text: string): string {
    this.figures.push({ path, value, text });
    return text;
  }

  /** A 0-100 score, points or percent, always with one decimal as the rounding rule shows it ("71.0"). */
  private score(path: string, value: number): string {
    return this.figure(path, value, value.toFixed(1));
  }

  private count(path: string, value: number): string {
    return this.figure(path, value, String(value));
  }

  /** Money is quoted as the cost engine formatted it. */
  private money(path: string, formatted: string): string {
    return this.figure(path, formatted, formatted);
  }

  private overallScores(): string {
    return this.body.overall.cells.map((cell, index) => `${this.name(cell.modelId)} ${this.score(`overall.cells[${index}].value`, cell.value!)}`).join(', ');
  }

  overall(): string {
    const { overall } = this.body;
    switch (overall.outcome) {
      case 'WINNER':
        return `${this.name(overall.winnerModelId!)} has the highest overall score (${this.overallScores()}), ahead by ${this.score('overall.advantage', overall.advantage!)} points.`;
      case 'TIE':
        return `The overall scores are tied (${this.overallScores()}).`;
      case 'STATISTICAL_TIE':
        return `The overall scores (${this.overallScores()}) are a statistical tie: their confidence intervals overlap, so the evidence cannot order the models.`;
      case 'MISSING_DATA': {
        const missing = overall.cells.filter((cell) => cell.value === null).map((cell) => this.name(cell.modelId));
        return `No overall winner: ${listNames(missing)} ${missing.length === 1 ? 'has' : 'have'} no overall score.`;
      }
      default:
        return 'The overall scores are not comparable: the models are in different peer groups.';
    }
  }

  tally(): string {
    const { tally } = this.body;
    if ((tally[0]?.comparable ?? 0) === 0) return 'No signal is comparable across these models.';
    const parts = tally.map(
      (entry, index) =>
        `${this.name(entry.modelId)} ${this.count(`tally[${index}].wins`, entry.wins)} of ${this.count(`tally[${index}].comparable`, entry.comparable)}`,
    );
    return `Signal wins (of the comparable ones): ${parts.join(', ')}.`;
  }

  cost(): string {
    const { rows } = this.body.costs;
    // One pass, no filter/flatMap: each row is either priced (its monthly cost quoted) or not compared (and why).
    const priced: string[] = [];
    const notCompared: string[] = [];
    rows.forEach((row, index) => {
      if (row.notComparable !== null) notCompared.push(`${this.name(row.modelId)} (${whyNotCompared(row)})`);
      else
        priced.push(
          `${this.name(row.modelId)} ${this.money(`costs.rows[${index}].estimate.monthly.formatted`, row.estimate!.monthly!.formatted)}${this.fallback(row, index)}`,
        );
    });
    const notComparedText = notCompared.length === 0 ? '' : `Cost is not compared for ${listNames(notCompared)}.`;
    if (priced.length === 0) return notComparedText;
    const sentences = [`Monthly cost at this usage: ${priced.join(', ')}.`];
    const best = largestSavings(rows);
    if (best !== null) sentences.push(this.savings(rows[best]!, best));
    if (notComparedText) sentences.push(notComparedText);
    return sentences.join(' ');
  }

  /** A cost priced at another offering than the canonical one says so, and at which provider. */
  private fallback(row: CostRow, index: number): string {
    const fallback = row.estimate!.fallback;
    if (fallback === null) return '';
    const provider = this.figure(`costs.rows[${index}].estimate.fallback.providerId`, fallback.providerId, fallback.providerId);
    return ` (at ${provider}, its cheapest pay-per-use offering: ${FALLBACK_WHY[fallback.reason]})`;
  }

  private savings(row: CostRow, index: number): string {
    const savings = row.savings!;
    const path = `costs.rows[${index}].savings`;
    const percent = savings.percent === null ? '' : `, ${this.score(`${path}.percent`, savings.percent)}%`;
    return (
      `${this.name(row.modelId)} saves ${this.money(`${path}.monthly.formatted`, savings.monthly.formatted)} a month` +
      ` (${this.money(`${path}.yearly.formatted`, savings.yearly.formatted)} a year${percent}) against ${this.name(row.baselineModelId!)}.`
    );
  }

  verdicts(): string {
    const won = this.body.verdicts
      .filter((verdict) => verdict.winnerModelId !== null)
      .map((verdict) => `${VERDICT_LABELS[verdict.kind]}: ${this.name(verdict.winnerModelId!)}`);
    return won.length === 0 ? 'No "best for" verdict: the data does not separate the models.' : `Best for ${won.join('; ')}.`;
  }
}

export function summarize(body: Body): Summary {
  const writer = new SummaryWriter(body);
  const text = [writer.overall(), writer.tally(), writer.cost(), writer.verdicts()].filter((sentence) => sentence.length > 0).join(' ');
  return { text, figures: writer.figures };
}
