declare module 'express-session' {
  interface SessionData {
    /** Autosave that arrived after the session expired: restored after the next login. */
    pendingDraft?: { path: string; fields: Record<string, string>; savedAt: string };
    /** Filled by the session store on every read (user's versiPrincipal + the global counter); keys the principal cache. */
    versiPrincipal?: string;
  }
}
export {};
