declare module 'express-session' {
  interface SessionData {
    /** Autosave that arrived after the session expired: restored after the next login. */
    pendingDraft?: { path: string; fields: Record<string, string>; savedAt: string };
  }
}
export {};
