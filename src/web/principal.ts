/** Moved to src/core/principal.ts; this re-export goes once every import points there. */
export * from '../core/principal.js';
