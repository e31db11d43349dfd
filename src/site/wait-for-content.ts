// A loader that starts reading only once the build has written the content folder. scripts/build-site.ts starts Astro as
// the pipeline starts, so that Astro's own start-up (about 3 s) is done meanwhile; the content it then reads is marked
// as coming until the pipeline has written it (pending-file.ts). A build removes its marker even when it fails, and a
// marker whose process is gone is not waited for, so astro dev and astro check outside a build do not wait.
import type { Loader } from 'astro/loaders';
import { contentWritten, whenWritten } from '../pipeline/pending-file.ts';
import { contentDir } from './content-paths.ts';

/** The meta key set while waiting, always to the same value: the stored data stays the same from build to build. */
const WAITING_KEY = 'casebook-waiting-for';

/** How often it is set: well within the half second after which Astro saves its store. */
const PUT_OFF_MS = 200;

/** `loader`, reading only once the content folder is written. */
export function afterContentWritten(loader: Loader, marker = contentWritten(contentDir)): Loader {
  return {
    ...loader,
    load: async (context) => {
      // Astro saves its data store half a second after the last change to it, and changes it (its own meta keys)
      // just before it calls the loaders: in a rebuild, whose store holds every article, that save came while the
      // loaders waited for the content (about 0.17 s of serialising at 3,000 articles, beside the pipeline), and the
      // store was saved again once they had read it. Setting a key of the loader's own while it waits puts the save
      // off until there is something new to save.
      const putOff = setInterval(() => context.meta.set(WAITING_KEY, 'content'), PUT_OFF_MS);
      try {
        await whenWritten(marker);
      } finally {
        clearInterval(putOff);
      }
      await loader.load(context);
    },
  };
}
