/**
 * A synthetic catalog shaped like the application's seeded one (which this package cannot import):
 * the same collections with about the same document counts, sizes, nesting and indexes, so the
 * memory benchmark measures what the store holds for the real data without running the app.
 * Deterministic: the same data every run.
 */
import type { Db, Document, IndexDescription } from 'mongodb';

const VERSION = 1;

function provenance(source: string, id: string, i: number): Document {
  return {
    source,
    sourceId: `${source}:${id}`,
    observedAt: `2026-0${1 + (i % 9)}-1${i % 10}`,
    selfReported: i % 7 === 0,
    url: i % 3 ? null : `https://${source}.example/${id}`,
  };
}

function tokenPrices(i: number): Document {
  return {
    inputNanoUsdPerMTok: 100_000_000 * (1 + (i % 40)),
    outputNanoUsdPerMTok: 400_000_000 * (1 + (i % 40)),
    cacheReadNanoUsdPerMTok: i % 4 ? null : 10_000_000,
    cacheWriteNanoUsdPerMTok: null,
    reasoningNanoUsdPerMTok: null,
    inputAudioNanoUsdPerMTok: null,
    outputAudioNanoUsdPerMTok: null,
  };
}

function price(id: string, i: number): Document {
  return {
    kind: 'PAY_PER_USE',
    currency: 'USD',
    tokens: tokenPrices(i),
    tiers: [],
    imageOutputNanoUsdPerImage: null,
    imageInputNanoUsdPerImage: null,
    requestNanoUsdPerRequest: null,
    webSearchNanoUsdPerSearch: null,
    provenance: provenance('models.dev', id, i),
  };
}

function limits(id: string, i: number): Document {
  const known = (tokens: number) => ({ tokens, reason: null, provenance: provenance('models.dev', id, i) });
  return {
    contextTokens: known(4096 * (1 + (i % 64))),
    inputTokens: { tokens: null, reason: 'UNKNOWN', provenance: null },
    maxOutputTokens: known(1024 * (1 + (i % 32))),
  };
}

const modelId = (i: number) => `lab-${i % 90}/model-${i}`;
const offeringId = (i: number) => `provider-${i % 147}/${modelId(i % 769)}-${i}`;

/** Every catalog document carries the version, and its `_id` is `version:id`, as the app writes them. */
const versioned = (id: string, fields: Document): Document => ({ _id: `${VERSION}:${id}`, catalogVersion: VERSION, id, ...fields });

function model(i: number): Document {
  const id = modelId(i);
  const flag = (k: number) => (i % k === 0 ? null : i % 2 === 0);
  return versioned(id, {
    name: `Model ${i}`,
    labId: `lab-${i % 90}`,
    family: i % 5 ? `family-${i % 30}` : null,
    releaseDate: `2025-${String(1 + (i % 12)).padStart(2, '0')}-01`,
    knowledgeCutoff: null,
    openWeights: i % 3 === 0,
    license: i % 3 === 0 ? 'Apache-2.0' : 'Proprietary',
    modalities: { input: ['text', ...(i % 2 ? ['image'] : [])], output: ['text'] },
    peerGroup: 'TEXT',
    peerGroups: ['TEXT'],
    limits: limits(id, i),
    capabilities: Object.fromEntries(
      ['visionInput', 'audioInput', 'pdfInput', 'functionCalling', 'structuredOutput', 'reasoning'].map((c, k) => [c, flag(k + 2)]),
    ),
    provenance: [provenance('lmarena', id, i), provenance('openrouter', id, i + 1)],
    availability: i % 4 ? 'OFFERED' : 'NOT_OFFERED',
    canonicalOfferingId: offeringId(i),
    listPrice: { inputNanoUsdPerMTok: 100_000_000, outputNanoUsdPerMTok: 400_000_000, blendedNanoUsdPerMTok: 175_000_000 },
    aliases: [`Model ${i}`, `model-${i}`],
  });
}

function offering(i: number): Document {
  const id = offeringId(i);
  return versioned(id, {
    providerId: `provider-${i % 147}`,
    providerModelId: `model-${i % 769}`,
    name: `Model ${i % 769} at provider ${i % 147}`,
    modelId: i % 10 ? modelId(i % 769) : null,
    unmappedReason: null,
    price: price(id, i),
    limits: limits(id, i),
    status: 'ACTIVE',
    provenance: provenance('models.dev', id, i),
  });
}

function priceEvent(i: number): Document {
  const offering = offeringId(i % 5328);
  const date = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return versioned(`${offering}|${date}`, {
    offeringId: offering,
    providerId: `provider-${i % 147}`,
    modelId: modelId(i % 769),
    date,
    provenance: provenance('models.dev', offering, i),
    change: i % 5 ? 'PRICE_CHANGED' : 'ADDED',
    price: price(offering, i),
    limits: limits(offering, i),
    previousPrice: i % 5 ? price(offering, i + 1) : null,
    previousLimits: null,
  });
}

function benchmarkResult(i: number): Document {
  const model = modelId(i % 769);
  const date = `2025-${String(1 + (i % 12)).padStart(2, '0')}-15`;
  return versioned(`${model}|bench-${i % 40}|${date}|${i}`, {
    modelId: model,
    benchmarkId: `bench-${i % 40}`,
    benchmarkName: `Benchmark number ${i % 40}`,
    score: 1000 + (i % 500),
    metric: 'arena score (Elo scale)',
    higherIsBetter: true,
    configuration: null,
    release: null,
    date,
    sourceUrl: `https://leaderboard.example/bench-${i % 40}`,
    votes: 1000 * (i % 50),
    ciLower: null,
    ciUpper: null,
    provenance: provenance('lmarena', model, i),
  });
}

function modelScore(i: number): Document {
  const id = modelId(i);
  const input = (name: string, k: number) => ({ name, value: k % 3 ? null : k, unit: null, provenance: provenance('lmarena', id, i + k) });
  const signal = (name: string) => ({
    signal: name,
    value: i % 4 ? (i * 7) % 100 : null,
    reason: i % 4 ? null : 'UNKNOWN',
    detail: `how the ${name.toLowerCase()} signal of this model was worked out from its inputs`,
    formula: `${name.toLowerCase()} = 100 × (weighted inputs that are known) / (weights of the inputs)`,
    inputs: Array.from({ length: 8 }, (_, k) => input(`${name.toLowerCase()}-input-${k}`, k)),
  });
  const signals = ['CAPABILITIES', 'QUALITY', 'ADOPTION', 'PRICE'].map(signal);
  return versioned(id, {
    methodologyVersion: '2026.12.0',
    asOf: '2026-07-02',
    score: {
      modelId: id,
      peerGroup: 'TEXT',
      signals: Object.fromEntries(signals.map((s) => [s.signal, s])),
      overall: { value: i % 100, confidence: 'MEDIUM' },
    },
  });
}

function scoreHistory(i: number): Document {
  const id = modelId(i);
  const points = Array.from({ length: 12 }, (_, k) => ({
    asOf: `2026-${String(1 + k).padStart(2, '0')}-01`,
    overall: (i + k) % 100,
    methodologyVersion: '2026.12.0',
  }));
  return versioned(id, { modelId: id, points });
}

/** One source file's records as JSON text: a few big strings, as the app keeps them. */
function sourceSnapshot(i: number): Document {
  const record = (k: number) => ({
    key: `${modelId(k)}`,
    observedAt: '2026-07-02',
    value: { id: modelId(k), name: `Model ${k}`, context_length: 4096 * (k % 64), pricing: { prompt: '0.000002' } },
  });
  const records = Array.from({ length: 9500 }, (_, k) => record(k + i));
  return versioned(`source-${i}`, { kind: `source-${i}/records`, recordsJson: JSON.stringify(records) });
}

const byVersionAndId: IndexDescription = { key: { catalogVersion: 1, id: 1 }, name: 'catalogVersion_id', unique: true };
const byVersionAnd = (field: string, direction: 1 | -1 = 1): IndexDescription => ({ key: { catalogVersion: 1, [field]: direction } });

/** Collection, document count, one document, and the app's indexes on it. */
const COLLECTIONS: [string, number, (i: number) => Document, IndexDescription[]][] = [
  ['labs', 90, (i) => versioned(`lab-${i}`, { name: `Lab ${i}`, url: null }), [byVersionAndId]],
  ['providers', 147, (i) => versioned(`provider-${i}`, { name: `Provider ${i}`, docUrl: `https://provider-${i}.example`, labId: null }), [byVersionAndId]],
  ['models', 769, model, [byVersionAndId, byVersionAnd('aliases')]],
  ['offerings', 5328, offering, [byVersionAndId, byVersionAnd('modelId'), byVersionAnd('providerId')]],
  ['priceEvents', 10_371, priceEvent, [byVersionAndId, byVersionAnd('offeringId'), byVersionAnd('date', -1)]],
  ['benchmarkResults', 16_290, benchmarkResult, [byVersionAndId, byVersionAnd('modelId')]],
  ['modelScores', 769, modelScore, [byVersionAndId]],
  ['scoreHistory', 769, scoreHistory, [byVersionAndId]],
  ['sourceSnapshots', 9, sourceSnapshot, [{ key: { catalogVersion: 1, kind: 1 }, unique: true }]],
];

/** Writes the catalog into `db` through the driver, in batches as the app's import writes it. */
export async function writeSeedShapedCatalog(db: Db): Promise<void> {
  for (const [name, count, make, indexes] of COLLECTIONS) {
    const collection = db.collection(name);
    await collection.createIndexes(indexes);
    for (let start = 0; start < count; start += 1000) {
      await collection.insertMany(Array.from({ length: Math.min(1000, count - start) }, (_, k) => make(start + k)));
    }
  }
}
