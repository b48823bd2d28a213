/** Budget arithmetic for the training plan (pure, tested). Amounts are rupiah as bigint. */
export interface BarisAnggaran {
  unitId: number;
  unitNama: string;
  pagu: bigint;
  rencana: bigint;
  peserta: number;
  sisa: bigint;
  melebihi: boolean;
}

export function ringkasAnggaran(
  unit: { id: number; nama: string }[],
  pagu: { unitId: number; pagu: bigint }[],
  rencana: { unitId: number; rencana: bigint; peserta: number }[],
): { baris: BarisAnggaran[]; total: { pagu: bigint; rencana: bigint; sisa: bigint; peserta: number } } {
  const baris = unit.map((u) => {
    const pg = pagu.find((p) => p.unitId === u.id)?.pagu ?? 0n;
    const r = rencana.find((x) => x.unitId === u.id);
    const rc = r ? BigInt(r.rencana) : 0n;
    return { unitId: u.id, unitNama: u.nama, pagu: pg, rencana: rc, peserta: r?.peserta ?? 0, sisa: pg - rc, melebihi: rc > pg };
  });
  const total = baris.reduce(
    (t, b) => ({ pagu: t.pagu + b.pagu, rencana: t.rencana + b.rencana, sisa: t.sisa + b.sisa, peserta: t.peserta + b.peserta }),
    { pagu: 0n, rencana: 0n, sisa: 0n, peserta: 0 },
  );
  return { baris, total };
}

/** Cost of one program in the plan: per-participant cost × participants. */
export function biayaProgram(biayaPerPeserta: bigint | number, peserta: number): bigint {
  return BigInt(biayaPerPeserta) * BigInt(peserta);
}

/** Spreadsheet formula injection: text starting with = + - @ (or tab/CR) is prefixed with '. */
export function amankanSel<T>(v: T): T | string {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}
