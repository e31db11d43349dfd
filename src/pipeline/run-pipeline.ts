// The order in which the stages run: read → ingest → slugs → recognise and link → synthesise → write.
import { assignSlugs } from './assign-slugs.ts';
import { ingest, type IngestedArticle } from './ingest.ts';
import { readSeeds } from './read-seeds.ts';
import type { Article, SeedWarning } from './types.ts';
import { writeContent } from './write-content.ts';

/** Where the pipeline reads and writes. */
export interface PipelineOptions {
  seedsDir: string;
  contentDir: string;
  maxSeedBytes?: number;
  /** Called once per finished stage, for the command line's progress lines. */
  onStage?: (stage: StageReport) => void;
}

/** What one stage did, for the progress line. */
export interface StageReport {
  stage: string;
  summary: string;
  ms: number;
}

/** Everything the pipeline made, for the build summary and for tests. */
export interface PipelineResult {
  articles: Article[];
  warnings: SeedWarning[];
}

/** Runs every stage over a seed folder and writes the site's content; per-seed problems become warnings. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const timed = stageTimer(options.onStage);

  const { seeds, warnings } = await timed('read', async () => {
    const read = await readSeeds(options.seedsDir, options.maxSeedBytes);
    return { value: read, summary: `${read.seeds.length} seed files` };
  });

  const ingested = await timed('ingest', async () => {
    const articles: IngestedArticle[] = [];
    for (const seed of seeds) {
      const result = ingest(seed.file, seed.bytes);
      if (!result.ok) {
        warnings.push({ file: seed.file, message: result.reason, skipped: true });
        continue;
      }
      for (const message of result.warnings) warnings.push({ file: seed.file, message, skipped: false });
      articles.push(result.article);
    }
    const langs = [...new Set(articles.map((a) => a.lang))].sort().join(', ');
    return { value: articles, summary: `${articles.length} articles (${langs || 'none'})` };
  });

  const articles = assignSlugs(ingested);

  await timed('write', async () => {
    await writeContent(options.contentDir, articles, {});
    return { value: undefined, summary: `${articles.length} MDX files in ${options.contentDir}` };
  });

  return { articles, warnings };
}

type Timed = <T>(stage: string, work: () => Promise<{ value: T; summary: string }>) => Promise<T>;

/** Wraps a stage so that its duration and summary reach the progress reporter. */
function stageTimer(onStage: PipelineOptions['onStage']): Timed {
  return async (stage, work) => {
    const started = performance.now();
    const { value, summary } = await work();
    onStage?.({ stage, summary, ms: performance.now() - started });
    return value;
  };
}
