import { addStrings } from '../../locales/id.js';

addStrings('pengembangan', {
  jpMinimal: 'Hak pengembangan kompetensi PNS: minimal {n} JP per tahun.',
  jpMaksimal: 'PPPK: paling banyak {n} JP per tahun kontrak.',
  statusRekomendasi: { USULAN: 'Usulan', DISETUJUI: 'Disetujui', DITOLAK: 'Ditolak', SELESAI: 'Selesai' },
  sumber: { SISTEM: 'Sistem', ATASAN: 'Atasan', TALENTA: 'Pemetaan talenta' },
  metode: { KLASIKAL: 'Klasikal', NONKLASIKAL: 'Nonklasikal' },
});
