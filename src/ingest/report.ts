/** What an import did, per collection: the CLI prints it, `ingestRuns` keeps it, the admin mutation returns it. */

export const INGEST_FORMATS = ['models-dev', 'openrouter', 'lmarena'] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];

export const REPORT_COLLECTIONS = ['labs', 'providers', 'models', 'offerings', 'benchmarkResults', 'priceEvents'] as const;
export type ReportCollection = (typeof REPORT_COLLECTIONS)[number];

export interface CollectionCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  rejected: number;
}

export interface Rejection {
  collection: ReportCollection;
  file: string;
  /** The record's id in its source (`provider/model`, an OpenRouter id, an arena name …). */
  sourceId: string;
  reason: string;
}

export interface IngestFileSummary {
  name: string;
  /** What the file was recognised as, e.g. `models-dev/api`, `lmarena/text`. */
  kind: string;
  records: number;
  rejected: number;
}

export type IngestStatus = 'APPLIED' | 'UNCHANGED' | 'FAILED';

export interface IngestReport {
  id: string;
  /** `seed` when the seed loaded every format in one import. */
  format: IngestFormat | 'seed';
  status: IngestStatus;
  /** Why the import changed nothing, when status is FAILED. */
  error: string | null;
  startedAt: string;
  finishedAt: string;
  previousCatalogVersion: number;
  /** The current version after the import (unchanged unless APPLIED). */
  catalogVersion: number;
  files: IngestFileSummary[];
  collections: Record<ReportCollection, CollectionCounts>;
  rejected: Rejection[];
  /** Listings kept apart from every model because the mapping is not certain, with the reason. */
  unmappedOfferings: { offeringId: string; reason: string }[];
  /** LMArena names no model could be certainly matched to. */
  unmappedArenaNames: { leaderboard: string; name: string; reason: string }[];
}

export function emptyCounts(): Record<ReportCollection, CollectionCounts> {
  return Object.fromEntries(REPORT_COLLECTIONS.map((name) => [name, { added: 0, updated: 0, unchanged: 0, removed: 0, rejected: 0 }])) as Record<
    ReportCollection,
    CollectionCounts
  >;
}

/** The human-readable report: one line per collection, then rejections and (counted) unmapped ids. */
export function formatReport(report: IngestReport, maxListed = 20): string {
  const lines = [`${report.status} ${report.format} import ${report.id}: catalog version ${report.previousCatalogVersion} → ${report.catalogVersion}`];
  if (report.error) lines.push(`error: ${report.error}`);
  for (const file of report.files) lines.push(`  file ${file.name} (${file.kind}): ${file.records} records, ${file.rejected} rejected`);
  for (const name of Object.keys(report.collections) as ReportCollection[]) {
    const c = report.collections[name];
    lines.push(`  ${name.padEnd(17)} added ${c.added}, updated ${c.updated}, unchanged ${c.unchanged}, removed ${c.removed}, rejected ${c.rejected}`);
  }
  const listed = <T>(title: string, items: T[], show: (item: T) => string) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    for (const item of items.slice(0, maxListed)) lines.push(`  ${show(item)}`);
    if (items.length > maxListed) lines.push(`  … ${items.length - maxListed} more (use --json for all)`);
  };
  listed('rejected', report.rejected, (r) => `${r.file} ${r.sourceId}: ${r.reason}`);
  listed('unmapped offerings', report.unmappedOfferings, (u) => `${u.offeringId}: ${u.reason}`);
  listed('unmapped arena names', report.unmappedArenaNames, (u) => `${u.leaderboard} ${JSON.stringify(u.name)}: ${u.reason}`);
  return lines.join('\n');
}
