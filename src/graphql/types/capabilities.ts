import { CAPABILITY_NAMES, type Capabilities, type CapabilityName } from '../../domain/catalog.ts';
import { builder } from '../builder.ts';

const CAPABILITY_DESCRIPTIONS: Record<CapabilityName, string> = {
  visionInput: 'Accepts images as input.',
  audioInput: 'Accepts audio as input.',
  pdfInput: 'Accepts PDF documents as input.',
  functionCalling: 'Calls tools / functions.',
  structuredOutput: 'Produces JSON constrained to a schema (JSON mode / structured outputs).',
  reasoning: 'Has a reasoning (thinking) mode.',
  webSearch: 'Can search the web while answering.',
  imageOutput: 'Generates images.',
  attachments: 'Accepts file attachments.',
  temperature: 'Supports the temperature parameter.',
};

export const CapabilitiesRef = builder.objectRef<Capabilities>('Capabilities').implement({
  description: 'What a model can do. null means the sources do not say — it is never read as false.',
  fields: (t) =>
    Object.fromEntries(
      CAPABILITY_NAMES.map((name) => [
        name,
        t.boolean({ nullable: true, description: CAPABILITY_DESCRIPTIONS[name], resolve: (capabilities) => capabilities[name] }),
      ]),
    ),
});

export const CapabilityEnum = builder.enumType('Capability', {
  values: Object.fromEntries(
    CAPABILITY_NAMES.map((name) => [
      name.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase(),
      { value: name, description: CAPABILITY_DESCRIPTIONS[name] },
    ]),
  ) as Record<string, { value: CapabilityName; description: string }>,
});
