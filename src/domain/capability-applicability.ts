/**
 * Which capability flags do not apply to a model. Calling tools and answering in a JSON schema are
 * ways of writing text: a model that writes none (an image, video or speech generator) cannot be
 * said to lack them, they are not applicable. Every other flag can apply to any model.
 */
import type { CapabilityName, Model } from './catalog.ts';

const TEXT_OUTPUT_CAPABILITIES: readonly CapabilityName[] = ['functionCalling', 'structuredOutput'];

export function capabilitiesNotApplicable(model: Pick<Model, 'modalities'>): CapabilityName[] {
  return model.modalities.output.includes('text') ? [] : [...TEXT_OUTPUT_CAPABILITIES];
}
