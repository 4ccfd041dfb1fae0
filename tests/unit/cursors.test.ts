import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectionOf, decodeCursor, edgesOf, pageOfEdges } from '../../src/services/cursors.ts';

describe('connections over an offset', () => {
  it('a page sliced from the whole list’s edges is the page built on its own', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 40 }), fc.nat(45), fc.nat(45), (nodes, offset, first) => {
        const page = nodes.slice(offset, offset + first);
        expect(pageOfEdges(edgesOf(nodes, 'sig'), offset, first)).toEqual(connectionOf(page, nodes.length, offset, 'sig'));
      }),
    );
  });

  it('a cursor names the position after its node, for the query that made it only', () => {
    const [second] = edgesOf(['a', 'b', 'c'], 'sig').slice(1);
    expect(decodeCursor(second!.cursor, 'sig')).toBe(2);
    expect(decodeCursor(second!.cursor, 'other')).toBeNull();
    const page = pageOfEdges(edgesOf(['a', 'b', 'c'], 'sig'), 1, 1);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: second!.cursor, endCursor: second!.cursor });
  });
});
