/** Moved to src/core/errors.ts; this re-export goes once every import points there. */
export * from '../core/errors.js';
