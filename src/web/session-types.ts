declare module 'express-session' {
  interface SessionData {
    /**
     * Autosave that arrived after the session expired: restored after the next login, only for
     * the user who typed it (`userId`, from the page's signed mark; autosave-expired.ts).
     */
    pendingDraft?: { path: string; userId: number; fields: Record<string, string>; savedAt: string };
    /** Filled by the session store on every read (user's versiPrincipal + the global counter); keys the principal cache. */
    versiPrincipal?: string;
  }
}
export {};
