// A loader that starts reading only once the build has written the content folder. scripts/build-site.ts starts Astro as
// the pipeline starts, so that Astro's own start-up (about 3 s) is done meanwhile; the content it then reads is marked
// as coming until the pipeline has written it (pending-file.ts). A build removes its marker even when it fails, and a
// marker whose process is gone is not waited for, so astro dev and astro check outside a build do not wait.
import type { Loader } from 'astro/loaders';
import { contentWritten, whenWritten } from '../pipeline/pending-file.ts';
import { contentDir } from './content-paths.ts';

/** `loader`, reading only once the content folder is written. */
export function afterContentWritten(loader: Loader, marker = contentWritten(contentDir)): Loader {
  return {
    ...loader,
    load: async (context) => {
      await whenWritten(marker);
      await loader.load(context);
    },
  };
}
