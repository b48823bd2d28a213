/**
 * Demo data for e-mail (issue 18). Every demo pegawai already has an address
 * (nama@parahyangankota.go.id; admin.bkd has no pegawai, so no address). Here: the choices of a
 * few demo users, and — only when this start has SMTP_URL — the reminders for the running period
 * for the demo unit (Seksi Pelayanan Kesehatan Rujukan), so that a newcomer with `npm run dev:mail`
 * sees them arrive (README, "Mencoba surel secara lokal"). Idempotent: choices are upserts, and
 * reminders carry the daily job's keys (a second seed or the daily job the same day adds none).
 */
import type { Db } from '../client.js';
import type { CaraKirim, JenisSurel } from '../../generated/prisma/enums.js';
import { config } from '../../config/env.js';
import { hariIni } from '../../lib/format.js';
import { setSurelSettings } from '../../modules/surel/surel.service.js';
import { buatPengingat } from '../../modules/surel/harian.js';

const PILIHAN: Record<string, Partial<Record<JenisSurel, CaraKirim>>> = {
  'pegawai.rujukan': { PENGINGAT_BATAS: 'SUREL', KALIBRASI: 'RINGKASAN', UMPAN_BALIK_360: 'RINGKASAN', LAINNYA: 'APLIKASI' },
  'atasan.rujukan': { PENGINGAT_BATAS: 'RINGKASAN', UMPAN_BALIK_360: 'RINGKASAN', LAINNYA: 'RINGKASAN' },
  'kadis.kesehatan': { LAINNYA: 'RINGKASAN', KALIBRASI: 'SUREL' },
};
const HARI = 86_400_000;

export async function seedSurel(prisma: Db, log: (m: string) => void = () => {}): Promise<void> {
  const users = await prisma.user.findMany({
    where: { username: { in: Object.keys(PILIHAN) } },
    select: { id: true, username: true, pegawai: true },
  });
  for (const u of users) {
    for (const [jenis, cara] of Object.entries(PILIHAN[u.username]!) as [JenisSurel, CaraKirim][]) {
      await prisma.preferensiSurel.upsert({
        where: { userId_jenis: { userId: u.id, jenis } },
        update: {},
        create: { userId: u.id, jenis, cara },
      });
    }
  }
  const c = config();
  if (!c.SMTP_URL) return;
  // Reminders now for the demo unit, whatever today's distance to its deadlines.
  setSurelSettings({ aktif: true, baseUrl: c.publicBaseUrl });
  const unitId = users.find((u) => u.username === 'atasan.rujukan')?.pegawai?.unitId;
  const periode = await prisma.periodePenilaian.findFirst({ where: { status: 'BERJALAN' }, orderBy: { tahun: 'desc' } });
  if (!unitId || !periode) return;
  const own = await prisma.batasWaktuUnit.findUnique({ where: { periodeId_unitId: { periodeId: periode.id, unitId } } });
  const hari = hariIni();
  const sisa = (d: Date) => Math.round((d.getTime() - hari.getTime()) / HARI);
  const daftarN = [
    sisa(own?.batasPenilaianDiri ?? periode.batasPenilaianDiri),
    sisa(own?.batasPenilaianAtasan ?? periode.batasPenilaianAtasan),
  ].filter((n) => n >= 0);
  if (!daftarN.length) return;
  const n = await buatPengingat(prisma, hari, { daftarN, unitIds: [unitId] });
  log(`Surel pengingat contoh: ${n}`);
}
