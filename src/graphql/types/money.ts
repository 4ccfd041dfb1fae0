import type { Money } from '../../domain/money/money.ts';
import { builder } from '../builder.ts';

export const MoneyRef = builder.objectRef<Money>('Money').implement({
  description:
    'An amount of US dollars, exact to the micro-dollar, rounded once (half-up). One rule for every money field: usd and microUsd are exact, formatted is for people.',
  fields: (t) => ({
    usd: t.field({ type: 'Decimal', description: 'Exact decimal, e.g. "14.447917".', resolve: (money) => money.usd }),
    microUsd: t.string({ description: 'Whole micro-dollars, as a string (it can exceed 2^53).', resolve: (money) => money.microUsd.toString() }),
    formatted: t.exposeString('formatted', {
      description: 'For people: to the cent, half-up from microUsd ("$1,234.56", "$0.00"); more digits only under one cent ("$0.00475").',
    }),
  }),
});
