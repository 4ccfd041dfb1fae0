import type { CatalogContentCollection, OfferingPrice } from '../domain/catalog.ts';
import type { IngestReport } from '../domain/ingest-report.ts';
import { nanoUsdToDecimal } from '../domain/money/nano-usd.ts';

const usd = (nanoUsd: number | null) => (nanoUsd === null ? 'unknown' : `$${nanoUsdToDecimal(nanoUsd)}`);

/** Input / output per million tokens: what a reader of the report checks first. */
function priceLine(price: OfferingPrice): string {
  return `${usd(price.tokens.inputNanoUsdPerMTok)} / ${usd(price.tokens.outputNanoUsdPerMTok)} per 1M tokens (${price.kind})`;
}

/** The human-readable report: one line per collection, then rejections and (counted) unmapped ids. */
export function formatReport(report: IngestReport, maxListed = 20): string {
  const lines = [`${report.status} ${report.format} import ${report.id}: catalog version ${report.previousCatalogVersion} → ${report.catalogVersion}`];
  if (report.error) lines.push(`error: ${report.error}`);
  for (const file of report.files) lines.push(`  file ${file.name} (${file.kind}): ${file.records} records, ${file.rejected} rejected`);
  for (const name of Object.keys(report.collections) as CatalogContentCollection[]) {
    const c = report.collections[name];
    lines.push(`  ${name.padEnd(17)} added ${c.added}, updated ${c.updated}, unchanged ${c.unchanged}, removed ${c.removed}, rejected ${c.rejected}`);
  }
  const listed = <T>(title: string, items: T[], show: (item: T) => string) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    for (const item of items.slice(0, maxListed)) lines.push(`  ${show(item)}`);
    if (items.length > maxListed) lines.push(`  … ${items.length - maxListed} more (use --json for all)`);
  };
  if (report.urls.length > 0) lines.push(`  fetched from ${report.urls.join(', ')}`);
  const changes = report.changes;
  if (changes) {
    lines.push(
      `  changes: ${changes.modelsAdded.total} models added, ${changes.modelsRemoved.total} removed, ${changes.priceChanges.total} price changes, ` +
        `${changes.limitChanges.total} limit changes, ${changes.benchmarkResultsAdded.total} new benchmark results`,
    );
    listed('price changes', changes.priceChanges.items, (c) => `${c.offeringId}: ${priceLine(c.previousPrice)} → ${priceLine(c.price)}`);
  }
  listed('rejected', report.rejected, (r) => `${r.file} ${r.sourceId}: ${r.reason}`);
  listed('unmapped offerings', report.unmappedOfferings, (u) => `${u.offeringId}: ${u.reason}`);
  listed('unmapped arena names', report.unmappedArenaNames, (u) => `${u.leaderboard} ${JSON.stringify(u.name)}: ${u.reason}`);
  if (report.sourceRows.length > 0) lines.push('source rows:');
  for (const s of report.sourceRows) lines.push(`  ${s.source.padEnd(21)} ${s.rows} rows: mapped ${s.mapped}, created ${s.created}, unmapped ${s.unmapped}`);
  listed('near misses (created, not merged)', report.nearMisses, (n) => `${n.source} ${JSON.stringify(n.name)} → ${n.createdModelId}: ${n.reason}`);
  const unsettled = report.suspectedDuplicates.filter((d) => d.explanation === null);
  lines.push(`suspected duplicates: ${report.suspectedDuplicates.length} (${unsettled.length} not explained in seed/aliases.json)`);
  listed('suspected duplicates not explained', unsettled, (d) => `${d.modelIds.join(' = ')} (${d.key})`);
  return lines.join('\n');
}
