/**
 * What every format parser produces: the records of one source file, each validated on its own.
 * A problem with the file as a whole (empty, not JSON/CSV, wrong shape) throws FileFormatError and the
 * import changes nothing; a problem with one record rejects that record only, with its reason.
 */
import type { z } from 'zod';
import type { CatalogContentCollection } from '../../domain/catalog.ts';

export const SOURCE_KINDS = [
  'models-dev/api',
  'models-dev/models',
  'models-dev/history',
  'openrouter/models',
  'lmarena/text',
  'lmarena/vision',
  'lmarena/image',
  'lmarena/text-history',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceRecord {
  key: string;
  value: unknown;
}

export interface ParsedSourceFile {
  name: string;
  kind: SourceKind;
  records: SourceRecord[];
  rejected: { key: string; reason: string; collection: CatalogContentCollection }[];
}

export class FileFormatError extends Error {
  constructor(fileName: string, problem: string) {
    super(`${fileName}: ${problem}`);
    this.name = 'FileFormatError';
  }
}

export function parseJsonFile(name: string, text: string): unknown {
  if (text.trim().length === 0) throw new FileFormatError(name, 'file is empty');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FileFormatError(name, `not valid JSON (${(error as Error).message.slice(0, 200)}); truncated or not a JSON file`);
  }
}

/** zod issues as one line: `cost.input: Too small: expected number to be >=0`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}

/** Validates each record separately, so one bad record is rejected without rejecting its file. */
export function validateRecords<T>(
  entries: Iterable<[string, unknown]>,
  schema: z.ZodType<T>,
  collection: CatalogContentCollection,
): Pick<ParsedSourceFile, 'records' | 'rejected'> {
  const records: SourceRecord[] = [];
  const rejected: ParsedSourceFile['rejected'] = [];
  const seen = new Set<string>();
  for (const [key, raw] of entries) {
    if (seen.has(key)) {
      rejected.push({ key, reason: 'duplicate record: the first one is kept', collection });
      continue;
    }
    seen.add(key);
    const parsed = schema.safeParse(raw);
    if (parsed.success) records.push({ key, value: parsed.data });
    else rejected.push({ key, reason: describeIssues(parsed.error), collection });
  }
  return { records, rejected };
}
