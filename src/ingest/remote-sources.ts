/**
 * Where each source is published: the one place the default URLs live (README "Live refresh" lists
 * them). Every URL can be replaced, per document, with `REFRESH_URLS` or the CLI's `--url`, which is
 * how an operator points the refresh at a mirror.
 */
import type { IngestFormat } from '../domain/ingest-report.ts';
import type { SourceKind } from './formats/source-file.ts';

export interface RemoteDocument {
  /** The source kind the document holds; `source/name`, e.g. `models-dev/api`. */
  kind: SourceKind;
  /** Its name within the source, as `--url NAME=URL` takes it: `api`, `models`, `text` … */
  name: string;
  /** The file name the parser is given: LMArena tells a leaderboard's arena by it. */
  fileName: string;
  defaultUrl: string;
}

export interface ResolvedDocument extends RemoteDocument {
  url: string;
}

/** A document's URL overrides by kind, as `REFRESH_URLS` gives them. */
export type DocumentUrls = Partial<Record<SourceKind, string>>;

const document = (kind: SourceKind, fileName: string, defaultUrl: string): RemoteDocument => ({ kind, name: kind.split('/')[1]!, fileName, defaultUrl });

/** The LMArena leaderboards as fboulnois/llm-leaderboard-csv republishes them (LMArena itself publishes no CSV). */
const LMARENA_MIRROR = 'https://raw.githubusercontent.com/fboulnois/llm-leaderboard-csv/main/csv';

/**
 * Each source's public documents. models.dev's history is not here: it is derived from the
 * repository's git history, not published (the seed's copy stays the one the catalog uses).
 */
export const REMOTE_SOURCES: Record<IngestFormat, readonly RemoteDocument[]> = {
  'models-dev': [
    document('models-dev/api', 'api.json', 'https://models.dev/api.json'),
    document('models-dev/models', 'models.json', 'https://models.dev/models.json'),
  ],
  openrouter: [document('openrouter/models', 'models.json', 'https://openrouter.ai/api/v1/models')],
  lmarena: [
    document('lmarena/text', 'text.csv', `${LMARENA_MIRROR}/lmarena_text.csv`),
    document('lmarena/vision', 'vision.csv', `${LMARENA_MIRROR}/lmarena_vision.csv`),
    document('lmarena/image', 'image.csv', `${LMARENA_MIRROR}/lmarena_image.csv`),
  ],
};

const REMOTE_DOCUMENTS: readonly RemoteDocument[] = Object.values(REMOTE_SOURCES).flat();

export class SourceUrlError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'SourceUrlError';
  }
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

const lastSegment = (url: string) => new URL(url).pathname.split('/').at(-1) ?? '';

/**
 * The document a CLI `--url` names: `NAME=URL`; or a bare URL, which is the source's only document,
 * or the one whose default URL ends in the same file name (a mirror that keeps the names).
 */
function documentOfCliUrl(source: IngestFormat, given: string): ResolvedDocument {
  const documents = REMOTE_SOURCES[source];
  const named = /^([a-z-]+)=(.+)$/.exec(given);
  const url = named ? named[2]! : given;
  if (!isHttpUrl(url)) throw new SourceUrlError(`--url ${given}: not an http(s) URL`);
  const match = named
    ? documents.find((candidate) => candidate.name === named[1])
    : documents.length === 1
      ? documents[0]
      : documents.find((candidate) => lastSegment(candidate.defaultUrl) === lastSegment(url));
  if (!match) {
    const names = documents.map((candidate) => candidate.name).join(', ');
    throw new SourceUrlError(`--url ${given}: cannot tell which ${source} document this is; write NAME=URL with NAME one of ${names}`);
  }
  return { ...match, url };
}

/**
 * What to fetch for `source`: with CLI URLs, exactly the documents they name; otherwise every
 * document of the source at its configured URL (an override from `REFRESH_URLS`, else the default).
 */
export function resolveDocuments(source: IngestFormat, configured: DocumentUrls, cliUrls: readonly string[] = []): ResolvedDocument[] {
  if (cliUrls.length === 0) return REMOTE_SOURCES[source].map((remote) => ({ ...remote, url: configured[remote.kind] ?? remote.defaultUrl }));
  const resolved = cliUrls.map((given) => documentOfCliUrl(source, given));
  const twice = resolved.find((remote, index) => resolved.findIndex((other) => other.kind === remote.kind) !== index);
  if (twice) throw new SourceUrlError(`--url: ${twice.kind} is given twice`);
  return resolved;
}

/**
 * `REFRESH_URLS`: comma-separated `KIND=URL` pairs, e.g.
 * `openrouter/models=https://mirror.internal/openrouter/models.json`. Throws SourceUrlError naming
 * the first bad pair.
 */
export function parseDocumentUrls(text: string): DocumentUrls {
  const urls: DocumentUrls = {};
  for (const pair of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const separator = pair.indexOf('=');
    const kind = pair.slice(0, separator);
    const url = pair.slice(separator + 1);
    const remote = REMOTE_DOCUMENTS.find((candidate) => candidate.kind === kind);
    if (separator < 0 || !remote) throw new SourceUrlError(`${pair}: expected KIND=URL with KIND one of ${REMOTE_DOCUMENTS.map((d) => d.kind).join(', ')}`);
    if (!isHttpUrl(url)) throw new SourceUrlError(`${pair}: not an http(s) URL`);
    urls[remote.kind] = url;
  }
  return urls;
}
