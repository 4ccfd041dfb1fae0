/**
 * The scores of one catalog version, derived at import and stored with it (before its version
 * becomes current), so requests never score at run time and scores always belong to the catalog
 * they are read with: today's scores against the catalog as imported, and the monthly score
 * history replayed from the dated price events through the same engine.
 */

import type { CatalogContent, IsoDate, Offering } from '../domain/catalog.ts';
import { buildCohort, peerGroupEntryKey } from '../domain/scoring/cohort.ts';
import { replayScoreHistory } from '../domain/scoring/history.ts';
import { METHODOLOGY } from '../domain/scoring/methodology.ts';
import { scoreCatalog } from '../domain/scoring/snapshot.ts';
import type { CatalogInput, Cohort, ModelScoreRecord, MonthEnd, PeerGroupScore, ScoreHistoryRecord, ScoreSnapshot } from '../domain/scoring/types.ts';
import { replayPriceEvents } from './build/price-history.ts';

/** A version's derived documents (see src/data/catalog-versions/write.ts `DerivedDocuments`). */
export interface ScoreDocuments {
  [collection: string]: { id: string }[];
  modelScores: ModelScoreRecord[];
  scoreHistory: ScoreHistoryRecord[];
}

/** The day the catalog describes: the latest observation among its offerings. */
export function catalogAsOf(content: Pick<CatalogContent, 'offerings'>): IsoDate {
  let latest: IsoDate = '0000-01-01';
  for (const { provenance } of content.offerings) if (provenance.observedAt > latest) latest = provenance.observedAt;
  return latest;
}

const lastDayOfMonth = (month: string): IsoDate => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
};

const nextMonth = (month: string): string => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
};

/** Every calendar month-end from the first price event's month to `asOf` (the last month ends at `asOf`). */
export function monthEnds(firstEventDate: IsoDate, asOf: IsoDate): MonthEnd[] {
  const ends: MonthEnd[] = [];
  for (let month = firstEventDate.slice(0, 7); month <= asOf.slice(0, 7); month = nextMonth(month)) {
    const end = lastDayOfMonth(month);
    ends.push({ month, date: end < asOf ? end : asOf });
  }
  return ends;
}

/** The catalog as it stood on `date`: offerings replayed from their events, other facts as they are now. */
function catalogAt(content: CatalogContent, date: IsoDate): CatalogInput {
  const current = new Map(content.offerings.map((offering) => [offering.id, offering]));
  const offerings = replayPriceEvents(content.priceEvents, date).map((then): Offering => {
    const now = current.get(then.id);
    return {
      id: then.id,
      providerId: then.providerId,
      providerModelId: now?.providerModelId ?? then.id.slice(then.providerId.length + 1),
      name: now?.name ?? then.id,
      modelId: then.modelId,
      unmappedReason: now?.unmappedReason ?? null,
      price: then.price,
      limits: then.limits,
      status: now?.status ?? 'ACTIVE',
      provenance: now?.provenance ?? { source: 'models.dev', sourceId: then.id, observedAt: then.since, selfReported: false, url: null },
    };
  });
  return { models: content.models, offerings, benchmarks: content.benchmarkResults };
}

/** One record per model: its primary peer group's score, and its others under `byPeerGroup`. */
function modelScoreRecords(snapshot: ScoreSnapshot, cohort: Cohort): ModelScoreRecord[] {
  const entries = new Map(cohort.models.map((entry) => [peerGroupEntryKey(entry), entry]));
  const records = new Map<string, ModelScoreRecord>();
  // The cohort's order puts a model's primary entry first, so its record exists before the others join it.
  for (const score of snapshot.models) {
    const entry = entries.get(peerGroupEntryKey(score))!;
    const inGroup: PeerGroupScore = { score, cohort: { price: entry.price, benchmarks: entry.benchmarks } };
    if (entry.primary) {
      records.set(score.modelId, { id: score.modelId, methodologyVersion: snapshot.methodologyVersion, asOf: snapshot.asOf, ...inGroup, byPeerGroup: {} });
    } else {
      records.get(score.modelId)!.byPeerGroup[score.peerGroup] = inGroup;
    }
  }
  return [...records.values()];
}

/** The catalog's scores as of its own date, one record per model. */
export function currentScoreRecords(content: Pick<CatalogContent, 'models' | 'offerings' | 'benchmarkResults'>): ModelScoreRecord[] {
  const cohort = buildCohort({ models: content.models, offerings: content.offerings, benchmarks: content.benchmarkResults }, catalogAsOf(content));
  return modelScoreRecords(scoreCatalog(cohort), cohort);
}

export function deriveScoreDocuments(content: CatalogContent): ScoreDocuments {
  const asOf = catalogAsOf(content);
  const modelScores = currentScoreRecords(content);
  const firstEvent = content.priceEvents.reduce<IsoDate | null>((first, event) => (first === null || event.date < first ? event.date : first), null);
  const history = firstEvent
    ? replayScoreHistory(monthEnds(firstEvent, asOf), (date) => catalogAt(content, date))
    : { methodologyVersion: METHODOLOGY.version, byModel: {} };
  const scoreHistory = Object.entries(history.byModel).map(([id, points]) => ({ id, methodologyVersion: history.methodologyVersion, points }));
  return { modelScores, scoreHistory };
}
