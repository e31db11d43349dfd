// The baseline build, run as a child process by bench/run.ts (build-bare.ts), with Node's compile cache on as for
// Casebook's build: both sides of the comparison load their modules the same way.
import { cacheCompiledModules } from '../../scripts/compile-cache.ts';

cacheCompiledModules();
await import('./build-bare.ts');
