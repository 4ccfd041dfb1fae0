/**
 * What a reader must know beside a model's rank or in a comparison: that it is a preview, that its
 * lab has retired it, or that no provider offers it. Read from the catalog at import (the lab's
 * listings over time are in the price events) and stored on the model.
 */
import type { IsoDate, Model, Offering, PriceEvent, Provider } from './catalog.ts';

export const MODEL_STATUS_NOTES = ['PREVIEW', 'RETIRED', 'NOT_OFFERED'] as const;
export type ModelStatusNote = (typeof MODEL_STATUS_NOTES)[number];

export interface ModelStatus {
  /** In MODEL_STATUS_NOTES order; empty for a generally available model. */
  notes: ModelStatusNote[];
  /** RETIRED by its lab: the day the lab's last own listing of it was removed (null otherwise). */
  retiredOn: IsoDate | null;
}

export const AVAILABLE: Readonly<ModelStatus> = Object.freeze({ notes: [], retiredOn: null });

/** `-preview`, `-exp`, `Experimental`, `(Preview)` as a word of the id or the name. */
const PREVIEW_MARK = /(^|[-_ .:(/])(preview|exp|experimental)([-_ .:)]|$)/i;

export const MODEL_STATUS_RULES: Record<ModelStatusNote, string> = {
  PREVIEW: 'The id or the name marks a preview or an experimental release (-preview, -exp, Experimental), or every live offering is alpha or beta.',
  RETIRED:
    'Its lab listed it itself and no longer does (the lab’s last own listing was removed, per the price history), or every offering of it is deprecated. Resellers may still serve it.',
  NOT_OFFERED: 'No provider in the data lists it: it is known from a leaderboard only.',
};

/**
 * The model's status from its current offerings and its offerings' price events (past listings
 * included); `labProviders` are the providers that are the model's lab itself.
 */
export function modelStatus(
  model: Pick<Model, 'id' | 'name' | 'labId' | 'availability'>,
  offerings: readonly Pick<Offering, 'providerId' | 'status'>[],
  events: readonly Pick<PriceEvent, 'providerId' | 'change' | 'date'>[],
  labProviders: ReadonlySet<Provider['id']>,
): ModelStatus {
  const notes: ModelStatusNote[] = [];
  const live = offerings.filter((offering) => offering.status !== 'DEPRECATED');
  if (PREVIEW_MARK.test(model.id) || PREVIEW_MARK.test(model.name) || (live.length > 0 && live.every((o) => o.status === 'ALPHA' || o.status === 'BETA'))) {
    notes.push('PREVIEW');
  }
  const listedByLab = offerings.some((offering) => labProviders.has(offering.providerId));
  const removedByLab = events.filter((event) => event.change === 'REMOVED' && labProviders.has(event.providerId)).map((event) => event.date);
  const retiredOn = !listedByLab && removedByLab.length > 0 ? removedByLab.sort().at(-1)! : null;
  if (retiredOn !== null || (offerings.length > 0 && live.length === 0)) notes.push('RETIRED');
  if (model.availability === 'NOT_OFFERED') notes.push('NOT_OFFERED');
  return notes.length === 0 ? AVAILABLE : { notes, retiredOn };
}

const NOTE_WORDS: Record<ModelStatusNote, string> = { PREVIEW: 'preview', RETIRED: 'retired', NOT_OFFERED: 'not offered' };

/** "retired preview", "preview", "not offered", "" for a generally available model. */
export function statusLabel(status: ModelStatus | null | undefined): string {
  const notes = status?.notes ?? [];
  if (notes.includes('RETIRED') && notes.includes('PREVIEW')) return ['retired preview', ...(notes.includes('NOT_OFFERED') ? ['not offered'] : [])].join(', ');
  return notes.map((note) => NOTE_WORDS[note]).join(', ');
}

/** A stored model's status; a model document written before statuses existed has only its availability. */
export function statusOf(model: Pick<Model, 'availability'> & { status?: ModelStatus }): ModelStatus {
  if (model.status) return model.status;
  return model.availability === 'NOT_OFFERED' ? { notes: ['NOT_OFFERED'], retiredOn: null } : AVAILABLE;
}
