// Plain JavaScript on purpose: Node 20 does not carry the parent's TypeScript loader (tsx, or
// vitest's) into worker threads, so this registers tsx in the worker and then loads the entry
// named by its last argument (worker-thread.ts).
import { register } from 'tsx/esm/api';

register();
await import(process.argv.at(-1));
