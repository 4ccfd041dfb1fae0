/**
 * LMArena display names → catalog models. In order, first hit wins (README "Arena names"):
 *   1. the alias table, or a name already known as a model's alias;
 *   2. a trailing qualifier is read: a date (`(2025-03-26)`, `(20240620)`, `(04-2024)`) names a
 *      dated release; a run setting (`(thinking-16k)`, `(fp8)`, `(quality)`, `(highres)`, a `-bf16`,
 *      `-fp8` or `-no-thinking` suffix) names a configuration; any other qualifier is part of the name;
 *   3. with a release: the dated model when the catalog has it (`Claude 3.5 Sonnet (20241022)` →
 *      `claude-3-5-sonnet-20241022`), else the undated model, the release recorded on the result;
 *   4. the name without its qualifier as an id of the organisation's lab, by the listing rules of
 *      identity.ts (`GPT-4.1-2025-04-14`, `Meta-Llama-3.1-70B-Instruct`), or as the display name of
 *      exactly one of that lab's models (`FLUX1.1 [pro]`);
 *   5. otherwise the row names a model the catalog does not have: `draftsFromArena` creates it,
 *      under the organisation's lab, unless the name could be any of several models (then it is
 *      reported, never guessed). `-preview`, `-exp`, `-mini`, `-thinking` … stay words of the name.
 */
import type { ArenaHistoryEntry, ArenaRow, Leaderboard } from '../formats/lmarena.ts';
import type { SourceKind } from '../formats/source-file.ts';
import { compactKey, displayNameSlug, type Mapping } from '../identity.ts';
import { type BuildContext, recordsOf, slug } from './context.ts';

/** A display name read as a model name and, when it has them, a release and a configuration. */
export interface ArenaName {
  /** Without the qualifier: `ChatGPT-4o-latest`, `Claude Opus 4`, `FLUX.1 [dev]`. */
  base: string;
  /** The release as written (`2025-03-26`, `20240620`, `04-2024`) and as an ISO date (`2024-04`). */
  release: { written: string; iso: string } | null;
  configuration: string | null;
}

const QUALIFIED = /^(.*\S)\s*\(([^()]+)\)$/;
const CONFIGURATION_QUALIFIER = /^(thinking(-\d+k)?|no-thinking|fp8|bf16|fp16|int8|int4|quality|highres)$/i;
const CONFIGURATION_SUFFIX = /^(.*?)-(bf16|fp8|fp16|no-thinking)$/i;

function releaseOf(text: string): ArenaName['release'] {
  const day = /^(20\d{2})-?(\d{2})-?(\d{2})$/.exec(text);
  if (day) return { written: text, iso: `${day[1]}-${day[2]}-${day[3]}` };
  const month = /^(\d{2})-(20\d{2})$/.exec(text);
  return month ? { written: text, iso: `${month[2]}-${month[1]}` } : null;
}

export function parseArenaName(displayName: string): ArenaName {
  const name = displayName.trim();
  const qualified = QUALIFIED.exec(name);
  if (qualified) {
    const [, base, qualifier] = qualified as unknown as [string, string, string];
    const release = releaseOf(qualifier.trim());
    if (release) return { base, release, configuration: null };
    if (CONFIGURATION_QUALIFIER.test(qualifier.trim())) return { base, release: null, configuration: qualifier.trim().toLowerCase() };
  }
  const suffixed = CONFIGURATION_SUFFIX.exec(name);
  if (suffixed) return { base: suffixed[1]!, release: null, configuration: suffixed[2]!.toLowerCase() };
  return { base: name, release: null, configuration: null };
}

/** The lab an LMArena organisation is: the alias table's spelling (`Zhipu AI` → zhipuai), else its slug. */
export function arenaLab(ctx: BuildContext, organization: string): string {
  const org = organization.trim().toLowerCase();
  return ctx.tables.aliases.labAliases[org] ?? slug(org);
}

/** What a model created from an arena name would be. */
export interface ArenaModelProposal {
  labId: string;
  modelPart: string;
  name: string;
}

export type ArenaResolution =
  | { modelId: string; configuration: string | null; release: string | null }
  | { modelId: null; reason: string; nearModelId: string | null; proposal: ArenaModelProposal | null };

/** `20241022` in `anthropic/claude-3-5-sonnet-20241022`: the model id names the release itself. */
const idNamesRelease = (modelId: string, written: string): boolean => modelId.replace(/\D/g, '').includes(written.replace(/\D/g, ''));

function mapText(ctx: BuildContext, labId: string, text: string): Mapping | { modelId: null; reason: string; nearModelId: string | null } {
  const aliased = ctx.index.lookupAlias(text);
  if (aliased) return { modelId: aliased, rule: 'alias table' };
  const byId = ctx.index.resolve({ providerId: 'lmarena', rawId: `${labId}/${displayNameSlug(text)}`, providerLabId: null });
  if (byId.modelId !== null) return byId;
  const byName = ctx.index.byDisplayName(labId, text);
  return byName ? { modelId: byName, rule: 'display name' } : byId;
}

export function resolveArenaName(ctx: BuildContext, displayName: string, organization: string): ArenaResolution {
  const aliased = ctx.index.lookupAlias(displayName);
  if (aliased) return { modelId: aliased, configuration: null, release: null };
  const labId = arenaLab(ctx, organization);
  const { base, release, configuration } = parseArenaName(displayName);
  if (release) {
    const dated = mapText(ctx, labId, `${base}-${release.written}`);
    if (dated.modelId !== null) return { modelId: dated.modelId, configuration, release: idNamesRelease(dated.modelId, release.written) ? null : release.iso };
  }
  const mapped = mapText(ctx, labId, base);
  if (mapped.modelId !== null) return { modelId: mapped.modelId, configuration, release: release?.iso ?? null };
  // The lab's name stays in a created id (`ideogram/ideogram-3.0`): it is often part of the model's name.
  const modelPart = displayNameSlug(base);
  if (!labId || !modelPart) return { ...mapped, reason: 'no organisation or no name to make a model id of', proposal: null };
  const ambiguous = ctx.index.snapshotsOf(labId, modelPart).length > 0;
  return { ...mapped, proposal: ambiguous ? null : { labId, modelPart, name: base } };
}

/** One row of a leaderboard or of the text history, as the arena phases read it. */
export interface ArenaRowRef {
  board: Leaderboard;
  /** The history's rows are the text board's at earlier dates. */
  history: boolean;
  name: string;
  organization: string;
  license: string | null;
  knowledgeCutoff: string | null;
  url: string | null;
  score: number;
  votes: number;
  ci: { plus: number; minus: number } | null;
  /** The leaderboard's date: the snapshot's for history rows, the observation's for the CSVs. */
  date: string;
  observedAt: string;
}

const cutoffOf = (text: string): string | null => {
  const match = /^(\d{4})\/(\d{1,2})$/.exec(text);
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}` : null;
};

/** Every arena row of the sources: the three boards first, then the text history. */
export function arenaRows(ctx: BuildContext): ArenaRowRef[] {
  const rows: ArenaRowRef[] = [];
  for (const board of ['text', 'vision', 'image'] as Leaderboard[]) {
    for (const { value, observedAt } of recordsOf<ArenaRow>(ctx.sources, `lmarena/${board}`)) {
      rows.push({
        board,
        history: false,
        name: value.model,
        organization: value.organization,
        license: value.license || null,
        knowledgeCutoff: cutoffOf(value.knowledge_cutoff ?? ''),
        url: value.url || null,
        score: value.arena_score,
        votes: value.votes,
        ci: value.ci,
        date: observedAt,
        observedAt,
      });
    }
  }
  for (const { value, observedAt } of recordsOf<ArenaHistoryEntry>(ctx.sources, 'lmarena/text-history')) {
    rows.push({
      board: 'text',
      history: true,
      name: value.model,
      organization: value.organization,
      license: value.license || null,
      knowledgeCutoff: null,
      url: null,
      score: value.score,
      votes: value.votes,
      ci: null,
      date: value.date,
      observedAt,
    });
  }
  return rows;
}

/** `lmarena-text`, `lmarena-image`, `lmarena-text-history`: how the report names a row's leaderboard. */
export const arenaSourceOf = (row: ArenaRowRef): string => `lmarena-${row.board}${row.history ? '-history' : ''}`;

/** The source file kind of a row: `lmarena/text`, …, `lmarena/text-history`. */
export const arenaKindOf = (row: ArenaRowRef): SourceKind => (row.history ? 'lmarena/text-history' : `lmarena/${row.board}`);

/** Resolutions by display name and organisation: a history repeats each name in up to 91 snapshots. */
export function arenaResolver(ctx: BuildContext): (row: ArenaRowRef) => ArenaResolution {
  const cache = new Map<string, ArenaResolution>();
  return (row) => {
    const key = `${row.organization}\u0000${row.name}`;
    let resolution = cache.get(key);
    if (!resolution) {
      resolution = resolveArenaName(ctx, row.name, row.organization);
      cache.set(key, resolution);
    }
    return resolution;
  };
}

/** Current boards before history, then most votes: the row a created model is named and defined after. */
const definingFirst = (a: ArenaRowRef, b: ArenaRowRef): number => Number(a.history) - Number(b.history) || b.votes - a.votes || (a.name < b.name ? -1 : 1);

/**
 * A model for every group of arena names the catalog does not have (rule 5). Names that are one
 * model (`Gemma-2-9b-it` and `Gemma-2-9B-it`; the alias table's renames such as
 * `Gemini-1.5-Pro-API-0514` → `Gemini-1.5-Pro-001`) form one group.
 */
export function draftsFromArena(ctx: BuildContext): void {
  const resolve = arenaResolver(ctx);
  const groups = new Map<string, { target: string | null; rows: ArenaRowRef[] }>();
  const unresolved = new Map<ArenaRowRef, Extract<ArenaResolution, { modelId: null }> & { proposal: ArenaModelProposal }>();
  for (const row of arenaRows(ctx)) {
    const resolution = resolve(row);
    if (resolution.modelId !== null || resolution.proposal === null) continue;
    const { proposal } = resolution;
    unresolved.set(row, { ...resolution, proposal });
    const target = ctx.aliasTarget(row.name) ?? ctx.aliasTarget(proposal.name);
    const key = target ?? `${proposal.labId}/${compactKey(proposal.modelPart)}`;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { target, rows: [row] });
  }
  for (const group of groups.values()) {
    const rows = group.rows.sort(definingFirst);
    const first = rows[0]!;
    const { proposal, nearModelId, reason } = unresolved.get(first)!;
    const id = group.target ?? `${proposal.labId}/${proposal.modelPart}`;
    if (ctx.drafts.has(id)) continue;
    const labId = id.split('/')[0]!;
    ctx.drafts.set(id, {
      id,
      labId,
      aliases: new Set(),
      definition: {
        kind: 'lmarena',
        arena: {
          name: proposal.name,
          boards: [...new Set(rows.map((row) => row.board))].sort(),
          license: rows.find((row) => row.license)?.license ?? null,
          knowledgeCutoff: rows.find((row) => row.knowledgeCutoff)?.knowledgeCutoff ?? null,
          sourceId: `${arenaKindOf(first)}:${first.name}`,
          url: first.url,
          observedAt: rows
            .map((row) => row.observedAt)
            .sort()
            .at(-1)!,
        },
      },
    });
    if (nearModelId) ctx.nearMisses.push({ source: arenaKindOf(first), name: first.name, createdModelId: id, nearModelId, reason });
  }
  ctx.reindex();
}
