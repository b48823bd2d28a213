/**
 * Prints the current sign-in code of the demo admin.bkd (its authenticator secret is the public
 * demo secret in src/db/seed/dua-faktor.ts), so a newcomer can sign in without enrolling a phone.
 *   npm run demo:totp            one code
 *   npm run demo:totp -- --ikuti  a new code every 30 seconds until Ctrl+C
 */
import { DEMO_TOTP_RAHASIA, DEMO_TOTP_USER, kodeDemoTotp } from '../src/db/seed/dua-faktor.js';

async function cetak(): Promise<void> {
  const now = Date.now();
  const kode = await kodeDemoTotp(now);
  const sisa = 30 - (Math.floor(now / 1000) % 30);
  console.log(`Kode verifikasi ${DEMO_TOTP_USER}: ${kode}  (berlaku ${sisa} detik lagi)`);
}

await cetak();
if (process.argv.includes('--ikuti')) {
  setTimeout(
    () => {
      void cetak();
      setInterval(() => void cetak(), 30_000);
    },
    (30 - (Math.floor(Date.now() / 1000) % 30)) * 1000 + 50,
  );
} else {
  console.log(`Atau daftarkan kunci ${DEMO_TOTP_RAHASIA} di aplikasi autentikator (hanya untuk data demo).`);
}
