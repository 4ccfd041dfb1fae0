import type { Field } from '../field.ts';
import { num, signed, text } from '../figures.ts';
import type { ComparisonOutcome } from '../generated/operations.ts';
import { type Html, html } from '../html.ts';
import { labelOf, OUTCOME_LABELS } from '../labels.ts';
import { type CompareView, modelName } from './view.ts';

interface Decided {
  outcome: ComparisonOutcome;
  winnerModelId: string | null;
  tieReason?: string | null;
}

/** Who won a row, or why nobody did: the API's outcome in words, and its reason for a statistical tie. */
export function outcomeOf(view: CompareView, row: Field<Decided>): Html {
  const { outcome, winnerModelId } = row.value;
  if (outcome === 'WINNER' && winnerModelId) return html`<span class="winner">${modelName(view, winnerModelId)}</span>`;
  const tieReason = row.at('tieReason') as Field<string | null | undefined>;
  return html`<span class="note">${labelOf(OUTCOME_LABELS, outcome)}</span>${tieReason.value ? html`<br><small class="note">${text(tieReason)}</small>` : ''}`;
}

/** Two models: the delta (second − first); three to five: the spread; or that there is none (the row is not comparable). */
export function differenceOf(row: Field<{ delta: number | null; spread: number | null }>): Html {
  if (row.value.delta !== null) return signed(row.at('delta'));
  if (row.value.spread !== null) return html`spread ${num(row.at('spread'))}`;
  return html`<span class="note">none</span>`;
}
