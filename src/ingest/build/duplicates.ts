/**
 * Suspected duplicates: two models whose names normalise alike, the check a careful reviewer makes
 * after every import. The normalisation is looser than any identity rule (it drops every separator,
 * a `v` before a version, a `.0` minor version and the lab's name before the model's), so it finds
 * pairs no rule may merge on its own: each is settled in seed/aliases.json, either merged in
 * `models` or explained in `distinctModels` as two different models. An unexplained pair is reported.
 */
import type { Model } from '../../domain/catalog.ts';
import type { SuspectedDuplicate } from '../../domain/ingest-report.ts';
import { byKey } from '../../domain/util/sorting.ts';
import type { AliasTable } from '../tables.ts';

/** `Ideogram-v2` → `ideogram2`, `Seedance 2.0` → `seedance2`, `Command R+` → `commandrplus`. */
export function looseNameKey(text: string, labNames: ReadonlySet<string> = new Set()): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .split(/[^a-z0-9.]+/)
    .filter((word) => word.length > 0);
  if (words.length > 1 && labNames.has(words[0]!)) words.shift();
  return words
    .map((word) => word.replace(/^v(?=\d)/, '').replace(/^(\d+)\.0$/, '$1'))
    .join('')
    .replace(/\./g, '');
}

export function suspectedDuplicates(models: readonly Model[], table: AliasTable): SuspectedDuplicate[] {
  const namesOfLab = new Map<string, Set<string>>();
  for (const [spelling, labId] of Object.entries(table.labAliases)) namesOfLab.set(labId, (namesOfLab.get(labId) ?? new Set([labId])).add(spelling));
  const groups = new Map<string, Set<string>>();
  const claim = (key: string, modelId: string) => groups.set(key, (groups.get(key) ?? new Set()).add(modelId));
  for (const model of models) {
    const labNames = namesOfLab.get(model.labId) ?? new Set([model.labId]);
    const modelPart = model.id.slice(model.labId.length + 1);
    claim(`${model.labId}/${looseNameKey(modelPart, labNames)}`, model.id);
    claim(`${model.labId}/${looseNameKey(model.name, labNames)}`, model.id);
    claim(`*/${looseNameKey(modelPart)}`, model.id);
  }
  const explained = table.distinctModels.map((entry) => ({ ids: new Set(entry.models), reason: entry.reason }));
  const seen = new Set<string>();
  const suspects: SuspectedDuplicate[] = [];
  for (const [key, ids] of groups) {
    if (ids.size < 2) continue;
    const modelIds = [...ids].sort();
    if (seen.has(modelIds.join(' '))) continue;
    seen.add(modelIds.join(' '));
    const explanation = explained.find((entry) => modelIds.every((id) => entry.ids.has(id)))?.reason ?? null;
    suspects.push({ modelIds, key, explanation });
  }
  return suspects.sort(byKey((suspect) => suspect.modelIds.join(' ')));
}
