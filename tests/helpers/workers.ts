import type { WorkerOptions } from '../../src/cli/jobs.js';

/**
 * Worker threads for in-process tests of `--jobs`: the compiled worker (built by
 * tests/global-setup.ts) running the fake extractor of fake-extract.mjs, so that they give
 * the same records as the vi.mock'ed core on the main thread.
 */
export const fakeWorkers: WorkerOptions = {
  script: new URL('../../dist/cli/worker.js', import.meta.url),
  extractor: new URL('./fake-extract.mjs', import.meta.url).href,
};
