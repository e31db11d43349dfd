// The search page's client: Pagefind's JS API, filters from data-pagefind-filter, results in their own direction.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundle: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(query: string | null, options?: { filters?: Record<string, string[]> }, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 30;

/** Wires the search form: loads the index on first use, searches as the reader types, applies filters. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const form = root.querySelector<HTMLFormElement>('form');
  const status = root.querySelector<HTMLElement>('.search-status');
  const list = root.querySelector<HTMLOListElement>('.search-results');
  const fieldset = root.querySelector<HTMLFieldSetElement>('.search-filters');
  if (!input || !form || !status || !list || !fieldset) return;

  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  // Not a template literal: Astro 7 inlines this script and Vite leaves `__VITE_PRELOAD__` undefined around one (withastro/astro#17265).
  const pagefind = (await import(/* @vite-ignore */ bundle + 'pagefind.js')) as Pagefind;
  const options = { baseUrl: bundle.replace(/pagefind\/$/, ''), excerptLength: 24 };
  await pagefind.options(options);
  await pagefind.init();
  // The parts of the articles (the first with the entity pages), written apart from the dossier's bundle so that a
  // rebuild indexes only those whose pages changed (search-bundles.ts).
  const merged = (root.dataset['mergedBundles'] ?? '').split(' ').filter((bundle) => bundle !== '');
  await Promise.all(merged.map((bundle) => pagefind.mergeIndex(bundle, options)));
  await renderFilters(pagefind, fieldset);

  const run = async (): Promise<void> => {
    const query = input.value.trim();
    const filters = selectedFilters(fieldset);
    if (query === '' && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    // Pagefind searches by filters alone only when the term is null.
    const search = await pagefind.debouncedSearch(query === '' ? null : query, { filters }, 150);
    if (search === null) return; // a newer keystroke replaced this search
    const shown = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...shown.map(resultToItem));
    status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${query}”`;
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  input.addEventListener('input', () => void run());
  fieldset.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run();
  });
  root.dataset['ready'] = 'true';
  if (input.value !== '') await run();
}

/** One checkbox per filter value that the index holds, grouped by filter. */
async function renderFilters(pagefind: Pagefind, fieldset: HTMLFieldSetElement): Promise<void> {
  const groups = fieldset.querySelector('.filter-groups');
  const available = await pagefind.filters();
  if (!groups || Object.keys(available).length === 0) return;
  for (const [name, values] of Object.entries(available).sort(([a], [b]) => a.localeCompare(b))) {
    const group = document.createElement('div');
    group.className = 'filter-group';
    const title = document.createElement('span');
    title.className = 'filter-name';
    title.textContent = name;
    group.append(title);
    for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      label.append(box, ` ${value} (${count})`);
      group.append(label);
    }
    groups.append(group);
  }
  fieldset.hidden = false;
}

function selectedFilters(fieldset: HTMLFieldSetElement): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const box of fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    (filters[box.name] ??= []).push(box.value);
  }
  return filters;
}

/**
 * Copies Pagefind's excerpt into `target` as text with <mark> around the hits and nothing else: the excerpt is parsed
 * in an inert document, so no element or attribute from an indexed page can reach the live one.
 */
function appendMarkedText(target: HTMLElement, html: string): void {
  const inert = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const node of inert.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}

/** A result as a list item; Pagefind's excerpt is HTML it escaped itself, with <mark> around the hits. */
function resultToItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  if (data.meta['lang']) item.lang = data.meta['lang'];
  if (data.meta['dir']) item.dir = data.meta['dir'];
  const link = document.createElement('a');
  link.className = 'result-title';
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  const excerpt = document.createElement('p');
  appendMarkedText(excerpt, data.excerpt);
  const kind = document.createElement('span');
  kind.className = 'badge';
  kind.lang = 'en';
  kind.textContent = data.filters['kind']?.[0] ?? 'page';
  item.append(link, ' ', kind, excerpt);
  return item;
}
