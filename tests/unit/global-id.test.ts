import { describe, expect, it } from 'vitest';
import { catalogKey, parseGlobalId } from '../../src/graphql/ids.ts';

const globalId = (text: string) => Buffer.from(text).toString('base64');

describe('global ids', () => {
  it('parses the base64 of Typename:id, padded or not', () => {
    expect(parseGlobalId(globalId('Model:openai/gpt-5'))).toEqual({ typename: 'Model', id: 'openai/gpt-5' });
    expect(parseGlobalId(globalId('Lab:xai').replace(/=+$/, ''))).toEqual({ typename: 'Lab', id: 'xai' });
  });

  it.each(['openai/gpt-5', 'openai', 'gpt-5', 'anthropic/claude-opus-4.5', 'us.anthropic.claude-opus-4-5-20251101-v1:0', '', 'TW9kZWw6'])(
    'does not mistake %j for a global id',
    (text) => {
      expect(parseGlobalId(text)).toBeNull();
    },
  );

  it('catalogKey unwraps a global id of the expected type only', () => {
    expect(catalogKey(globalId('Model:openai/gpt-5'), 'Model')).toBe('openai/gpt-5');
    expect(catalogKey(globalId('Lab:openai'), 'Model')).toBe(globalId('Lab:openai'));
    expect(catalogKey('openai/gpt-5', 'Model')).toBe('openai/gpt-5');
  });
});
