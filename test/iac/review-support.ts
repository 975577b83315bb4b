/** Helpers for the review tests: fixtures and a Markdown structure check with `marked`. */
import { readFileSync } from 'node:fs';
import { marked, type Token } from 'marked';

export function fixture(name: string): Record<string, unknown> {
  const url = new URL(`../fixtures/plans/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

export interface MarkdownShape {
  /** Raw HTML the document contains outside code (tags GitHub would interpret). */
  html: string[];
  /** Text a reader sees outside code blocks and code spans. */
  text: string[];
  /** Contents of fenced code blocks, by language. */
  code: { lang: string; text: string }[];
}

/** Tokenize like a Markdown renderer would and sort what is live HTML, text and code. */
export function markdownShape(doc: string): MarkdownShape {
  const shape: MarkdownShape = { html: [], text: [], code: [] };
  const walk = (tokens: Token[]): void => {
    for (const t of tokens) {
      if (t.type === 'code') shape.code.push({ lang: t.lang ?? '', text: t.text as string });
      else if (t.type === 'codespan') continue;
      else if (t.type === 'html') shape.html.push((t.raw as string).trim());
      else if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length) walk(t.tokens);
      else if (t.type === 'list') for (const item of t.items) walk(item.tokens);
      else if ('text' in t && typeof t.text === 'string') shape.text.push(t.text);
    }
  };
  walk(marked.lexer(doc));
  return shape;
}

/** The only HTML a review may contain: its own collapsible blocks, sub text and the marker. */
export const ALLOWED_HTML =
  /^(<details( open)?>|<summary>[^<]*<\/summary>|<details( open)?><summary>[^<]*<\/summary>|<\/details>|<sub>|<\/sub>|<!--[\s\S]*-->)$/;
