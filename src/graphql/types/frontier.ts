import { type FrontierPointView, type FrontierView, frontier } from '../../services/frontier.ts';
import { usageArg } from '../args.ts';
import { builder } from '../builder.ts';
import { orThrow } from '../errors.ts';
import { CostEstimateRef } from './cost-estimate.ts';
import { PeerGroupEnum } from './enums.ts';
import { ModelRef } from './model.ts';
import { ModelFilterRef, serviceFilter } from './models-connection.ts';
import { MoneyRef } from './money.ts';
import { OfferingRef } from './offering.ts';
import { ScoreIntervalRef } from './signal-score.ts';

const FrontierPointRef = builder.objectRef<FrontierPointView>('FrontierPoint').implement({
  description: 'A model’s quality and its monthly cost at the usage, and whether another model beats it on both.',
  fields: (t) => ({
    model: t.field({ type: ModelRef, resolve: (point) => point.model }),
    score: t.exposeFloat('score', { description: 'The quality: the Benchmarks signal (0-100) in the peer group.' }),
    interval: t.field({ type: ScoreIntervalRef, nullable: true, description: 'The quality’s 95% interval.', resolve: (point) => point.interval }),
    monthlyCost: t.field({
      type: MoneyRef,
      description: 'At the model’s cheapest pay-per-use offering at this usage.',
      resolve: (point) => point.estimate.monthly,
    }),
    offering: t.field({ type: OfferingRef, resolve: (point) => point.offering }),
    costEstimate: t.field({ type: CostEstimateRef, resolve: (point) => ({ ...point.estimate, asOf: null, priceSince: null }) }),
    onFrontier: t.exposeBoolean('onFrontier', { description: 'No other model is at least as good and no dearer (and better in one of the two).' }),
    dominatedBy: t.field({
      type: ModelRef,
      nullable: true,
      description: 'Off the frontier: the cheapest frontier model at least as good and no dearer.',
      resolve: (point) => point.dominatedBy,
    }),
  }),
});

const FrontierRef = builder.objectRef<FrontierView>('Frontier').implement({
  description: 'The quality-versus-monthly-cost Pareto set of a peer group at one usage (not at a blended list price).',
  fields: (t) => ({
    peerGroup: t.field({ type: PeerGroupEnum, resolve: (view) => view.peerGroup }),
    points: t.field({ type: [FrontierPointRef], description: 'Cheapest first; equal costs by higher quality, then id.', resolve: (view) => view.points }),
    withoutScore: t.exposeInt('withoutScore', { description: 'Models of the group matching the filter left out for having no quality score.' }),
    withoutCost: t.exposeInt('withoutCost', { description: 'Models with a quality score left out for having no known monthly cost at this usage.' }),
  }),
});

builder.queryField('frontier', (t) =>
  t.field({
    type: FrontierRef,
    description: 'Quality against monthly cost at this usage: which models no other model beats on both, and for every other model one that does.',
    // The operation-cost rule's figure (npm run bench:cost): it prices every scored model of the group, about 36 ms of CPU.
    extensions: { cost: 12_000 },
    args: {
      peerGroup: t.arg({ type: PeerGroupEnum, defaultValue: 'TEXT', required: true }),
      usage: t.arg(usageArg),
      filter: t.arg({ type: ModelFilterRef }),
    },
    resolve: async (_root, { filter, ...args }, context) => orThrow(await frontier(context, { ...args, filter: serviceFilter(filter) })),
  }),
);
