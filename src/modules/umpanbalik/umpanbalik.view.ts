/** The module's stylesheet, passed to every page of the module. */
export const STYLES = ['/static/css/umpanbalik.css'];
