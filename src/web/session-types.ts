declare module 'express-session' {
  interface SessionData {
    /**
     * Autosave that arrived after the session expired: restored after the next login, only for
     * the user who typed it (`userId`, from the page's signed mark; autosave-expired.ts).
     */
    pendingDraft?: { path: string; userId: number; fields: Record<string, string>; savedAt: string };
    /** Filled by the session store on every read (user's versiPrincipal + the global counter); keys the principal cache. */
    versiPrincipal?: string;
    /** Filled by the session store on every read; keys the configuration cache (src/core/konfigurasi-cache.ts). */
    versiKonfigurasi?: string;
    /** Filled by the session store on every read: the `principal_umum` version (names of units and jabatan). */
    versiUmum?: string;
    /**
     * Issue 18. Password accepted, authenticator code not yet: no user is signed in (passport has
     * no user in this session) until the code step, which makes a new session id.
     */
    masukSebagian?: {
      userId: number;
      kembali: string;
      sejak: number;
      draft?: { path: string; userId: number; fields: Record<string, string>; savedAt: string };
    };
    /** Signed in with a password although the role requires a second factor: only enrolment is open. */
    wajibDaftarDuaFaktor?: boolean;
    /** How this session signed in (sso: no TOTP asked; logout offers the provider's). */
    metodeMasuk?: 'sandi' | 'sandi+totp' | 'sandi+pemulihan' | 'sso';
    /** The provider's ID token, for its logout (id_token_hint). */
    ssoIdToken?: string;
    /** An SSO sign-in under way: state, nonce and PKCE verifier, checked when the provider answers. */
    permintaanSso?: { state: string; nonce: string; verifier: string; kembali: string; dibuat: number };
    /** After logout from an SSO session: the provider's logout address, offered once on the sign-in page. */
    tautanKeluarSso?: string;
    /** A TOTP secret shown during enrolment, kept until the first code confirms it. */
    totpBaru?: string;
  }
}
export {};
