import type { PriceEvent } from '../../domain/catalog.ts';
import { builder } from '../builder.ts';
import { LimitsRef } from './limits.ts';
import { OfferingPriceRef } from './price.ts';
import { ProvenanceRef } from './provenance.ts';

const PriceEventChangeEnum = builder.enumType('PriceEventChange', { values: ['ADDED', 'UPDATED', 'REMOVED'] as const });

export const PriceEventRef = builder.objectRef<PriceEvent>('PriceEvent').implement({
  description: "A dated change of an offering's price or limits.",
  fields: (t) => ({
    date: t.field({ type: 'LocalDate', resolve: (event) => event.date }),
    change: t.field({ type: PriceEventChangeEnum, resolve: (event) => event.change }),
    price: t.field({ type: OfferingPriceRef, nullable: true, description: 'After the change; null once removed.', resolve: (event) => event.price }),
    limits: t.field({ type: LimitsRef, nullable: true, resolve: (event) => event.limits }),
    previousPrice: t.field({ type: OfferingPriceRef, nullable: true, resolve: (event) => event.previousPrice }),
    previousLimits: t.field({ type: LimitsRef, nullable: true, resolve: (event) => event.previousLimits }),
    provenance: t.field({ type: ProvenanceRef, resolve: (event) => event.provenance }),
  }),
});
