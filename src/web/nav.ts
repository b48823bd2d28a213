import type { Principal } from './principal.js';

export interface NavItem {
  href: string;
  label: string;
  active: boolean;
}

interface NavDef {
  href: string;
  label: string;
  show: (p: Principal) => boolean;
}

/** Modules add their entries here, in display order. */
const ITEMS: NavDef[] = [{ href: '/beranda', label: 'Beranda', show: () => true }];

export function registerNav(def: NavDef): void {
  if (!ITEMS.some((i) => i.href === def.href)) ITEMS.push(def);
}

export function navFor(p: Principal, currentPath: string): NavItem[] {
  const visible = ITEMS.filter((i) => i.show(p));
  // The longest matching prefix is the active entry.
  let best = '';
  for (const i of visible) {
    if ((currentPath === i.href || currentPath.startsWith(i.href + '/')) && i.href.length > best.length) best = i.href;
  }
  return visible.map((i) => ({ href: i.href, label: i.label, active: i.href === best }));
}
