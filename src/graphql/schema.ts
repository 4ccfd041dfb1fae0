/** The one schema: the builder (builder.ts) with every type module registered on it. */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/enums.ts';
import './types/provenance.ts';
import './types/price.ts';
import './types/limits.ts';
import './types/capabilities.ts';
import './types/lab.ts';
import './types/provider.ts';
import './types/offering.ts';
import './types/price-event.ts';
import './types/benchmark-result.ts';
import './types/model.ts';
import './types/models-connection.ts';
import './types/signal-score.ts';
import './types/model-scores.ts';
import './types/methodology.ts';
import './types/usage-input.ts';
import './types/money.ts';
import './types/cost-line.ts';
import './types/cost-estimate.ts';
import './types/price-suspicion.ts';
import './types/comparison/comparison.ts';
import './types/leaderboard.ts';
import './types/recommendation.ts';
import './types/frontier.ts';
import './types/ingest.ts';
import './types/catalog-updates.ts';
import './types/price-changes.ts';

export const schema = builder.toSchema({ sortSchema: false });

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
