import { describe, expect, it } from 'vitest';
import type { PeerGroup } from '../../../src/domain/catalog.ts';
import { comparisonPeerGroup } from '../../../src/domain/comparison/peer-group.ts';

const model = (id: string, ...peerGroups: [PeerGroup, ...PeerGroup[]]) => ({ id, peerGroup: peerGroups[0], peerGroups });
const flux = model('black-forest-labs/flux-pro-1.1', 'IMAGE_GENERATION');
const gptImage = model('openai/gpt-5.4-image-2', 'TEXT', 'IMAGE_GENERATION');
const nanoBanana = model('google/gemini-2.5-flash-image', 'TEXT', 'IMAGE_GENERATION');
const gpt = model('openai/gpt-5.4', 'TEXT');
const embedding = model('openai/text-embedding-3-large', 'EMBEDDING');

describe('the peer group a comparison is made in', () => {
  it('is the group every model belongs to: an image model and a chat model that also makes images meet in IMAGE_GENERATION', () => {
    expect(comparisonPeerGroup([flux, gptImage])).toEqual({ ok: true, peerGroup: 'IMAGE_GENERATION' });
    expect(comparisonPeerGroup([gptImage, flux])).toEqual({ ok: true, peerGroup: 'IMAGE_GENERATION' });
  });

  it('is the shared primary group when there is one, whatever other groups the models share', () => {
    expect(comparisonPeerGroup([gptImage, nanoBanana])).toEqual({ ok: true, peerGroup: 'TEXT' });
    expect(comparisonPeerGroup([gpt, gptImage])).toEqual({ ok: true, peerGroup: 'TEXT' });
  });

  it('does not depend on the order of the models', () => {
    const speaking = model('lab/talker', 'AUDIO', 'IMAGE_GENERATION', 'VIDEO_GENERATION');
    const filming = model('lab/filmer', 'VIDEO_GENERATION', 'IMAGE_GENERATION');
    expect(comparisonPeerGroup([speaking, filming])).toEqual(comparisonPeerGroup([filming, speaking]));
    expect(comparisonPeerGroup([speaking, filming])).toEqual({ ok: true, peerGroup: 'IMAGE_GENERATION' });
  });

  it('is null when the models share no group', () => {
    expect(comparisonPeerGroup([gpt, embedding])).toEqual({ ok: true, peerGroup: null });
    expect(comparisonPeerGroup([gpt, flux])).toEqual({ ok: true, peerGroup: null });
  });

  it('is the requested group when every model belongs to it, else the first model outside it is named', () => {
    expect(comparisonPeerGroup([gptImage, nanoBanana], 'IMAGE_GENERATION')).toEqual({ ok: true, peerGroup: 'IMAGE_GENERATION' });
    expect(comparisonPeerGroup([gptImage, gpt], 'IMAGE_GENERATION')).toMatchObject({ ok: false, index: 1 });
  });
});
