/**
 * A real OpenID Connect provider (the `oidc-provider` package) for the SSO tests and for
 * `npm run dev:idp`. Its sign-in page is oidc-provider's development form: any login is
 * accepted (no password check) and becomes the account id; `akun(login)` gives its claims.
 * Consent is skipped (SIKAP is a first-party client).
 */
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

export interface IdpOptions {
  /** The NIP claim for a login name, or undefined when the provider knows no NIP for it. */
  akun: (login: string) => Promise<{ nip?: string; name?: string } | undefined> | { nip?: string; name?: string } | undefined;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  port?: number;
  host?: string;
  clientId?: string;
  clientSecret?: string;
  /** The claim name carrying the NIP (default `nip`). */
  nipClaim?: string;
}

export interface Idp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Seconds an authorization code lives (default 60); change it between tests. */
  codeTtl: number;
  /** When true, the ID token in the next token responses has one claim changed (signature no longer matches). */
  tamper: boolean;
  provider: Provider;
  close(): Promise<void>;
}

export async function startIdp(o: IdpOptions): Promise<Idp> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(o.port ?? 0, o.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://${o.host ?? '127.0.0.1'}:${port}`;
  const nipClaim = o.nipClaim ?? 'nip';
  const clientId = o.clientId ?? 'sikap';
  const clientSecret = o.clientSecret ?? 'rahasia-klien-uji-0123456789';

  const idp: Idp = {
    issuer,
    clientId,
    clientSecret,
    codeTtl: 60,
    tamper: false,
    provider: undefined as unknown as Provider,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: o.redirectUris,
        post_logout_redirect_uris: o.postLogoutRedirectUris ?? [],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], nip: [nipClaim] },
    scopes: ['openid', 'profile', 'nip'],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    ttl: { AuthorizationCode: () => idp.codeTtl, IdToken: 3600, AccessToken: 3600, Session: 3600, Interaction: 3600, Grant: 3600 },
    cookies: { keys: ['idp-uji-kunci-cookie-0123456789abcdef'] },
    // A fresh signing key per start (the ID token signatures the client verifies).
    jwks: {
      keys: [
        {
          ...crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
          kid: 'uji',
          use: 'sig',
          alg: 'RS256',
        },
      ],
    },
    async findAccount(_ctx: KoaContextWithOIDC, id: string) {
      const a = await o.akun(id);
      return {
        accountId: id,
        async claims() {
          return { sub: id, preferred_username: id, ...(a?.name ? { name: a.name } : {}), ...(a?.nip ? { [nipClaim]: a.nip } : {}) };
        },
      };
    },
    // First-party client: the grant is given without a consent screen.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) {
        const found = await ctx.oidc.provider.Grant.find(grantId);
        if (found) return found;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope('openid profile nip');
      await grant.save();
      return grant;
    },
  });
  idp.provider = provider;
  const handler = provider.callback();
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (idp.tamper && req.method === 'POST' && req.url?.startsWith('/token')) tamperTokenResponse(res);
    void handler(req, res);
  });
  return idp;
}

/** Changes one claim inside the ID token of a token response, keeping the original signature. */
function tamperTokenResponse(res: http.ServerResponse): void {
  const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => http.ServerResponse;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk && !res.headersSent) {
      try {
        const body = JSON.parse(Buffer.from(chunk as Buffer).toString('utf8')) as { id_token?: string };
        if (body.id_token) {
          const [h, p, s] = body.id_token.split('.');
          const claims = JSON.parse(Buffer.from(p!, 'base64url').toString('utf8')) as Record<string, unknown>;
          claims.sub = `${String(claims.sub)}-diubah`;
          body.id_token = [h, Buffer.from(JSON.stringify(claims)).toString('base64url'), s].join('.');
          const out = Buffer.from(JSON.stringify(body));
          res.setHeader('content-length', out.length);
          return end(out, ...rest);
        }
      } catch {
        /* not JSON: pass through */
      }
    }
    return end(chunk, ...rest);
  }) as typeof res.end;
}
