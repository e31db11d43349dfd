// Reading built pages in tests: parse HTML, and get the text a reader sees.
import { readFile } from 'node:fs/promises';
import { parseEntities } from 'parse-entities';
import { DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE, parse, type ElementNode, type Node } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';

/** True for element nodes. */
export const isElement = (node: Node | undefined): node is ElementNode => node?.type === ELEMENT_NODE;

const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figure', 'figcaption', 'blockquote', 'header', 'section', 'dl', 'dt', 'dd']);

/** The text a reader sees in `node`, entities decoded, blocks kept apart by a space. */
export function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return parseEntities(node.value);
  if (node.type === DOCUMENT_NODE) return node.children.map(textOf).join('');
  if (!isElement(node) || ['script', 'style', 'template'].includes(node.name)) return '';
  const inner = node.children.map(textOf).join('');
  return BLOCKS.has(node.name) ? ` ${inner} ` : inner;
}

/** Text compared the way a reader would: one normal form, runs of white space as one space. */
export const squash = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** The visible text of a node, squashed. */
export const visibleText = (node: Node): string => squash(textOf(node));

/** Elements matching a CSS selector. */
export const elementsIn = (node: Node, selector: string): ElementNode[] => querySelectorAll(node, selector).filter(isElement);

/** Reads and parses an HTML file. */
export async function readHtml(path: string): Promise<Node> {
  return parse(await readFile(path, 'utf8')) as Node;
}
