import type { Comparison, SummaryFigure } from '../../../domain/comparison/types.ts';
import { builder } from '../../builder.ts';

export const SummaryFigureRef = builder.objectRef<SummaryFigure>('SummaryFigure').implement({
  description: 'A number quoted in the summary text, with the path (into this Comparison, as the API returns it) of the field it equals.',
  fields: (t) => ({
    path: t.exposeString('path'),
    value: t.string({ resolve: (figure) => String(figure.value) }),
    text: t.exposeString('text'),
  }),
});

export const SummaryRef = builder.objectRef<Comparison['summary']>('ComparisonSummary').implement({
  fields: (t) => ({
    text: t.exposeString('text'),
    figures: t.field({ type: [SummaryFigureRef], resolve: (summary) => summary.figures }),
  }),
});
