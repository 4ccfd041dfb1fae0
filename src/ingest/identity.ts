/**
 * Identity resolution: which canonical `lab/model` a provider listing, an OpenRouter id or an arena
 * name is. A wrong merge is worse than a missing one, so the rules only ever remove *spelling*
 * (case, `4.5` vs `4-5`, wrappers a provider puts around the lab's id, a pinned snapshot date) and never
 * a word: `-mini`, `-pro`, `-thinking`, `-70b` … keep a listing apart unless the alias table says
 * otherwise. Order of evidence, first hit wins:
 *   1. the alias table (seed/aliases.json), curated with a reason per entry;
 *   2. the same spelling within the lab (`lab/model` after normalisation), or for an undated name the
 *      only snapshot of it in the catalog (`claude-3.5-haiku` → `claude-3-5-haiku-20241022`);
 *   3. a dated snapshot (`-20250514`, `-2025-08-07`, `@20250514`) of the undated model, never of
 *      another snapshot;
 *   4. the source's own `base_model` (models.dev), unless it names a word the id lacks;
 *   5. a '-fast' serving tier, for labs that publish no separate '-fast' model (alias table);
 *   6. the lab's name written before the model's (`meta-llama-3.1-8b-instruct`, `openai-gpt-image-1`):
 *      the rest, as steps 2-3, within that lab;
 * and for ids with no lab namespace on a third-party host, steps 2-3 accept a unique match across labs.
 * Step 2 also accepts the id written with or without a hyphen between a word and its version
 * (`qwen-2.5-coder-32b` = `qwen2.5-coder-32b`), when exactly one model is spelled so.
 * Display names (LMArena) may also match a model's own name within its lab (`compactKey` of both).
 */
import type { AliasTable } from './tables.ts';

/** A listing id stripped of the provider's wrappers. */
export interface ParsedId {
  /** The lab named by the id's namespace (`x-ai/…`, `anthropic.…`), or null when it names none. */
  labId: string | null;
  /** The id's namespace when it is neither a lab we know nor a host segment (e.g. `thedrummer`). */
  foreignNamespace: string | null;
  /** Lower-case model name without namespace, region, version or tag wrappers. */
  modelPart: string;
  /** The id carried a pinned snapshot date (suffix or Vertex `@date`). */
  dated: boolean;
  /** OpenRouter `:free`: the free tier of the same model. */
  freeTier: boolean;
}

export type ParseResult = { ok: true; id: ParsedId } | { ok: false; reason: string };

const BEDROCK_ID = /^(?:(us|eu|apac|global|jp|au|ca|us-gov)\.)?([a-z0-9-]+)\.(.+)$/;
const DATE_SUFFIX = /-(20\d{6}|20\d{2}-\d{2}-\d{2})$/;
const SIZE_TAG = /^\d+(\.\d+)?[bmt]$/;
/** A release pinned at the end of an id: `-20250514`, `-2025-08-07`, `-08-2024`, `-2411`, `-06-05`. */
const RELEASE_SUFFIX = /-(20\d{6}|20\d{2}-\d{2}-\d{2}|\d{2}-20\d{2}|\d{4}|\d{2}-\d{2})$/;
const digitsOf = (text: string): string => text.replace(/\D/g, '');
/** Suffixes that make a different model; named in the unmapped reason when stripping one would match. */
export const VARIANT_SUFFIXES = [
  '-mini',
  '-nano',
  '-pro',
  '-lite',
  '-turbo',
  '-instruct',
  '-thinking',
  '-reasoning',
  '-non-reasoning',
  '-fast',
  '-highspeed',
  '-preview',
  '-latest',
  '-chat',
  '-vision',
  '-max',
  '-plus',
  '-flash',
  '-air',
] as const;

/**
 * Spelling-only normalisation: `claude-opus-4.5` and `claude-opus-4-5` (and `3_1`) are one name, as
 * are `flux.2-klein` and `flux-2-klein` (a dot or underscore before a version number).
 */
export function spellingKey(modelPart: string): string {
  return modelPart.toLowerCase().replace(/([a-z\d])[._](?=\d)/g, '$1-');
}

/**
 * The spelling key without hyphens between a word and its version number: `qwen-2.5-coder` and
 * `qwen2.5-coder` are one spelling.
 */
export function compactKey(modelPart: string): string {
  return spellingKey(modelPart).replace(/([a-z])-(?=\d)/g, '$1');
}

/**
 * A display name as an id-like slug: `FLUX1.1 [pro]` → `flux1.1-pro`, `Command R+` → `command-r-plus`,
 * `MiniCPM-v 2_6` → `minicpm-v-2.6`, `DALL·E 3` → `dall-e-3`. Dots between digits are kept (they are
 * versions); every other run of punctuation and spaces is one hyphen.
 */
export function displayNameSlug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\+/g, '-plus')
    .replace(/(\d)_(?=\d)/g, '$1.')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.(?!\d)|(?<!\d)\./g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The spelling key without a pinned snapshot date: `gpt-4.1-2025-04-14` → `gpt-4-1`. */
export function snapshotBaseKey(modelPart: string): string {
  return spellingKey(modelPart).replace(DATE_SUFFIX, '');
}

export function parseListingId(rawId: string, aliases: AliasTable): ParseResult {
  let text = rawId.trim().toLowerCase();
  if (text.startsWith('~')) return { ok: false, reason: 'floating alias (~…): points at whichever model is latest' };
  let freeTier = false;
  let dated = false;

  const at = text.lastIndexOf('@');
  // Only an `@` in the last segment pins a version (Cloudflare's `@cf/` is a namespace).
  if (at > 0 && at > text.lastIndexOf('/')) {
    // Vertex: `claude-opus-4-5@20251101` pins a snapshot, `@default` the current one; both the same model.
    const pin = text.slice(at + 1);
    if (pin !== 'default' && !/^20\d{6}$/.test(pin)) return { ok: false, reason: `unknown version pin @${pin}` };
    dated = pin !== 'default';
    text = text.slice(0, at);
  }

  const segments = text.split('/').filter((s) => s.length > 0);
  let modelPart = segments.at(-1) ?? '';
  const namespace = segments.length > 1 ? segments.at(-2)! : null;

  // Bedrock: `[region.]lab.model[-vN][:N]`.
  const bedrock = BEDROCK_ID.exec(modelPart);
  let labId: string | null = null;
  if (bedrock && aliases.labAliases[bedrock[2]!]) {
    labId = aliases.labAliases[bedrock[2]!]!;
    modelPart = bedrock[3]!.replace(/(-v\d+)?(:\d+)?$/, '');
  }

  const colon = modelPart.lastIndexOf(':');
  if (colon > 0) {
    const tag = modelPart.slice(colon + 1);
    if (tag === 'free') freeTier = true;
    else if (SIZE_TAG.test(tag)) modelPart = `${modelPart.slice(0, colon)}-${tag}`;
    else return { ok: false, reason: `variant tag ':${tag}' is not the base model` };
    if (tag === 'free') modelPart = modelPart.slice(0, colon);
  }

  let foreignNamespace: string | null = null;
  if (labId === null && namespace !== null && !aliases.hostNamespaces.namespaces.includes(namespace)) {
    labId = aliases.labAliases[namespace] ?? null;
    if (labId === null) foreignNamespace = namespace;
  }
  if (DATE_SUFFIX.test(modelPart)) dated = true;
  if (!modelPart) return { ok: false, reason: 'empty model id' };
  return { ok: true, id: { labId, foreignNamespace, modelPart, dated, freeTier } };
}

export interface CanonicalEntry {
  id: string;
  labId: string;
  /** Spellings in other sources that are certainly this model (from the alias table and merges). */
  aliases: readonly string[];
  /** The model's own display name, matched against display names (LMArena) within its lab. */
  name?: string;
}

/** A mapping, or why there is none; `nearModelId` names the model it nearly was (a variant, a release). */
export type Mapping = { modelId: string; rule: string };
export type Resolution = Mapping | { modelId: null; reason: string; nearModelId: string | null };

export interface ListingQuery {
  providerId: string;
  rawId: string;
  /** The lab a first-party provider speaks for, used when the id has no namespace. */
  providerLabId: string | null;
  /** models.dev `base_model`, when the source names one. */
  baseModel?: string | null;
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

function single(set: Set<string> | undefined): string | null {
  return set && set.size === 1 ? [...set][0]! : null;
}

/** Whole-catalog lookup tables; rebuilt whenever the canonical set grows. */
export class IdentityIndex {
  private readonly aliasToId = new Map<string, string>();
  private readonly byLabKey = new Map<string, Set<string>>();
  private readonly byLabBase = new Map<string, Set<string>>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byBase = new Map<string, Set<string>>();
  private readonly undatedByLabBase = new Map<string, string>();
  private readonly undatedByBase = new Map<string, Set<string>>();
  private readonly byLabCompact = new Map<string, Set<string>>();
  private readonly byCompact = new Map<string, Set<string>>();
  private readonly byLabName = new Map<string, Set<string>>();
  private readonly fastLabs: ReadonlySet<string>;

  constructor(
    entries: Iterable<CanonicalEntry>,
    private readonly table: AliasTable,
  ) {
    this.fastLabs = new Set(table.fastServingTier.labs);
    for (const entry of entries) {
      this.aliasToId.set(entry.id, entry.id);
      for (const alias of entry.aliases) this.aliasToId.set(alias.toLowerCase(), entry.id);
      const modelPart = entry.id.slice(entry.labId.length + 1);
      const key = spellingKey(modelPart);
      const base = snapshotBaseKey(modelPart);
      addTo(this.byLabKey, `${entry.labId}/${key}`, entry.id);
      addTo(this.byLabBase, `${entry.labId}/${base}`, entry.id);
      addTo(this.byKey, key, entry.id);
      addTo(this.byBase, base, entry.id);
      addTo(this.byLabCompact, `${entry.labId}/${compactKey(modelPart)}`, entry.id);
      addTo(this.byCompact, compactKey(modelPart), entry.id);
      if (entry.name) addTo(this.byLabName, `${entry.labId}/${compactKey(displayNameSlug(entry.name))}`, entry.id);
      if (key === base) {
        this.undatedByLabBase.set(`${entry.labId}/${base}`, entry.id);
        addTo(this.undatedByBase, base, entry.id);
      }
    }
  }

  has(modelId: string): boolean {
    return this.aliasToId.get(modelId) === modelId;
  }

  /** The canonical id a spelling is known by (an id or an alias), else null. */
  lookupAlias(spelling: string): string | null {
    return this.aliasToId.get(spelling.toLowerCase()) ?? null;
  }

  private matchName(labId: string | null, modelPart: string, dated: boolean): Mapping | null {
    const key = spellingKey(modelPart);
    const aliasHit = this.lookupAlias(labId ? `${labId}/${modelPart}` : modelPart) ?? this.lookupAlias(labId ? `${labId}/${key}` : key);
    if (aliasHit) return { modelId: aliasHit, rule: 'alias table' };
    const exact = labId
      ? (single(this.byLabKey.get(`${labId}/${key}`)) ?? single(this.byLabCompact.get(`${labId}/${compactKey(modelPart)}`)))
      : (this.unambiguousPart(key, this.byKey) ?? this.unambiguousPart(compactKey(modelPart), this.byCompact));
    if (exact) return { modelId: exact, rule: 'same id' };
    if (!dated) {
      // An undated name whose only snapshot is in the catalog (`claude-3.5-haiku` → `…-20241022`).
      const onlySnapshot = labId ? single(this.byLabBase.get(`${labId}/${key}`)) : this.unambiguousPart(key, this.byBase);
      if (onlySnapshot) return { modelId: onlySnapshot, rule: 'the only snapshot of that name' };
    } else {
      // A pinned snapshot is the undated model only: never another snapshot of the same name.
      const base = snapshotBaseKey(modelPart);
      const undated = labId ? this.undatedByLabBase.get(`${labId}/${base}`) : this.unambiguousPart(base, this.undatedByBase);
      if (undated) return { modelId: undated, rule: 'dated snapshot of the undated model' };
    }
    return null;
  }

  /**
   * The one model of `labId` whose own display name is spelled like `displayName`, else null; never
   * a model whose id pins a release the name does not write (models.dev names
   * `command-r-plus-08-2024` "Command R+", which LMArena's April "Command R+" is not).
   */
  byDisplayName(labId: string, displayName: string): string | null {
    const modelId = single(this.byLabName.get(`${labId}/${compactKey(displayNameSlug(displayName))}`));
    const pinned = modelId && RELEASE_SUFFIX.exec(modelId);
    return pinned && !digitsOf(displayName).includes(digitsOf(pinned[1]!)) ? null : modelId;
  }

  /** The models of `labId` an undated name could be when it has several snapshots (`claude-3.5-sonnet`). */
  snapshotsOf(labId: string, modelPart: string): string[] {
    const snapshots = this.byLabBase.get(`${labId}/${spellingKey(modelPart)}`);
    return snapshots && snapshots.size > 1 ? [...snapshots].sort() : [];
  }

  /** Cross-lab matching only for distinctive names: a bare `auto` or `sonar` could be anyone's. */
  private unambiguousPart(key: string, map: Map<string, Set<string>>): string | null {
    if (key.length < 5 || !/[\d-]/.test(key)) return null;
    return single(map.get(key));
  }

  resolve(query: ListingQuery): Resolution {
    const lower = query.rawId.toLowerCase();
    const direct = this.lookupAlias(`${query.providerId}/${lower}`) ?? this.lookupAlias(lower);
    if (direct) return { modelId: direct, rule: 'alias table' };
    const parsed = parseListingId(query.rawId, this.table);
    if (!parsed.ok) return { modelId: null, reason: parsed.reason, nearModelId: null };
    const { id } = parsed;
    // An unprefixed id is tried as the model of the lab whose API lists it, then of the lab its
    // base_model names; such APIs also host others' models (Vertex serves Claude), so a lab-free
    // match is the fallback.
    const baseLab = query.baseModel?.includes('/') ? (this.table.labAliases[query.baseModel.split('/')[0]!.toLowerCase()] ?? null) : null;
    const guessedLabs = [query.rawId.includes('/') ? null : query.providerLabId, baseLab].filter((lab): lab is string => lab !== null);
    const labs: (string | null)[] = id.labId !== null || id.foreignNamespace !== null ? [id.labId ?? id.foreignNamespace] : [...new Set(guessedLabs), null];

    for (const labId of labs) {
      const byName = this.matchName(labId, id.modelPart, id.dated);
      if (byName) return byName;
    }
    // The source's own claim, unless it names a word the id does not have (base_model sometimes
    // points `mistral-small-2503` at `…-2603`, or `mimo-v2-5` at `mimo-v2.5-pro`).
    if (query.baseModel) {
      const base = this.lookupAlias(query.baseModel);
      const idTokens = new Set(spellingKey(id.modelPart).split('-'));
      const baseTokens = snapshotBaseKey(query.baseModel.split('/').at(-1)!).split('-');
      if (base && baseTokens.every((token) => idTokens.has(token))) return { modelId: base, rule: 'base_model' };
    }
    if (id.modelPart.endsWith('-fast')) {
      const stripped = id.modelPart.slice(0, -'-fast'.length);
      for (const labId of labs) {
        const fast = this.matchName(labId, stripped, id.dated);
        if (fast && this.fastLabs.has(fast.modelId.split('/')[0]!)) {
          return { modelId: fast.modelId, rule: "'-fast' serving tier" };
        }
      }
    }
    for (const labId of labs) {
      const unwrapped = withoutLabPrefix(labId, id.modelPart, this.table);
      const byName = unwrapped && this.matchName(unwrapped.labId, unwrapped.modelPart, id.dated);
      if (byName) return { modelId: byName.modelId, rule: "the lab's name before the model's" };
    }
    return this.unmapped(labs[0] ?? null, id.modelPart);
  }

  private unmapped(labId: string | null, modelPart: string): Resolution {
    const spelled = labId ? `${labId}/${modelPart}` : modelPart;
    for (const suffix of VARIANT_SUFFIXES) {
      if (!modelPart.endsWith(suffix)) continue;
      const near = this.matchName(labId, modelPart.slice(0, -suffix.length), false);
      if (near) {
        return { modelId: null, reason: `'${suffix}' variant of ${near.modelId} is a different model`, nearModelId: near.modelId };
      }
    }
    if (/-\d{4}$/.test(modelPart)) {
      const near = this.matchName(labId, modelPart.replace(/-\d{4}$/, ''), false);
      if (near) {
        return { modelId: null, reason: `release '${modelPart.slice(-4)}' of ${near.modelId} may differ from it`, nearModelId: near.modelId };
      }
    }
    const snapshots = labId ? this.snapshotsOf(labId, modelPart) : [];
    if (snapshots.length > 0) return { modelId: null, reason: `could be any of ${snapshots.join(', ')}`, nearModelId: snapshots[0]! };
    // A pinned snapshot date is not a word (rule 3 says which snapshot a dated id may be).
    const lastWord = DATE_SUFFIX.test(modelPart) ? null : /-([a-z0-9.]+)$/.exec(modelPart);
    const near = lastWord && this.matchName(labId, modelPart.slice(0, -lastWord[0].length), false);
    if (near) return { modelId: null, reason: `differs from ${near.modelId} by its last word '${lastWord[1]}'`, nearModelId: near.modelId };
    return { modelId: null, reason: labId ? `no canonical model ${spelled}` : `no unique canonical model named ${spelled}`, nearModelId: null };
  }
}

/**
 * `meta-llama-3.1-8b-instruct` → meta's `llama-3.1-8b-instruct`: a lab's name (any spelling of it in
 * the alias table) written before the model's name; null when the id does not start with one, or
 * starts with another lab's than the one it is listed under.
 */
export function withoutLabPrefix(labId: string | null, modelPart: string, table: AliasTable): { labId: string; modelPart: string } | null {
  const dash = modelPart.indexOf('-');
  if (dash <= 0 || dash === modelPart.length - 1) return null;
  const prefixLab = table.labAliases[modelPart.slice(0, dash)];
  if (!prefixLab || (labId !== null && labId !== prefixLab)) return null;
  return { labId: prefixLab, modelPart: modelPart.slice(dash + 1) };
}
