import { LEADERBOARD_KEYS, type LeaderboardKey } from '../../domain/leaderboard/values.ts';
import { METHODOLOGY } from '../../domain/scoring/methodology.ts';
import { SIGNAL_NAMES } from '../../domain/scoring/types.ts';
import { type LeaderboardPage, type LeaderboardRow, leaderboard, type UnrankedGroup } from '../../services/leaderboard.ts';
import { builder, MAX_PAGE_SIZE } from '../builder.ts';
import { orThrow } from '../errors.ts';
import { NullReasonEnum, PeerGroupEnum } from './enums.ts';
import { ModelRef } from './model.ts';
import { ConfidenceEnum } from './model-scores.ts';
import { ModelFilterRef, serviceFilter } from './models-connection.ts';
import { ScoreIntervalRef } from './signal-score.ts';

const KEY_DESCRIPTIONS: Record<LeaderboardKey, string> = {
  OVERALL: 'The overall score (0-100) with its 95% interval.',
  ...(Object.fromEntries(SIGNAL_NAMES.map((signal) => [signal, `The ${METHODOLOGY.signals[signal].name} signal (0-100).`])) as Record<
    (typeof SIGNAL_NAMES)[number],
    string
  >),
  BENCHMARK: 'One benchmark’s results as the source states them (name it with `benchmarkId`), with the source’s interval where it gives one.',
};

export const LeaderboardKeyEnum = builder.enumType('LeaderboardKey', {
  description: 'What a leaderboard ranks by.',
  values: Object.fromEntries(LEADERBOARD_KEYS.map((key) => [key, { value: key, description: KEY_DESCRIPTIONS[key] }])) as Record<
    LeaderboardKey,
    { value: LeaderboardKey; description: string }
  >,
});

const LeaderboardEntryRef = builder.objectRef<LeaderboardRow>('LeaderboardEntry').implement({
  description: 'A model’s place on a leaderboard. Ties share a rank: a statistical tie where every value has a 95% interval, equal values otherwise.',
  fields: (t) => ({
    rank: t.exposeInt('rank', {
      description:
        'Competition rank (1, 2, 2, 4). With intervals: the rank of the first model of its tier, the models the evidence cannot order against that first model (the 95% interval of the difference contains 0).',
    }),
    bestPossibleRank: t.exposeInt('bestPossibleRank', {
      description:
        '1 + the models surely better: a higher value not statistically tied with this one’s (the 95% interval of the difference excludes 0; LMArena’s rank (UB) counts those whose lower bound is above this one’s upper bound instead). Equal to rank without intervals.',
    }),
    model: t.expose('model', { type: ModelRef }),
    value: t.exposeFloat('value', { description: 'The value ranked by, on its own scale.' }),
    interval: t.expose('interval', { type: ScoreIntervalRef, nullable: true, description: 'The value’s 95% interval, where it has one.' }),
    confidence: t.expose('confidence', {
      type: ConfidenceEnum,
      nullable: true,
      description: 'Overall and Benchmarks leaderboards: the confidence of the model’s quality.',
    }),
    tiedWith: t.exposeIDList('tiedWith', { description: 'The canonical ids of the other models that share this rank.' }),
    tiedWithCount: t.int({
      description: 'How many other models share this rank (the length of tiedWith), for a page that shows whether a rank is shared, not with whom.',
      resolve: (entry) => entry.tiedWith.length,
    }),
  }),
});

const LeaderboardUnrankedRef = builder.objectRef<UnrankedGroup>('LeaderboardUnranked').implement({
  description: 'The models of a leaderboard that are not ranked for one reason: they have no value to rank by.',
  fields: (t) => ({
    reason: t.expose('reason', { type: NullReasonEnum }),
    detail: t.exposeString('detail', { description: 'Why, in a sentence, as the model’s score states it.' }),
    count: t.int({ resolve: (group) => group.models.length }),
    models: t.expose('models', {
      type: [ModelRef],
      description: 'By canonical id.',
      // At most the peer group: the seed's largest has 697 models, nearly all unranked on a benchmark few took.
      extensions: { listSize: 700 },
    }),
  }),
});

builder.queryField('leaderboard', (t) =>
  t.connection(
    {
      type: LeaderboardEntryRef,
      description: `The models of one peer group ranked by one value, ${MAX_PAGE_SIZE} per page at most. Models without the value are not ranked (see \`unranked\`).`,
      // The operation-cost rule's figure (npm run bench:cost): it ranks the whole group, about 9 ms of CPU.
      extensions: { cost: 3_000 },
      args: {
        peerGroup: t.arg({ type: PeerGroupEnum, defaultValue: 'TEXT', required: true }),
        by: t.arg({ type: LeaderboardKeyEnum, defaultValue: 'OVERALL', required: true }),
        benchmarkId: t.arg.string({ description: 'With `by: BENCHMARK`: the benchmark to rank by.', validate: { minLength: 1, maxLength: 200 } }),
        filter: t.arg({ type: ModelFilterRef }),
      },
      resolve: async (_root, { filter, ...args }, context) => orThrow(await leaderboard(context, { ...args, filter: serviceFilter(filter) })),
    },
    {
      name: 'LeaderboardConnection',
      fields: (c) => ({
        peerGroup: c.field({ type: PeerGroupEnum, resolve: (page: LeaderboardPage) => page.peerGroup }),
        by: c.field({ type: LeaderboardKeyEnum, resolve: (page: LeaderboardPage) => page.by }),
        benchmarkId: c.string({ nullable: true, resolve: (page: LeaderboardPage) => page.benchmarkId }),
        benchmarkName: c.string({
          nullable: true,
          description: 'With `by: BENCHMARK`: the benchmark’s name as the source gives it.',
          resolve: (page: LeaderboardPage) => page.benchmark?.name ?? null,
        }),
        metric: c.string({
          nullable: true,
          description: 'With `by: BENCHMARK`: what its values measure, as the source states it.',
          resolve: (page: LeaderboardPage) => page.benchmark?.metric ?? null,
        }),
        higherIsBetter: c.boolean({
          description: 'Whether a higher value ranks first (false for a benchmark whose metric is lower-is-better).',
          resolve: (page: LeaderboardPage) => page.higherIsBetter,
        }),
        statisticalTies: c.boolean({
          description:
            'Whether ties are statistical tiers (every ranked value has a 95% interval: a model shares the rank of its tier’s first model while the 95% interval of their difference contains 0) rather than equal values.',
          resolve: (page: LeaderboardPage) => page.statisticalTies,
        }),
        unranked: c.int({
          description: 'Models of the group matching the filter that have no value and are not ranked.',
          resolve: (page: LeaderboardPage) => page.unranked,
        }),
        unrankedReasons: c.field({
          type: [LeaderboardUnrankedRef],
          // One entry per reason, not a page of the board: the seed's boards have at most two.
          extensions: { listSize: 3 },
          description: 'The unranked models by why they have no value, the most common reason first; the counts add up to `unranked`.',
          resolve: (page: LeaderboardPage) => page.unrankedReasons,
        }),
      }),
    },
    { name: 'LeaderboardEdge' },
  ),
);
