import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import codegenConfig from '../../schema/codegen.ts';
import { ModelDetailDocument, ModelListDocument } from '../../schema/generated/graphql.ts';
import { createTypedClient } from '../client/typed-client.ts';
import { type ApiHarness, startApiHarness } from '../support/api-harness.ts';

let harness: ApiHarness;
beforeAll(async () => {
  harness = await startApiHarness();
});
afterAll(() => harness?.close());

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('typed client generated from schema/operations', () => {
  it('runs the model list and detail operations against the server with typed results', async () => {
    const request = createTypedClient(async (url, init) => harness.app.fetch(url, init), 'http://localhost/graphql');
    const list = await request(ModelListDocument, { first: 3, sort: { field: 'RELEASE_DATE', direction: 'DESC' } });
    expect(list.models.edges).toHaveLength(3);
    const firstId: string = list.models.edges[0]!.node.canonicalId;

    const detail = await request(ModelDetailDocument, { id: firstId });
    expect(detail.model?.canonicalId).toBe(firstId);
    const offeringCount: number = detail.model?.offerings.length ?? 0;
    expect(offeringCount).toBeGreaterThan(0);
  });

  it('the generated documents are current (run `npm run codegen` after changing the schema or operations)', async () => {
    const outputs = await generate({ ...codegenConfig, cwd: root }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(readFileSync(`${root}${output.filename}`, 'utf8'), output.filename).toBe(output.content);
    }
  });

  it('type-checks: the client and the generated types compile under strict TypeScript', () => {
    const tsc = `${root}node_modules/typescript/bin/tsc`;
    const files = ['tests/client/typed-client.ts', 'tests/client/typed-usage.ts'].map((file) => `${root}${file}`);
    const args = [
      tsc,
      '--noEmit',
      '--strict',
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
      '--target',
      'ES2022',
      '--allowImportingTsExtensions',
      '--skipLibCheck',
      '--types',
      'node',
      ...files,
    ];
    expect(() => execFileSync(process.execPath, args, { cwd: root, stdio: 'pipe' })).not.toThrow();
  });
});
