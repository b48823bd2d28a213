import { generate } from 'otplib';
import type { Db } from '../client.js';

/**
 * The demo admin.bkd signs in with a password and a TOTP code (issue 18: Admin BKD needs a second
 * factor by default). This secret is public — README, `npm run demo:totp` — so it belongs to the
 * demo data only; a real deployment's admins enrol their own phones.
 */
export const DEMO_TOTP_RAHASIA = 'SIKAPDEMOADMINBKDRAHASIATOTPQRST';
export const DEMO_TOTP_USER = 'admin.bkd';

/** The demo admin's authenticator code at `saat` (ms; a step later gives the next code). */
export function kodeDemoTotp(saat = Date.now()): Promise<string> {
  return generate({ secret: DEMO_TOTP_RAHASIA, epoch: Math.floor(saat / 1000) });
}

export async function seedDuaFaktor(prisma: Db, log: (m: string) => void = () => {}): Promise<void> {
  const n = await prisma.user.updateMany({
    where: { username: DEMO_TOTP_USER, totpRahasia: null },
    data: { totpRahasia: DEMO_TOTP_RAHASIA, totpAktifSejak: new Date() },
  });
  if (n.count) log(`Verifikasi dua langkah demo untuk ${DEMO_TOTP_USER} diaktifkan (npm run demo:totp menampilkan kodenya).`);
}
