/**
 * Single sign-on through an OpenID Connect provider (issue 18, decision 130).
 * Authorization code flow with PKCE; state, nonce, PKCE, the ID token's signature and claims are
 * all checked by openid-client (a certified relying-party library). This file only keeps the
 * discovered configuration, maps the provider's answers to messages, and finds the SIKAP account.
 */
import crypto from 'node:crypto';
import * as oidc from 'openid-client';
import type { Db } from '../../db/client.js';
import type { OidcSettings } from '../../config/env.js';
import { audit } from '../audit/audit.service.js';
import { hashPassword } from './password.js';

/** Why an SSO sign-in did not go through; `pesan` is what the person reads. */
export class SsoError extends Error {
  constructor(
    readonly jenis: 'TIDAK_TERHUBUNG' | 'STATE' | 'DITOLAK' | 'KODE' | 'TOKEN' | 'TANPA_NIP',
    readonly pesan: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(pesan, options);
  }
}

/** The authorization request waiting for its answer, kept in the session (never sent anywhere but the provider). */
export interface PermintaanSso {
  state: string;
  nonce: string;
  verifier: string;
  kembali: string;
  dibuat: number;
}

/** How long a started SSO sign-in may take at the provider. */
export const BATAS_PERMINTAAN_MS = 10 * 60_000;

export class OidcClient {
  private config: oidc.Configuration | undefined;
  private pending: Promise<oidc.Configuration> | undefined;

  constructor(readonly settings: OidcSettings) {}

  /** Discovery once; a failure is not remembered, so the next click tries again. */
  async configuration(): Promise<oidc.Configuration> {
    if (this.config) return this.config;
    this.pending ??= oidc
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        this.settings.clientSecret ? { client_secret: this.settings.clientSecret } : undefined,
        this.settings.clientSecret ? oidc.ClientSecretBasic(this.settings.clientSecret) : oidc.None(),
        {
          timeout: 5,
          // The ID token's signature is checked against the provider's keys (JWKS) even though it
          // came straight from the token endpoint: TLS alone is not trusted to vouch for it.
          execute: [
            oidc.enableNonRepudiationChecks,
            ...(this.settings.allowHttp && this.settings.issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : []),
          ],
        },
      )
      .then(
        (c) => {
          this.config = c;
          return c;
        },
        (err: unknown) => {
          this.pending = undefined;
          throw terjemahkan(err);
        },
      );
    return this.pending;
  }

  /** The provider's sign-in address, and what must come back with the answer. */
  async mulai(redirectUri: string, kembali: string): Promise<{ url: URL; permintaan: PermintaanSso }> {
    const config = await this.configuration();
    const verifier = oidc.randomPKCECodeVerifier();
    const permintaan: PermintaanSso = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier, kembali, dibuat: Date.now() };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: permintaan.state,
      nonce: permintaan.nonce,
    });
    return { url, permintaan };
  }

  /**
   * Exchanges the code (checking state, PKCE, nonce and the ID token) and reads the NIP from the
   * ID token, or from userinfo when the provider keeps profile claims there.
   */
  async selesai(currentUrl: URL, permintaan: PermintaanSso): Promise<{ nip: string; sub: string; idToken: string | undefined }> {
    const config = await this.configuration();
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: permintaan.verifier,
        expectedState: permintaan.state,
        expectedNonce: permintaan.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      throw terjemahkan(err);
    }
    const claims = tokens.claims()!;
    let nilai: unknown = claims[this.settings.nipClaim];
    if (nilai === undefined && tokens.access_token) {
      try {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
        nilai = info[this.settings.nipClaim];
      } catch (err) {
        throw terjemahkan(err);
      }
    }
    const nip = typeof nilai === 'string' || typeof nilai === 'number' ? String(nilai).replace(/\s+/g, '') : '';
    if (!nip)
      throw new SsoError(
        'TANPA_NIP',
        `Penyedia identitas tidak mengirimkan NIP Anda (klaim "${this.settings.nipClaim}"), sehingga akun SIKAP Anda tidak dapat dikenali. Hubungi BKD.`,
        403,
      );
    return { nip, sub: claims.sub, idToken: tokens.id_token };
  }

  /** The provider's logout address (RP-initiated logout), when it has one and discovery has run. */
  alamatKeluar(idToken: string | undefined, kembaliKe: string): string | null {
    if (!this.config?.serverMetadata().end_session_endpoint) return null;
    const params: Record<string, string> = { post_logout_redirect_uri: kembaliKe, client_id: this.settings.clientId };
    if (idToken) params.id_token_hint = idToken;
    return oidc.buildEndSessionUrl(this.config, params).href;
  }
}

/** Any failure from openid-client (or the network) as a plain message; the cause is logged, never shown. */
export function terjemahkan(err: unknown): SsoError {
  if (err instanceof SsoError) return err;
  const cause = { cause: err };
  if (err instanceof oidc.AuthorizationResponseError) {
    const rinci = err.error_description ? `: ${err.error_description}` : '';
    return new SsoError('DITOLAK', `Penyedia identitas menolak permintaan masuk (${err.error}${rinci}).`, 400, cause);
  }
  if (err instanceof oidc.ResponseBodyError) {
    if (err.error === 'invalid_grant')
      return new SsoError(
        'KODE',
        'Kode masuk dari penyedia identitas sudah kedaluwarsa atau sudah dipakai. Silakan ulangi masuk dengan SSO.',
        400,
        cause,
      );
    const rinci = err.error_description ? `: ${err.error_description}` : '';
    return new SsoError('DITOLAK', `Penyedia identitas menolak permintaan (${err.error}${rinci}).`, 502, cause);
  }
  const code = (err as { code?: string }).code ?? '';
  const msg = err instanceof Error ? err.message : '';
  if (code === 'OAUTH_TIMEOUT' || code === 'OAUTH_ABORT' || unreachable(err))
    return new SsoError(
      'TIDAK_TERHUBUNG',
      'Penyedia identitas (SSO) tidak dapat dihubungi saat ini. Coba lagi beberapa saat lagi, atau masuk dengan NIP dan kata sandi.',
      503,
      cause,
    );
  if (chain(err).some((e) => /signature/i.test(e instanceof Error ? e.message : '')))
    return new SsoError(
      'TOKEN',
      'Tanda tangan token identitas dari penyedia tidak sah (token diubah di perjalanan atau kunci tidak cocok), sehingga masuk dibatalkan. Hubungi BKD bila terus terjadi.',
      502,
      cause,
    );
  if (/state/i.test(msg))
    return new SsoError(
      'STATE',
      'Permintaan masuk tidak cocok dengan sesi ini (state berbeda). Silakan ulangi masuk dengan SSO.',
      400,
      cause,
    );
  return new SsoError(
    'TOKEN',
    'Jawaban penyedia identitas tidak lolos pemeriksaan keamanan (token identitas tidak sah), sehingga masuk dibatalkan. Silakan ulangi; bila terus terjadi, hubungi BKD.',
    502,
    cause,
  );
}

function chain(err: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e = err, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) out.push(e);
  return out;
}

/** fetch() failed to connect (refused, DNS, reset), possibly wrapped by the library. */
function unreachable(err: unknown): boolean {
  for (const e of chain(err)) {
    const code = (e as { code?: string }).code;
    if (
      code &&
      ['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'EAI_AGAIN', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH'].includes(code)
    )
      return true;
    if (e instanceof TypeError && /fetch failed/i.test(e.message)) return true;
    if ((e as { name?: string }).name === 'TimeoutError') return true;
  }
  return false;
}

const KUNCI_ADMIN = new Date('9000-01-01T00:00:00Z');

export type HasilCocok =
  { ok: true; userId: number; dibuat: boolean } | { ok: false; alasan: 'TIDAK_ADA' | 'NONAKTIF' | 'DIKUNCI' | 'NIP_TIDAK_SAH' };

/**
 * The SIKAP account for a NIP from the provider. With OIDC_AUTO_CREATE an account is made only
 * for an active staff record with that NIP and no account yet, with the Pegawai ASN role only.
 */
export async function cocokkanAkun(
  prisma: Db,
  nip: string,
  opts: { autoCreate: boolean; sub: string; ip: string | null },
  now = new Date(),
): Promise<HasilCocok> {
  if (!/^\d{18}$/.test(nip)) return { ok: false, alasan: 'NIP_TIDAK_SAH' };
  const user = await prisma.user.findFirst({
    where: { pegawai: { nip } },
    select: { id: true, aktif: true, terkunciHingga: true },
  });
  if (user) {
    if (!user.aktif) return { ok: false, alasan: 'NONAKTIF' };
    // An account locked by Admin BKD stays locked; a temporary lock from wrong passwords is about
    // the password, which SSO does not use.
    if (user.terkunciHingga && user.terkunciHingga > KUNCI_ADMIN) return { ok: false, alasan: 'DIKUNCI' };
    await prisma.user.update({ where: { id: user.id }, data: { loginTerakhir: now } });
    return { ok: true, userId: user.id, dibuat: false };
  }
  if (!opts.autoCreate) return { ok: false, alasan: 'TIDAK_ADA' };
  const pegawai = await prisma.pegawai.findFirst({ where: { nip, aktif: true, user: null }, select: { id: true } });
  if (!pegawai) return { ok: false, alasan: 'TIDAK_ADA' };
  // The password is random and never shown: this account signs in through SSO (or a reset link).
  const hash = await hashPassword(crypto.randomBytes(32).toString('base64url'));
  const created = await prisma.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { username: nip }, select: { id: true } });
    const u = await tx.user.create({
      data: { username: taken ? `sso-${nip}` : nip, pegawaiId: pegawai.id, roles: ['PEGAWAI'], passwordHash: hash, loginTerakhir: now },
      select: { id: true, username: true, roles: true, pegawaiId: true },
    });
    await audit(tx, {
      userId: null,
      ip: opts.ip,
      aksi: 'BUAT',
      entitas: 'User',
      entitasId: u.id,
      sesudah: u,
      keterangan: `Dibuat otomatis saat masuk pertama melalui SSO (sub ${opts.sub}); peran Pegawai ASN.`,
    });
    return u;
  });
  return { ok: true, userId: created.id, dibuat: true };
}
