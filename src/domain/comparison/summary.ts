/**
 * The short summary. It is written from the finished comparison, never from the inputs, and every
 * number in it is registered as a figure with the path of the field it renders, at the moment it
 * is written: the text cannot quote a number the response does not hold.
 *
 * It states no more than the data supports: every sentence about quality carries the confidence
 * of the scores it quotes, or says that they are statistically tied; a model's status (preview,
 * retired, not offered) is said first; a model left out of a decision is named with the reason;
 * and a cost that is not compared says why in the words the data gives.
 */
import { FALLBACK_WHY } from '../cost/quote.ts';
import type { QuantityUnit } from '../cost/types.ts';
import type { ModelStatusNote } from '../model-status.ts';
import type { Confidence } from '../scoring/types.ts';
import { costUnknownReason } from './costs.ts';
import type { Comparison, CostRow, LeftOutModel, ScoreCell, Summary, SummaryFigure, VerdictKind } from './types.ts';

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

const CONFIDENCE_ORDER: Record<Confidence, number> = { HIGH: 2, MEDIUM: 1, LOW: 0 };

/** The row that saves the most: the cheapest of its unit group against that group's baseline. */
function largestSavings(rows: readonly CostRow[]): number | null {
  let best: number | null = null;
  rows.forEach((row, index) => {
    if (row.cheaperThanBaseline && (best === null || row.savings!.monthly.microUsd > rows[best]!.savings!.monthly.microUsd)) best = index;
  });
  return best;
}

const unitsWords = (units: readonly QuantityUnit[]): string => units.map((unit) => UNIT_WORDS[unit]).join(' and ');

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

  /** "X, Y and Z are previews; W is retired by its lab (since 2026-05-31)": status first, so nothing below reads as if they were current. */
  status(): string {
    const parts: string[] = [];
    this.body.models.forEach((model, index) => {
      if (model.status.length === 0) return;
      const has = (note: ModelStatusNote) => model.status.includes(note);
      const what: string[] = [];
      if (has('PREVIEW')) what.push(has('RETIRED') ? 'a retired preview' : 'a preview');
      else if (has('RETIRED')) what.push('retired');
      if (has('RETIRED') && model.retiredOn)
        what.push(`its lab has not listed it since ${this.figure(`models[${index}].retiredOn`, model.retiredOn, model.retiredOn)}`);
      if (has('NOT_OFFERED')) what.push('not offered by any provider (known from a leaderboard only)');
      parts.push(`${model.name} is ${what.join(', ')}`);
    });
    return parts.length === 0 ? '' : `${parts.join('; ')}.`;
  }

  private overallScores(cells: readonly ScoreCell[]): string {
    const parts: string[] = [];
    cells.forEach((cell, index) => {
      if (cell.value !== null) parts.push(`${this.name(cell.modelId)} ${this.score(`overall.cells[${index}].value`, cell.value)}`);
    });
    return parts.join(', ');
  }

  /**
   * "on HIGH confidence", or at the lowest confidence among the scores quoted, who holds it and on
   * how many of the group's benchmarks: "on LOW confidence: GPT-5 has 2 of 48 benchmarks". `cells`
   * are the overall row's (paths index them); a cell without a score has no confidence.
   */
  private confidence(cells: readonly ScoreCell[]): string {
    let lowest: Confidence | null = null;
    for (const cell of cells) {
      if (cell.confidence !== null && (lowest === null || CONFIDENCE_ORDER[cell.confidence] < CONFIDENCE_ORDER[lowest])) lowest = cell.confidence;
    }
    if (lowest === null) return '';
    let text = '';
    const holders: string[] = [];
    cells.forEach((cell, index) => {
      if (cell.confidence !== lowest) return;
      if (!text) text = `on ${this.figure(`overall.cells[${index}].confidence`, lowest, lowest)} confidence`;
      if (lowest === 'HIGH' || cell.coverage === null) return;
      const path = `overall.cells[${index}].coverage`;
      holders.push(
        `${this.name(cell.modelId)} has ${this.count(`${path}.present`, cell.coverage.present)} of ${this.count(`${path}.total`, cell.coverage.total)} benchmarks`,
      );
    });
    return holders.length === 0 ? text : `${text}: ${holders.join(', ')}`;
  }

  /** " (on LOW confidence)": the lowest confidence among the overall scores, as a figure. */
  private lowestConfidence(): string {
    let lowest: number | null = null;
    this.body.overall.cells.forEach((cell, index) => {
      if (cell.confidence === null) return;
      const current = lowest === null ? null : this.body.overall.cells[lowest]!.confidence!;
      if (current === null || CONFIDENCE_ORDER[cell.confidence] < CONFIDENCE_ORDER[current]) lowest = index;
    });
    if (lowest === null) return '';
    const confidence = this.body.overall.cells[lowest]!.confidence!;
    return ` (on ${this.figure(`overall.cells[${lowest}].confidence`, confidence, confidence)} confidence)`;
  }

  private withConfidence(cells: readonly ScoreCell[]): string {
    const text = this.confidence(cells);
    return text ? `, ${text}` : '';
  }

  /** "; Claude is left out: no benchmark result", for the models a decision was made without. */
  private leftOut(leftOut: readonly LeftOutModel[]): string {
    if (leftOut.length === 0) return '';
    const parts = leftOut.map((model) => `${this.name(model.modelId)} (${model.reason})`);
    return ` ${listNames(parts)} ${leftOut.length === 1 ? 'is' : 'are'} left out.`;
  }

  overall(): string {
    const { overall, benchmarks } = this.body;
    const decided = overall.cells;
    switch (overall.outcome) {
      case 'WINNER': {
        const shared =
          benchmarks.length === 0 ? ' They share no benchmark: the scores set them against each other only through the other models of the group.' : '';
        return (
          `${this.name(overall.winnerModelId!)} has the highest overall score (${this.overallScores(overall.cells)}), ahead by ` +
          `${this.score('overall.advantage', overall.advantage!)} points${this.withConfidence(decided)}.${shared}${this.leftOut(overall.leftOut)}`
        );
      }
      case 'TIE':
        return `The overall scores are tied (${this.overallScores(overall.cells)})${this.withConfidence(decided)}.${this.leftOut(overall.leftOut)}`;
      case 'STATISTICAL_TIE':
        return `The overall scores (${this.overallScores(overall.cells)}) are statistically tied: the leader’s lead is within the confidence interval of their difference, so the evidence cannot order the models.${this.leftOut(overall.leftOut)}`;
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

  /** Why a cost is not set against the others, in the data's words. */
  private whyNotCompared(row: CostRow): string {
    const reason = row.notComparable!;
    if (reason.cause !== 'DIFFERENT_PRICING_UNITS') return costUnknownReason(row);
    if (reason.pricingUnits.length === 0) return 'nothing in this usage is billed';
    // Alone in its units: against the models that do have a known cost, in theirs.
    const others = this.body.costs.rows.filter((other) => other !== row && other.estimate?.monthly);
    if (others.length === 0) return `billed per ${unitsWords(reason.pricingUnits)}, and no other model here has a known cost`;
    const theirs = others.map((other) => `${this.name(other.modelId)} per ${unitsWords(other.estimate!.pricingUnits)}`);
    return `billed per ${unitsWords(reason.pricingUnits)}, ${listNames(theirs)}`;
  }

  cost(): string {
    const { rows } = this.body.costs;
    // One pass, no filter/flatMap: each row is either priced (its monthly cost quoted) or not compared (and why).
    const priced: string[] = [];
    const notCompared: string[] = [];
    rows.forEach((row, index) => {
      if (row.notComparable !== null) notCompared.push(`${this.name(row.modelId)} (${this.whyNotCompared(row)})`);
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

  /** A cost priced at another offering than the canonical one says so, where, and why. */
  private fallback(row: CostRow, index: number): string {
    const fallback = row.estimate!.fallback;
    if (fallback === null) return '';
    const path = `costs.rows[${index}].estimate.fallback`;
    const provider = this.figure(`${path}.providerId`, fallback.providerId, fallback.providerId);
    const among =
      fallback.pricedOfferings === 1
        ? 'its only priced pay-per-use offering'
        : `the cheapest of its ${this.count(`${path}.pricedOfferings`, fallback.pricedOfferings)} priced pay-per-use offerings`;
    return ` (at ${provider}, ${among}: ${FALLBACK_WHY[fallback.reason]})`;
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
    const won: string[] = [];
    for (const verdict of this.body.verdicts) {
      if (verdict.winnerModelId === null) continue;
      let text = `${VERDICT_LABELS[verdict.kind]}: ${this.name(verdict.winnerModelId)}`;
      // A quality claim carries its confidence: the lowest of the scores it sets against each other.
      if (verdict.kind === 'QUALITY') text += this.lowestConfidence();
      if (verdict.leftOut.length > 0) text += ` (without ${listNames(verdict.leftOut.map((model) => this.name(model.modelId)))})`;
      won.push(text);
    }
    return won.length === 0 ? 'No "best for" verdict: the data does not separate the models.' : `Best for ${won.join('; ')}.`;
  }
}

export function summarize(body: Body): Summary {
  const writer = new SummaryWriter(body);
  const text = [writer.status(), writer.overall(), writer.tally(), writer.cost(), writer.verdicts()].filter((sentence) => sentence.length > 0).join(' ');
  return { text, figures: writer.figures };
}
