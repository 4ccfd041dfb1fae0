import { parseGlobalId } from './global-id.ts';

/**
 * Lookups accept either the catalog's own id (a slug such as `openai`, a canonical model id such
 * as `openai/gpt-5`, or any alias) or the Relay global id of the expected type. Anything else is
 * looked up as given, so an unknown id simply finds nothing (null), which is the one rule for
 * unknown ids in lookups.
 */
export function catalogKey(id: string, typename: string): string {
  const global = parseGlobalId(id);
  return global?.typename === typename ? global.id : id;
}
