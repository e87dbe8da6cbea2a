/**
 * Drives /search/: loads Pagefind on first use, runs the query from the
 * form or ?q=, and lists each page with its matching sections, linked to
 * their fragments. Results are built with DOM APIs; Pagefind's excerpt
 * markup is reduced to text plus <mark>, so no indexed HTML is injected.
 */
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
}
interface Pagefind {
  search(query: string): Promise<{ results: Array<{ data(): Promise<ResultData> }> }>;
  init?(): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A runtime path keeps the bundler from trying to resolve the index.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  return pagefind;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/** Pagefind escapes a handful of characters; undo exactly those (spaces survive, unlike an HTML parse). */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Pagefind excerpts are escaped text with <mark> around hits. */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(decodeEntities(part));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        nodes.push(mark);
      } else nodes.push(text);
    }
  }
  return nodes;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function renderResult(data: ResultData): HTMLLIElement {
  const li = el('li', 'result');
  const page = el('a', 'result-page', data.meta.title ?? data.url);
  page.href = data.url;
  li.append(page);
  const subs = (data.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 4);
  if (subs.length === 0) {
    const p = el('span', 'excerpt');
    p.append(...excerptNodes(data.excerpt));
    li.append(p);
    return li;
  }
  const list = el('ul', 'result-sections');
  for (const sub of subs) {
    const item = el('li');
    const link = el('a', 'result-section', sub.title);
    link.href = sub.url;
    const excerpt = el('span', 'excerpt');
    excerpt.append(...excerptNodes(sub.excerpt));
    item.append(link, excerpt);
    list.append(item);
  }
  li.append(list);
  return li;
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  let latest = 0;

  async function search(query: string): Promise<void> {
    const ticket = ++latest;
    const q = query.trim().slice(0, 200);
    list!.replaceChildren();
    if (!q) {
      status!.textContent = 'Type a word or phrase, such as “Kafka” or “cold start”.';
      return;
    }
    status!.textContent = 'Searching…';
    try {
      const api = await loadPagefind();
      const found = await api.search(q);
      const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      if (ticket !== latest) return;
      list!.replaceChildren(...data.map(renderResult));
      status!.textContent =
        data.length === 0
          ? `No pages match “${q}”. Try a shorter or different word.`
          : `${found.results.length} ${found.results.length === 1 ? 'page matches' : 'pages match'} “${q}”.`;
    } catch {
      status!.textContent = 'The search index could not be loaded. Browse the guide from the menu instead.';
    }
  }

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial.slice(0, 200);
  void search(input.value);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void search(input.value);
  });
}
