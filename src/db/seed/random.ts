/** Deterministic pseudo-random numbers (mulberry32) so the demo data is the same on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(min: number, max: number) {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick<T>(arr: readonly T[]): T {
      return arr[Math.floor(next() * arr.length)]!;
    },
    chance(p: number) {
      return next() < p;
    },
  };
}
export type Rng = ReturnType<typeof rng>;

const DEPAN_L = [
  'Asep',
  'Dedi',
  'Agus',
  'Budi',
  'Cecep',
  'Dadang',
  'Eko',
  'Fajar',
  'Gilang',
  'Hendra',
  'Iwan',
  'Jajang',
  'Kurniawan',
  'Lukman',
  'Maman',
  'Nandang',
  'Oman',
  'Rudi',
  'Sutisna',
  'Taufik',
  'Ujang',
  'Wawan',
  'Yayan',
  'Zaenal',
  'Rizky',
  'Dimas',
  'Arief',
  'Bayu',
  'Yusuf',
  'Hadi',
  'Rahmat',
  'Andri',
];
const DEPAN_P = [
  'Ai',
  'Euis',
  'Neneng',
  'Siti',
  'Dewi',
  'Rina',
  'Nurul',
  'Lilis',
  'Tati',
  'Yanti',
  'Wulan',
  'Rini',
  'Sri',
  'Fitri',
  'Indah',
  'Ratna',
  'Nining',
  'Cucu',
  'Dian',
  'Mega',
  'Putri',
  'Ayu',
  'Intan',
  'Rahayu',
  'Nova',
  'Lestari',
  'Anisa',
  'Gita',
  'Hana',
  'Kartika',
];
const BELAKANG = [
  'Supriatna',
  'Hidayat',
  'Suryana',
  'Permana',
  'Kusnadi',
  'Rahmawati',
  'Setiawan',
  'Nugraha',
  'Gunawan',
  'Mulyana',
  'Sulaeman',
  'Hermawan',
  'Saputra',
  'Wijaya',
  'Kusumah',
  'Sumarna',
  'Hakim',
  'Firmansyah',
  'Fauzi',
  'Maulana',
  'Rosdiana',
  'Komariah',
  'Handayani',
  'Purnamasari',
  'Anggraeni',
  'Suherman',
  'Ramdani',
  'Sopandi',
  'Nurjanah',
  'Hasanah',
];

export function namaAcak(r: Rng, jk: 'L' | 'P'): string {
  return `${r.pick(jk === 'L' ? DEPAN_L : DEPAN_P)} ${r.pick(BELAKANG)}`;
}
