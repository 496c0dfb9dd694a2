/**
 * How much of an element's text sits inside links. A search engine's results page, a list of
 * job cards or a site map is mostly link text (every title, address and snippet is a link); an
 * ad's duties and requirements are not. Readability can still take such a list for the article,
 * and its result titles read like section headings ("… Jobs & Careers", "… Requirements …").
 */
const MIN_LINKS = 5;
const MOSTLY = 0.6;

export function mostlyLinks(root: Element): boolean {
  const total = (root.textContent ?? '').replace(/\s+/g, '').length;
  if (!total) return false;
  const links = root.getElementsByTagName('a');
  if (links.length < MIN_LINKS) return false;
  let inLinks = 0;
  for (let i = 0; i < links.length && i < 5000; i++) {
    const a = links[i]!;
    // A link inside a link is counted with its outer one.
    if (a.parentElement?.closest('a')) continue;
    inLinks += (a.textContent ?? '').replace(/\s+/g, '').length;
  }
  return inLinks >= total * MOSTLY;
}
