/**
 * Canonical models. They come from, in order: models.dev `models.json`; the labs' own listings (a
 * lab's API naming its own model, e.g. provider `openai` listing `gpt-5.3-codex-spark`); OpenRouter's
 * `lab/model` ids; hosts' listings under the namespace of a lab that has no API of its own in the
 * data (`vercel/bfl/flux-2-pro`); LMArena rows (arena.ts). Each later step only adds a model when no
 * earlier one already is it (identity.ts).
 */
import { type Modality, type Model, NO_CAPABILITIES, type Offering, type PeerGroup, type Provenance, type TokenLimit } from '../../domain/catalog.ts';
import { listPriceOf } from '../../domain/list-price.ts';
import { byKey, byKeyDescending, thenBy } from '../../domain/util/sorting.ts';
import type { ModelsDevModel } from '../formats/models-dev.ts';
import { compactKey, parseListingId, type Resolution, snapshotBaseKey, spellingKey } from '../identity.ts';
import { limitsOf, modelsDevCapabilities, openRouterCapabilities, peerGroupOf, peerGroupsOf, unixSecondsToIsoDay } from '../normalise.ts';
import { type ArenaDefinition, type BuildContext, type ModelDraft, recordsOf } from './context.ts';
import { isRouter, type Listing, OPENROUTER, openRouterModelName } from './listings.ts';
import { openRouterLimits } from './offerings.ts';

/** A draft for every models.json model, except those the alias table folds into another one. */
export function draftsFromModelsJson(ctx: BuildContext): void {
  const records = recordsOf<ModelsDevModel>(ctx.sources, 'models-dev/models').sort(byKey((record) => record.key));
  const ids = new Set(records.map((r) => r.value.id.toLowerCase()));
  for (const { value, observedAt } of records) {
    const id = value.id.toLowerCase();
    const target = ctx.aliasTarget(id);
    if (target && target !== id && ids.has(target)) {
      ctx.foldedInto.set(id, target);
      continue;
    }
    ctx.drafts.set(id, { id, labId: id.split('/')[0]!, definition: { kind: 'models.dev', model: value, observedAt }, aliases: new Set() });
  }
  for (const [folded, target] of ctx.foldedInto) ctx.drafts.get(target)?.aliases.add(folded);
  ctx.reindex();
}

/**
 * Adds a model for each group of unmatched listings that certainly name a model of `labOf(listing)`;
 * dated snapshots of one name form one group, named after the undated id when there is one.
 */
function draftsFrom(
  ctx: BuildContext,
  listings: Listing[],
  labOf: (listing: Listing) => string | null,
  prefer: (listing: Listing) => number,
  selfReported: boolean,
): void {
  const groups = new Map<string, { labId: string; modelPart: string; listing: Listing; resolution: Resolution }[]>();
  for (const listing of listings) {
    const resolution = ctx.index.resolve(ctx.query(listing));
    if (resolution.modelId !== null) continue;
    const parsed = parseListingId(ctx.query(listing).rawId, ctx.tables.aliases);
    const labId = labOf(listing);
    if (!parsed.ok || labId === null) continue;
    // The alias table may name the model this listing is (amazon/nova-pro for nova-pro-v1).
    const target = ctx.aliasTarget(`${labId}/${parsed.id.modelPart}`);
    const member = { labId, modelPart: target ? target.slice(labId.length + 1) : parsed.id.modelPart, listing, resolution };
    const key = target ?? `${labId}/${compactKey(snapshotBaseKey(parsed.id.modelPart))}`;
    groups.set(key, [...(groups.get(key) ?? []), member]);
  }
  const undated = (member: { modelPart: string }) => Number(spellingKey(member.modelPart) === snapshotBaseKey(member.modelPart));
  const namingFirst = thenBy<{ modelPart: string }>(
    byKeyDescending(undated),
    byKey((member) => member.modelPart),
  );
  const definingFirst = thenBy<{ listing: Listing }>(
    byKey((member) => prefer(member.listing)),
    byKey((member) => member.listing.offeringId),
  );
  for (const group of groups.values()) {
    const naming = [...group].sort(namingFirst)[0]!;
    const defining = [...group].sort(definingFirst)[0]!;
    const id = `${naming.labId}/${naming.modelPart}`;
    if (ctx.drafts.has(id)) continue;
    ctx.drafts.set(id, { id, labId: naming.labId, definition: { kind: 'listing', listing: defining.listing, selfReported }, aliases: new Set() });
    const { resolution } = defining;
    if (resolution.modelId === null && resolution.nearModelId !== null) {
      const source = defining.listing.source.kind === 'openrouter' ? 'openrouter/models' : 'models-dev/api';
      ctx.nearMisses.push({ source, name: defining.listing.offeringId, createdModelId: id, nearModelId: resolution.nearModelId, reason: resolution.reason });
    }
  }
  ctx.reindex();
}

/** Models a lab's own API lists under its own name (self-reported: the lab says so itself). */
export function draftsFromLabListings(ctx: BuildContext, listings: Listing[]): void {
  const eligible = listings.filter((listing) => {
    const facts = ctx.providerFacts(listing.providerId);
    return facts.labId !== null && facts.kind !== 'SUBSCRIPTION_PLAN' && !facts.hostsOtherLabs;
  });
  const labOf = (listing: Listing) => {
    const facts = ctx.providerFacts(listing.providerId);
    const rawId = ctx.query(listing).rawId;
    const parsed = parseListingId(rawId, ctx.tables.aliases);
    if (!parsed.ok) return null;
    const lab = parsed.id.labId ?? parsed.id.foreignNamespace ?? (rawId.includes('/') ? null : facts.labId);
    return lab === facts.labId ? lab : null;
  };
  // The lab's main API (provider id = lab id) defines the model over its regional twins.
  draftsFrom(ctx, eligible, labOf, (listing) => (listing.providerId === ctx.providerFacts(listing.providerId).labId ? 0 : 1), true);
}

/**
 * Models a host lists under a lab's namespace (one the alias table knows: `bfl/`, `black-forest-labs/`,
 * `microsoft/`) when that lab has no API of its own in the data. A lab with its own API says itself
 * which models it has; a host's other ids under its name are renamings or serving variants
 * (`poe/anthropic/claude-haiku-3`, `…-maas`, `…-fp8`) and stay unmapped with the reason.
 */
export function draftsFromHostListings(ctx: BuildContext, listings: Listing[]): void {
  const eligible = listings.filter((listing) => listing.providerId !== OPENROUTER);
  const labOf = (listing: Listing) => {
    const parsed = parseListingId(ctx.query(listing).rawId, ctx.tables.aliases);
    const labId = parsed.ok ? parsed.id.labId : null;
    // NVIDIA's API hosting `black-forest-labs/flux.1-dev` is a host for that lab.
    const hosted = labId !== null && labId !== ctx.providerFacts(listing.providerId).labId;
    return hosted && !ctx.labsWithOwnApi.has(labId) ? labId : null;
  };
  draftsFrom(ctx, eligible, labOf, () => 0, false);
}

/** Models OpenRouter lists under a `lab/model` id that nothing earlier is. */
export function draftsFromOpenRouter(ctx: BuildContext, listings: Listing[]): void {
  const eligible = listings.filter((listing) => listing.providerId === OPENROUTER && !isRouter(listing, ctx.tables.aliases));
  const labOf = (listing: Listing) => {
    const parsed = parseListingId(listing.rawId, ctx.tables.aliases);
    return parsed.ok ? (parsed.id.labId ?? parsed.id.foreignNamespace) : null;
  };
  draftsFrom(ctx, eligible, labOf, (listing) => (listing.source.kind === 'openrouter' ? 0 : 1), false);
}

type ModelFields = Omit<Model, 'aliases' | 'canonicalOfferingId' | 'listPrice' | 'availability'>;

/** The model's document (but its aliases, decided over the whole catalog) from its definition and offerings. */
export function modelDocument(ctx: BuildContext, draft: ModelDraft, offerings: Offering[]): Omit<Model, 'aliases'> {
  const canonical = canonicalOffering(ctx, draft, offerings);
  return {
    ...modelFields(draft),
    availability: offerings.length > 0 ? 'OFFERED' : 'NOT_OFFERED',
    canonicalOfferingId: canonical?.id ?? null,
    listPrice: listPriceOf(canonical),
  };
}

function modelFields(draft: ModelDraft): ModelFields {
  const { definition } = draft;
  if (definition.kind === 'models.dev') {
    const record = definition.model;
    const provenance: Provenance = {
      source: 'models.dev',
      sourceId: record.id,
      observedAt: definition.observedAt,
      selfReported: false,
      url: `https://models.dev`,
    };
    return modelsDevModelFields(draft, record, provenance);
  }
  if (definition.kind === 'lmarena') return arenaModelFields(draft, definition.arena);
  const { listing } = definition;
  if (listing.source.kind === 'models.dev') {
    const provenance: Provenance = {
      source: 'models.dev',
      sourceId: listing.offeringId,
      observedAt: listing.observedAt,
      selfReported: definition.selfReported,
      url: null,
    };
    return modelsDevModelFields(draft, listing.source.listing, provenance);
  }
  const { model } = listing.source;
  const provenance: Provenance = {
    source: 'openrouter',
    sourceId: model.id,
    observedAt: listing.observedAt,
    selfReported: false,
    url: `https://openrouter.ai/${model.id}`,
  };
  const output = model.architecture.output_modalities;
  return {
    id: draft.id,
    name: openRouterModelName(model.name),
    labId: draft.labId,
    family: null,
    releaseDate: model.created === undefined ? null : unixSecondsToIsoDay(model.created),
    knowledgeCutoff: model.knowledge_cutoff ?? null,
    openWeights: null,
    license: null,
    modalities: { input: [...model.architecture.input_modalities], output: [...output] },
    peerGroup: peerGroupOf(output, [model.id]),
    peerGroups: peerGroupsOf(output, [model.id]),
    limits: openRouterLimits(model, provenance),
    capabilities: openRouterCapabilities(model),
    provenance: [provenance],
  };
}

/** The lab's own pay-per-use listing (its main API first, the spelling of the model id next). */
function canonicalOffering(ctx: BuildContext, draft: ModelDraft, offerings: Offering[]): Offering | null {
  const own = offerings.filter((o) => o.price.kind === 'PAY_PER_USE' && ctx.providerFacts(o.providerId).labId === draft.labId);
  const modelKey = spellingKey(draft.id.slice(draft.labId.length + 1));
  const rank = (o: Offering) =>
    (o.providerId === draft.labId ? 0 : 4) + (o.status === 'DEPRECATED' ? 2 : 0) + (spellingKey(o.providerModelId) === modelKey ? 0 : 1);
  const best = own.sort(
    thenBy(
      byKey(rank),
      byKey((o) => o.id),
    ),
  )[0];
  if (best) return best;
  // Failing that, the price of the listing the model was defined from (e.g. its OpenRouter entry).
  const definition = draft.definition;
  if (definition.kind !== 'listing') return null;
  return offerings.find((o) => o.id === definition.listing.offeringId && o.price.kind === 'PAY_PER_USE') ?? null;
}

/** LMArena spells a closed model's licence `Proprietary` (once `Propretary`). */
const PROPRIETARY = /^propr?i?etary$/i;
const LICENSE_NOT_SAID = new Set(['-', 'other']);

function openWeightsOf(license: string | null): boolean | null {
  if (license === null || LICENSE_NOT_SAID.has(license.toLowerCase())) return null;
  return !PROPRIETARY.test(license);
}

/**
 * A model known from LMArena rows only: the boards say what it reads and writes (every board takes
 * text; the vision board images too; the image board's models make images), nothing about its
 * limits (unknown, or not applicable to a model that writes no text) or its release date.
 */
function arenaModelFields(draft: ModelDraft, arena: ArenaDefinition): ModelFields {
  const writesText = arena.boards.some((board) => board !== 'image');
  const output: Modality[] = [...(writesText ? (['text'] as const) : []), ...(arena.boards.includes('image') ? (['image'] as const) : [])];
  const input: Modality[] = ['text', ...(arena.boards.includes('vision') ? (['image'] as const) : [])];
  const peerGroups = peerGroupsOf(output, [draft.id]);
  const limit = (): TokenLimit => ({ tokens: null, reason: writesText ? 'UNKNOWN' : 'NOT_APPLICABLE', provenance: null });
  return {
    id: draft.id,
    name: arena.name,
    labId: draft.labId,
    family: null,
    releaseDate: null,
    knowledgeCutoff: arena.knowledgeCutoff,
    openWeights: openWeightsOf(arena.license),
    license: arena.license,
    modalities: { input, output },
    peerGroup: peerGroups[0]!,
    peerGroups,
    limits: { contextTokens: limit(), inputTokens: limit(), maxOutputTokens: limit() },
    capabilities: {
      ...NO_CAPABILITIES,
      visionInput: arena.boards.includes('vision') ? true : null,
      imageOutput: arena.boards.includes('image') ? true : null,
    },
    provenance: [{ source: 'lmarena', sourceId: arena.sourceId, observedAt: arena.observedAt, selfReported: false, url: arena.url }],
  };
}

type ModelsDevModelLike = Omit<ModelsDevModel, 'benchmarks' | 'license'> & { license?: string | undefined };

function modelsDevModelFields(draft: ModelDraft, record: ModelsDevModelLike, provenance: Provenance): ModelFields {
  const modalities: { input: Modality[]; output: Modality[] } = {
    input: [...(record.modalities?.input ?? [])],
    output: [...(record.modalities?.output ?? [])],
  };
  const peerGroups = peerGroupsOf(record.modalities?.output ?? null, [record.id, record.family]);
  const peerGroup: PeerGroup = peerGroups[0]!;
  return {
    id: draft.id,
    name: record.name,
    labId: draft.labId,
    family: record.family ?? null,
    releaseDate: record.release_date ?? null,
    knowledgeCutoff: record.knowledge ?? null,
    openWeights: record.open_weights ?? null,
    license: record.license ?? null,
    modalities,
    peerGroup,
    peerGroups,
    limits: limitsOf(record.limit, peerGroup, provenance),
    capabilities: modelsDevCapabilities(record),
    provenance: [provenance],
  };
}
