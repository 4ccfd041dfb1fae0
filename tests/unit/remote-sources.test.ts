/** Which URLs a refresh fetches: the defaults, REFRESH_URLS overrides, and the CLI's --url. */
import { describe, expect, it } from 'vitest';
import { parseDocumentUrls, REMOTE_SOURCES, resolveDocuments, SourceUrlError } from '../../src/ingest/remote-sources.ts';

const urlsOf = (documents: { kind: string; url: string }[]) => Object.fromEntries(documents.map(({ kind, url }) => [kind, url]));

describe('source URLs', () => {
  it('every source has its public default, documented in one table', () => {
    expect(urlsOf(resolveDocuments('models-dev', {}))).toEqual({
      'models-dev/api': 'https://models.dev/api.json',
      'models-dev/models': 'https://models.dev/models.json',
    });
    expect(urlsOf(resolveDocuments('openrouter', {}))).toEqual({ 'openrouter/models': 'https://openrouter.ai/api/v1/models' });
    expect(REMOTE_SOURCES.lmarena.map((document) => document.fileName)).toEqual(['text.csv', 'vision.csv', 'image.csv']);
  });

  it('REFRESH_URLS replaces the documents it names and keeps the other defaults', () => {
    const configured = parseDocumentUrls(' models-dev/api=http://mirror.internal/api.json , lmarena/text=https://mirror.internal/t.csv');
    expect(urlsOf(resolveDocuments('models-dev', configured))).toEqual({
      'models-dev/api': 'http://mirror.internal/api.json',
      'models-dev/models': 'https://models.dev/models.json',
    });
    expect(resolveDocuments('lmarena', configured)[0]).toMatchObject({ kind: 'lmarena/text', fileName: 'text.csv', url: 'https://mirror.internal/t.csv' });
  });

  it.each([
    ['openrouter=http://x/y', 'expected KIND=URL'],
    ['openrouter/models=ftp://x/y', 'not an http(s) URL'],
    ['openrouter/models', 'expected KIND=URL'],
  ])('REFRESH_URLS %s is refused: %s', (text, problem) => {
    expect(() => parseDocumentUrls(text)).toThrow(SourceUrlError);
    expect(() => parseDocumentUrls(text)).toThrow(problem);
  });

  it('--url fetches only the documents it names: NAME=URL, the only document, or the one with the same file name', () => {
    expect(urlsOf(resolveDocuments('openrouter', {}, ['http://local/or.json']))).toEqual({ 'openrouter/models': 'http://local/or.json' });
    expect(urlsOf(resolveDocuments('models-dev', {}, ['models=http://local/m.json']))).toEqual({ 'models-dev/models': 'http://local/m.json' });
    expect(urlsOf(resolveDocuments('lmarena', {}, ['http://mirror/csv/lmarena_vision.csv']))).toEqual({
      'lmarena/vision': 'http://mirror/csv/lmarena_vision.csv',
    });
  });

  it.each([
    [['http://local/whatever.json'], 'cannot tell which models-dev document'],
    [['nope=http://local/a.json'], 'cannot tell which models-dev document'],
    [['api=not a url'], 'not an http(s) URL'],
    [['api=http://a/1', 'api=http://a/2'], 'models-dev/api is given twice'],
  ])('--url %j for models-dev is refused: %s', (urls, problem) => {
    expect(() => resolveDocuments('models-dev', {}, urls)).toThrow(problem);
  });
});
