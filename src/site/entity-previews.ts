// Entity link previews: on hover or keyboard focus of a name in an article, a small card says who or what it is.
// A progressive enhancement over plain links: without this script every name is still a link to its entity page.
// The card's text comes from /api/entities/<id>.json and is only ever set with textContent.
import { TYPE_NAMES } from './entity-types.ts';

/** The few fields the card shows, so the rest of a large API record is never touched. */
export interface EntityPreview {
  name: string;
  type: string;
  description: string | null;
  mentions: number;
  articles: number;
}

const CARD_ID = 'entity-preview';
const GAP = 6;
const EDGE = 8;
const DESCRIPTION_LIMIT = 160;
/** How long the card waits after the pointer leaves, so it can move from the link onto the card (WCAG 1.4.13). */
const LEAVE_GRACE_MS = 150;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The entity API URL of a link, derived from its own href so that any Astro base path carries over. */
export function apiUrlOf(href: string): string | null {
  const url = new URL(href, document.baseURI);
  const match = /^(.*\/)entities\/([^/]+)\/$/u.exec(url.pathname);
  if (!match) return null;
  url.pathname = `${match[1]}api/entities/${match[2]}.json`;
  url.search = '';
  url.hash = '';
  return url.href;
}

/** Reads an API response defensively: a malformed or retired record gives no card rather than a broken one. */
export function toPreview(body: unknown): EntityPreview | null {
  if (!isRecord(body) || typeof body['name'] !== 'string' || body['retired'] === true) return null;
  const mentions = Array.isArray(body['mentions']) ? body['mentions'].filter(isRecord) : [];
  return {
    name: body['name'],
    type: typeof body['type'] === 'string' ? body['type'] : '',
    description: typeof body['description'] === 'string' ? body['description'] : null,
    mentions: mentions.reduce((n, m) => n + (typeof m['count'] === 'number' ? m['count'] : 0), 0),
    articles: mentions.length,
  };
}

/** A description cut at a word boundary, so the card stays small. */
function shorten(text: string): string {
  if (text.length <= DESCRIPTION_LIMIT) return text;
  const cut = text.slice(0, DESCRIPTION_LIMIT);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_LIMIT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, '')}…`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const cache = new Map<string, Promise<EntityPreview | null>>();

function load(apiUrl: string): Promise<EntityPreview | null> {
  let found = cache.get(apiUrl);
  if (!found) {
    found = fetch(apiUrl, { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => toPreview(body))
      .catch(() => null);
    cache.set(apiUrl, found);
  }
  return found;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** The one card of the page, made on first use; it takes the page's direction, its text is English. */
function cardElement(): HTMLElement {
  const existing = document.getElementById(CARD_ID);
  if (existing) return existing;
  const card = document.createElement('div');
  card.id = CARD_ID;
  card.className = 'entity-preview';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);
  return card;
}

function fill(card: HTMLElement, preview: EntityPreview): void {
  const body = document.createElement('div');
  body.lang = 'en';
  body.dir = 'ltr';
  const name = element('p', 'entity-preview-name', '');
  name.append(element('bdi', '', preview.name));
  const type = (TYPE_NAMES as Record<string, string>)[preview.type] ?? preview.type;
  body.append(name);
  if (type) body.append(element('p', 'entity-preview-type', type));
  if (preview.description) body.append(element('p', 'entity-preview-description', shorten(preview.description)));
  body.append(element('p', 'entity-preview-count', `Named ${plural(preview.mentions, 'time')} in ${plural(preview.articles, 'article')}`));
  card.replaceChildren(body);
}

/** Places the card under the link's first line, at its start edge, in either direction; above it when there is no room below. */
function place(card: HTMLElement, link: HTMLElement): void {
  const rects = link.getClientRects();
  const first = rects[0] ?? link.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  const rtl = getComputedStyle(card).direction === 'rtl';
  const viewportWidth = document.documentElement.clientWidth;
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const start = rtl ? viewportWidth - first.right : first.left;
  const inline = Math.max(EDGE, Math.min(start, viewportWidth - width - EDGE));
  const below = last.bottom + GAP;
  const above = first.top - GAP - height;
  const block = below + height > window.innerHeight && above >= 0 ? above : below;
  card.style.setProperty('inset-inline-start', `${inline}px`);
  card.style.setProperty('inset-block-start', `${block + window.scrollY}px`);
}

function addToken(link: HTMLElement, attribute: string, token: string): void {
  const tokens = (link.getAttribute(attribute) ?? '').split(/\s+/u).filter(Boolean);
  if (!tokens.includes(token)) link.setAttribute(attribute, [...tokens, token].join(' '));
}

function removeToken(link: HTMLElement, attribute: string, token: string): void {
  const tokens = (link.getAttribute(attribute) ?? '').split(/\s+/u).filter((t) => t && t !== token);
  if (tokens.length > 0) link.setAttribute(attribute, tokens.join(' '));
  else link.removeAttribute(attribute);
}

/** Wires previews to every entity link by delegation, so one set of listeners serves hundreds of names. */
export function startEntityPreviews(root: Document = document): void {
  // The link the card is for (shown, or loading), and what keeps it open: a hovered link, a focused link, the hovered card.
  let active: HTMLAnchorElement | null = null;
  let shown = false;
  let hoverLink: HTMLAnchorElement | null = null;
  let focusLink: HTMLAnchorElement | null = null;
  let cardHovered = false;
  let leaveTimer: number | undefined;

  const linkOf = (target: EventTarget | null): HTMLAnchorElement | null =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a.entity[data-entity]') : null;
  const onCard = (target: EventTarget | null): boolean => target instanceof Element && target.closest(`#${CARD_ID}`) !== null;

  function hide(): void {
    window.clearTimeout(leaveTimer);
    const card = root.getElementById(CARD_ID);
    if (card) card.hidden = true;
    if (active && shown) removeToken(active, 'aria-describedby', CARD_ID);
    active = null;
    shown = false;
    cardHovered = false;
  }

  function hideUnlessHeld(): void {
    if (active && active !== hoverLink && active !== focusLink && !cardHovered) hide();
  }

  async function open(link: HTMLAnchorElement): Promise<void> {
    window.clearTimeout(leaveTimer);
    if (active === link) return;
    hide();
    active = link;
    const apiUrl = apiUrlOf(link.href);
    const preview = apiUrl ? await load(apiUrl) : null;
    // The reader may have moved on, or pressed Escape, while the record loaded.
    if (active !== link || !preview) return;
    const card = cardElement();
    fill(card, preview);
    card.hidden = false;
    place(card, link);
    addToken(link, 'aria-describedby', CARD_ID);
    shown = true;
  }

  root.addEventListener('mouseover', (event) => {
    const link = linkOf(event.target);
    if (link) {
      hoverLink = link;
      void open(link);
    } else if (onCard(event.target) && shown) {
      window.clearTimeout(leaveTimer);
      cardHovered = true;
    }
  });
  root.addEventListener('mouseout', (event) => {
    const to = event.relatedTarget;
    const link = linkOf(event.target);
    if (link) {
      // Moving between the parts of one link is not leaving it.
      if (to instanceof Node && link.contains(to)) return;
      hoverLink = null;
    } else if (onCard(event.target)) {
      if (onCard(to)) return;
      cardHovered = false;
    } else return;
    window.clearTimeout(leaveTimer);
    leaveTimer = window.setTimeout(hideUnlessHeld, LEAVE_GRACE_MS);
  });
  root.addEventListener('focusin', (event) => {
    const link = linkOf(event.target);
    if (!link) return;
    focusLink = link;
    void open(link);
  });
  root.addEventListener('focusout', (event) => {
    if (!linkOf(event.target)) return;
    focusLink = null;
    hideUnlessHeld();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && active) hide();
  });
  window.addEventListener('resize', () => {
    if (active) hide();
  });
}
