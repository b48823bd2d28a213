import type { Principal } from '../core/principal.js';

export interface NavItem {
  href: string;
  label: string;
  active: boolean;
}

/** One entry of the header: a link, or a menu (dropdown) of links when `items` is set. */
export interface NavEntry {
  label: string;
  active: boolean;
  /** A link. */
  href?: string;
  /** A menu: its id (for the button) and its links. */
  id?: string;
  items?: NavItem[];
}

interface NavDef {
  href: string;
  label: string;
  show: (p: Principal) => boolean;
}

/** Modules add their entries here, in display order. */
const ITEMS: NavDef[] = [{ href: '/beranda', label: 'Beranda', show: () => true }];

/**
 * Entries gathered into one menu, so the header stays on one line at 1280 px (issue 13). An entry
 * belongs to a group when its href is one of `hrefs` or lies below one of them. The group stands
 * where its first entry would; a person who sees only one of its entries gets that entry as a
 * plain link.
 */
const GROUPS: { id: string; label: string; hrefs: string[] }[] = [
  { id: 'menu-penilaian', label: 'Penilaian', hrefs: ['/penilaian', '/tim', '/keberatan', '/progres'] },
  { id: 'menu-laporan', label: 'Laporan', hrefs: ['/laporan', '/kalibrasi', '/talenta'] },
  { id: 'menu-admin', label: 'Administrasi', hrefs: ['/admin'] },
];

export function registerNav(def: NavDef): void {
  if (!ITEMS.some((i) => i.href === def.href)) ITEMS.push(def);
}

const under = (path: string, href: string) => path === href || path.startsWith(href + '/');

export function navFor(p: Principal, currentPath: string): NavEntry[] {
  const visible = ITEMS.filter((i) => i.show(p));
  // The longest matching prefix is the active entry.
  let best = '';
  for (const i of visible) {
    if (under(currentPath, i.href) && i.href.length > best.length) best = i.href;
  }
  const out: NavEntry[] = [];
  const byGroup = new Map<string, NavEntry>();
  for (const i of visible) {
    const item: NavItem = { href: i.href, label: i.label, active: i.href === best };
    const g = GROUPS.find((x) => x.hrefs.some((h) => under(i.href, h)));
    if (!g) {
      out.push(item);
      continue;
    }
    let entry = byGroup.get(g.id);
    if (!entry) {
      entry = { id: g.id, label: g.label, active: false, items: [] };
      byGroup.set(g.id, entry);
      out.push(entry);
    }
    entry.items!.push(item);
    entry.active ||= item.active;
  }
  return out.map((e) => (e.items && e.items.length === 1 ? e.items[0]! : e));
}
