// `npm run build`: turns on Node's compile cache, then loads and runs the build (build-site.ts) through it.
import { cacheCompiledModules } from './compile-cache.ts';

cacheCompiledModules();
await import('./build-site.ts');
