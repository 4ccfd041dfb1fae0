import { builder } from '../builder.ts';
import './scalars.ts';
import './connection.ts';
import './provenance.ts';
import './enums.ts';
import './price.ts';
import './limits.ts';
import './capabilities.ts';
import './lab.ts';
import './provider.ts';
import './offering.ts';
import './price-event.ts';
import './benchmark-result.ts';
import './model.ts';
import './models-connection.ts';
import './signal-score.ts';
import './model-scores.ts';
import './methodology.ts';
import './usage-input.ts';
import './cost-estimate.ts';
import './comparison.ts';
import './admin-ingest.ts';

builder.queryType({ description: 'Which AI model should I use, and what will it cost me?' });

export const schema = builder.toSchema({ sortSchema: false });
