/**
 * The import rules of the code map (README "Code map"), checked by reading every import line of
 * src/ and packages/: a rule broken is a failing test, not a review comment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const STORE_PACKAGE = '@model-compare/embedded-mongo';

interface Import {
  /** The importing file, from the repository root. */
  file: string;
  /** As written. */
  specifier: string;
  /** A relative specifier resolved from the repository root; null for a package or a node: builtin. */
  target: string | null;
  typeOnly: boolean;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => {
    const specifier = match[3] ?? match[4]!;
    const target = specifier.startsWith('.') ? relative(ROOT, resolve(dirname(join(ROOT, file)), specifier)) : null;
    return { file, specifier, target, typeOnly: match[2] !== undefined };
  });
}

const appImports = sourceFiles('src').flatMap(importsOf);
const storeImports = sourceFiles('packages/embedded-mongo').flatMap(importsOf);

const under = (folder: string) => (path: string | null) => path?.startsWith(`${folder}/`) ?? false;
const from = (folder: string) => appImports.filter((i) => under(folder)(i.file));
const show = (imports: Import[]) => imports.map((i) => `${i.file} → ${i.specifier}`);

/** Imports from `folder` into the app's own code that is not under one of `allowed`. */
function outside(folder: string, allowed: string[]): string[] {
  return show(from(folder).filter((i) => i.target !== null && !allowed.some((dir) => under(dir)(i.target) || i.target === dir)));
}

/** Packages (not node: builtins) imported from `folder` that are not in `allowed`. */
function packagesOutside(folder: string, allowed: string[]): string[] {
  return show(
    from(folder).filter(
      (i) => i.target === null && !i.specifier.startsWith('node:') && !allowed.some((name) => i.specifier === name || i.specifier.startsWith(`${name}/`)),
    ),
  );
}

describe('import rules', () => {
  it('the checker sees the code (a rule that reads nothing cannot fail)', () => {
    expect(from('src/domain').length).toBeGreaterThan(50);
    expect(from('src/graphql').length).toBeGreaterThan(50);
    expect(storeImports.length).toBeGreaterThan(30);
  });

  it('src/domain/ imports only src/domain/ and zod: no database, no GraphQL, no Node APIs', () => {
    expect(outside('src/domain', ['src/domain'])).toEqual([]);
    expect(show(from('src/domain').filter((i) => i.target === null && i.specifier !== 'zod'))).toEqual([]);
  });

  it('src/data/ imports only src/domain/ and the driver (and dataloader for the loaders)', () => {
    expect(outside('src/data', ['src/data', 'src/domain'])).toEqual([]);
    expect(packagesOutside('src/data', ['mongodb', 'dataloader'])).toEqual([]);
  });

  it('src/ingest/ imports src/domain/ and src/data/, never graphql/, services/ or http/', () => {
    expect(outside('src/ingest', ['src/ingest', 'src/domain', 'src/data'])).toEqual([]);
  });

  it('src/services/ imports src/domain/, src/data/ and (admin ingest only) src/ingest/', () => {
    expect(outside('src/services', ['src/services', 'src/domain', 'src/data', 'src/ingest', 'src/logging.ts'])).toEqual([]);
    expect(show(from('src/services').filter((i) => under('src/ingest')(i.target) && i.file !== 'src/services/admin-ingest.ts'))).toEqual([]);
  });

  it('src/graphql/ reaches data only through src/services/ and the loaders in the context', () => {
    expect(outside('src/graphql', ['src/graphql', 'src/services', 'src/domain', 'src/data'])).toEqual([]);
    const dataImports = from('src/graphql').filter((i) => under('src/data')(i.target));
    expect(show(dataImports.filter((i) => i.file !== 'src/graphql/context.ts' || !i.typeOnly))).toEqual([]);
  });

  it('src/web/ (the HTML pages) reaches the API only through GraphQL: it imports src/web/ and the logger, never graphql/, services/, domain/ or data/', () => {
    expect(from('src/web').length).toBeGreaterThan(40);
    expect(outside('src/web', ['src/web', 'src/logging.ts'])).toEqual([]);
    expect(packagesOutside('src/web', ['graphql-yoga', '@graphql-typed-document-node/core'])).toEqual([]);
    expect(show(from('src/web').filter((i) => i.target === null && !i.specifier.startsWith('node:') && !i.typeOnly))).toEqual([]);
  });

  it('only src/app.ts mounts the pages', () => {
    const users = [...new Set(appImports.filter((i) => under('src/web')(i.target) && !under('src/web')(i.file)).map((i) => i.file))];
    expect(users).toEqual(['src/app.ts']);
  });

  it('packages/embedded-mongo/ imports nothing from src/, and src/ uses it only from src/server.ts and src/cli/db.ts', () => {
    expect(show(storeImports.filter((i) => i.target !== null && !under('packages/embedded-mongo')(i.target)))).toEqual([]);
    const users = [...new Set(appImports.filter((i) => i.specifier === STORE_PACKAGE).map((i) => i.file))].sort();
    expect(users).toEqual(['src/cli/db.ts', 'src/server.ts']);
    expect(show(appImports.filter((i) => i.target !== null && under('packages')(i.target)))).toEqual([]);
  });

  it('at most four files directly under src/', () => {
    const files = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeLessThanOrEqual(4);
  });

  it('no barrel re-exports values: each value is imported from the file that defines it', () => {
    const reexports = appImports.filter(
      (i) =>
        /^\s*export\s+(\{|\*)/.test(
          readFileSync(join(ROOT, i.file), 'utf8')
            .split('\n')
            .find((line) => line.includes(`'${i.specifier}'`)) ?? '',
        ) && !i.typeOnly,
    );
    expect(show(reexports)).toEqual([]);
  });
});
