// Debian's Chromium driven by playwright-core, with the flags this closed network needs.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';

/** Launches headless Chromium from /usr/bin/chromium (override with CHROMIUM_PATH). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A built site served on 127.0.0.1 and a Chromium to look at it, for the tests of one describe block. */
export interface SiteInChromium {
  readonly origin: string;
  readonly browser: Browser;
}

/** Serves `dir` under `base` with `headersOf` and launches Chromium before the block's tests; closes both after. */
export function siteInChromium(dir: string, base = '/', headersOf?: (path: string) => Record<string, string>): SiteInChromium {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(dir, base, headersOf);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      if (!server) throw new Error('the site is served only inside the tests of its describe block');
      return server.origin;
    },
    get browser() {
      if (!browser) throw new Error('Chromium runs only inside the tests of its describe block');
      return browser;
    },
  };
}
