/** GitHub's page/per_page pagination with a `Link` header (first/prev/next/last). */

export function pageOf<T>(all: readonly T[], url: URL, defaultPerPage = 30) {
  const num = (name: string, fallback: number, max = Infinity): number => {
    const n = Number.parseInt(url.searchParams.get(name) ?? '', 10);
    return Number.isFinite(n) && n > 0 ? Math.min(n, max) : fallback;
  };
  const perPage = num('per_page', defaultPerPage, 100);
  const page = num('page', 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const at = (p: number, rel: string): string => {
    const u = new URL(url);
    u.searchParams.set('page', String(p));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(at(page - 1, 'prev'));
  if (page < last) links.push(at(page + 1, 'next'), at(last, 'last'));
  if (page > 1) links.push(at(1, 'first'));
  return { items, headers: links.length ? { link: links.join(', ') } : undefined };
}
