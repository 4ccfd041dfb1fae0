/**
 * LMArena leaderboards: one CSV per arena (text, vision, image — told apart by the file name, as the
 * columns are the same) and `text-history.json`, dated snapshots of the text leaderboard.
 */
import { z } from 'zod';
import { FileFormatError, type ParsedSourceFile, parseJsonFile, type SourceKind, validateRecords } from './source-file.ts';

export const LEADERBOARDS = ['text', 'vision', 'image'] as const;
export type Leaderboard = (typeof LEADERBOARDS)[number];

const REQUIRED_COLUMNS = ['model', 'arena_score', '95_pct_ci', 'votes', 'organization'] as const;

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.length === 0) quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

const numberText = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, `${what} must be a number`)
    .transform(Number);

export const arenaRowSchema = z.object({
  model: z.string().trim().min(1, 'model name is empty'),
  arena_score: numberText('arena_score'),
  ci: z
    .string()
    .trim()
    .regex(/^\+\d+(\.\d+)?\/-\d+(\.\d+)?$/, '95_pct_ci must look like +5/-5')
    .transform((text) => {
      const [plus, minus] = text.split('/');
      return { plus: Number(plus!.slice(1)), minus: Number(minus!.slice(1)) };
    }),
  votes: z.string().trim().regex(/^\d+$/, 'votes must be a whole number').transform(Number),
  organization: z.string().trim(),
  license: z.string().trim(),
  url: z.string().trim(),
  /** `2023/4`, `Online`, `Unknown` or empty: only a year/month is read as a cutoff. */
  knowledge_cutoff: z.string().trim(),
});
export type ArenaRow = z.infer<typeof arenaRowSchema>;

export const arenaHistoryEntrySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  model: z.string().min(1),
  score: z.number().finite(),
  votes: z.number().int().nonnegative(),
  organization: z.string(),
  license: z.string().optional(),
});
export type ArenaHistoryEntry = z.infer<typeof arenaHistoryEntrySchema>;

function leaderboardOf(name: string): Leaderboard {
  const base = name.split(/[\\/]/).at(-1)!.toLowerCase();
  const board = LEADERBOARDS.find((b) => base.startsWith(b));
  if (!board) throw new FileFormatError(name, `cannot tell the arena from the file name; name it ${LEADERBOARDS.map((b) => `${b}.csv`).join(', ')}`);
  return board;
}

function parseLeaderboardCsv(name: string, text: string): ParsedSourceFile {
  const board = leaderboardOf(name);
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    throw new FileFormatError(name, `not a valid CSV file (${(error as Error).message})`);
  }
  const header = rows[0]?.map((column) => column.trim());
  if (!header) throw new FileFormatError(name, 'file is empty');
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new FileFormatError(name, `not an LMArena leaderboard CSV: missing column(s) ${missing.join(', ')}`);
  const column = (row: string[], columnName: string) => row[header.indexOf(columnName)];
  const nameOf = (row: string[]) => (column(row, 'model') ?? '').trim();
  const misshapen = rows.slice(1).filter((row) => row.length !== header.length);
  const entries = rows
    .slice(1)
    .filter((row) => row.length === header.length)
    .map((row): [string, unknown] => [
      nameOf(row),
      {
        model: column(row, 'model'),
        arena_score: column(row, 'arena_score'),
        ci: column(row, '95_pct_ci'),
        votes: column(row, 'votes'),
        organization: column(row, 'organization'),
        license: column(row, 'license') ?? '',
        url: column(row, 'url') ?? '',
        knowledge_cutoff: column(row, 'knowledge_cutoff') ?? '',
      },
    ]);
  const validated = validateRecords(entries, arenaRowSchema, 'benchmarkResults');
  const rejectedRows = misshapen.map((row) => ({
    key: nameOf(row),
    reason: `row has ${row.length} fields, the header ${header.length}`,
    collection: 'benchmarkResults' as const,
  }));
  const kind: SourceKind = `lmarena/${board}`;
  return { name, kind, records: validated.records, rejected: [...rejectedRows, ...validated.rejected] };
}

function parseHistory(name: string, text: string): ParsedSourceFile {
  const data = parseJsonFile(name, text) as { snapshots?: unknown };
  if (!Array.isArray(data?.snapshots)) throw new FileFormatError(name, 'not an LMArena history file: expected {"snapshots": [{date, entries}]}');
  const entries: [string, unknown][] = [];
  for (const snapshot of data.snapshots as { date?: unknown; entries?: unknown }[]) {
    if (!Array.isArray(snapshot?.entries)) throw new FileFormatError(name, 'a snapshot has no "entries" array');
    for (const entry of snapshot.entries as Record<string, unknown>[]) {
      entries.push([`${String(snapshot.date)}|${String(entry?.model)}`, { ...entry, date: snapshot.date }]);
    }
  }
  return { name, kind: 'lmarena/text-history', ...validateRecords(entries, arenaHistoryEntrySchema, 'benchmarkResults') };
}

export function parseLmArenaFile(name: string, text: string): ParsedSourceFile {
  if (text.trim().length === 0) throw new FileFormatError(name, 'file is empty');
  return text.trimStart().startsWith('{') ? parseHistory(name, text) : parseLeaderboardCsv(name, text);
}
