import type { PriceUnit } from '../../domain/catalog.ts';
import { type CheckedPrice, PLAUSIBILITY, type PriceSuspicion, type SuspectPrice } from '../../domain/cost/plausibility.ts';
import { offeringPriceSuspicion } from '../../services/quote.ts';
import { builder } from '../builder.ts';
import { describedValues } from './enums.ts';
import { OfferingRef } from './offering.ts';
import { UnitPriceRef } from './price.ts';

const CheckedPriceEnum = builder.enumType('CheckedPrice', {
  description: 'A price the plausibility rule checks.',
  values: describedValues<Uppercase<CheckedPrice>>({
    INPUT: 'Per million input tokens.',
    OUTPUT: 'Per million output tokens.',
    IMAGE: 'Per generated image.',
  }),
});

const UNIT: Record<CheckedPrice, PriceUnit> = { input: 'USD_PER_MILLION_TOKENS', output: 'USD_PER_MILLION_TOKENS', image: 'USD_PER_IMAGE' };

const SuspectPriceRef = builder.objectRef<SuspectPrice>('SuspectPrice').implement({
  description: 'One implausible price and what the other pay-per-use providers of the model charge for it.',
  fields: (t) => ({
    price: t.field({ type: CheckedPriceEnum, resolve: (suspect) => suspect.price.toUpperCase() as Uppercase<CheckedPrice> }),
    listed: t.field({
      type: UnitPriceRef,
      description: 'What this offering lists.',
      resolve: (suspect) => ({ nanoUsd: suspect.nanoUsd, unit: UNIT[suspect.price] }),
    }),
    otherProvidersMedian: t.field({
      type: UnitPriceRef,
      description: 'The median of the other providers’ prices (each provider’s lowest listing), to the nano-dollar.',
      resolve: (suspect) => ({ nanoUsd: Math.round(suspect.medianNanoUsd), unit: UNIT[suspect.price] }),
    }),
    otherProviders: t.exposeInt('otherProviders', { description: 'How many other pay-per-use providers price it.' }),
  }),
});

export const PriceSuspicionRef = builder.objectRef<PriceSuspicion>('PriceSuspicion').implement({
  description: `An implausible pay-per-use price: below ${PLAUSIBILITY.floorShareOfMedian * 100}% of the median of the other pay-per-use providers of the model (a $0 whenever another provider charges). It is shown, never taken as the cheapest or as a ranking price, and every estimate made at it carries PRICE_SUSPECT.`,
  fields: (t) => ({
    prices: t.field({ type: [SuspectPriceRef], resolve: (suspicion) => suspicion.prices }),
    message: t.exposeString('message'),
  }),
});

builder.objectField(OfferingRef, 'priceSuspicion', (t) =>
  t.field({
    type: PriceSuspicionRef,
    nullable: true,
    description:
      'Set when this offering’s price is implausible against the other providers of its model (see methodology, price plausibility); null when plausible.',
    resolve: (offering, _args, context) => offeringPriceSuspicion(context, offering),
  }),
);
