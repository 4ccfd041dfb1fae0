/**
 * The hand-kept tables in seed/: which providers are labs or plans (providers.json), lab names
 * (labs.json) and the identity alias table (aliases.json). They are curated facts, each with a
 * reason, so they are validated on load like any other input.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PRICING_KINDS } from '../domain/catalog.ts';

export const SEED_DIR = new URL('../../seed/', import.meta.url);

const providerEntry = z.object({
  kind: z.enum(PRICING_KINDS).optional(),
  labId: z.string().optional(),
  /** A lab's API that also serves other labs' models under bare ids: its unmatched ids create no model. */
  hostsOtherLabs: z.boolean().optional(),
  /** A wrapper the provider puts before the lab's id (GitLab `duo-chat-gpt-5-1`). */
  idPrefix: z.string().optional(),
  reason: z.string().min(1),
});
const providerTableSchema = z.object({
  default: z.object({ kind: z.enum(PRICING_KINDS), reason: z.string().min(1) }),
  providers: z.record(z.string(), providerEntry),
});

const labTableSchema = z.record(z.string(), z.object({ name: z.string().min(1), url: z.string().nullable(), domains: z.array(z.string()) }));

const aliasTableSchema = z.object({
  labAliases: z.record(z.string(), z.string()),
  hostNamespaces: z.object({ namespaces: z.array(z.string()), reason: z.string() }),
  notModels: z.object({ prefixes: z.array(z.string()), reason: z.string() }),
  fastServingTier: z.object({ labs: z.array(z.string()), reason: z.string() }),
  models: z.record(z.string(), z.object({ aliases: z.array(z.string()).min(1), reason: z.string().min(1) })),
  /** Models whose names normalise alike (suspected duplicates) that are nonetheless different models, and why. */
  distinctModels: z.array(z.object({ models: z.array(z.string()).min(2), reason: z.string().min(1) })),
});

export type ProviderTable = z.infer<typeof providerTableSchema>;
export type LabTable = z.infer<typeof labTableSchema>;
export type AliasTable = z.infer<typeof aliasTableSchema>;

export interface SeedTables {
  providers: ProviderTable;
  labs: LabTable;
  aliases: AliasTable;
}

function readTable<T>(fileName: string, schema: z.ZodType<T>): T {
  const text = readFileSync(new URL(fileName, SEED_DIR), 'utf8');
  return schema.parse(JSON.parse(text));
}

let cached: SeedTables | null = null;

export function loadSeedTables(): SeedTables {
  cached ??= {
    providers: readTable('providers.json', providerTableSchema),
    labs: readTable('labs.json', labTableSchema),
    aliases: readTable('aliases.json', aliasTableSchema),
  };
  return cached;
}
