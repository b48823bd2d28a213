import { describe, it, expect } from 'vitest';
import { transition, transitionRencana, pegawaiMayEdit, penilaiMayEdit, type Aksi, type Peran } from '../../src/modules/penilaian/state.js';
import type { StatusPenilaian } from '../../src/generated/prisma/enums.js';

const ALL: StatusPenilaian[] = ['DRAFT', 'DIKIRIM', 'DIKEMBALIKAN', 'DINILAI', 'FINAL'];
const ALLOWED: Record<Aksi, { by: Peran; from: StatusPenilaian[]; to: StatusPenilaian }> = {
  kirim: { by: 'PEGAWAI', from: ['DRAFT', 'DIKEMBALIKAN'], to: 'DIKIRIM' },
  kembalikan: { by: 'PENILAI', from: ['DIKIRIM', 'DINILAI'], to: 'DIKEMBALIKAN' },
  nilai: { by: 'PENILAI', from: ['DIKIRIM', 'DINILAI'], to: 'DINILAI' },
  finalkan: { by: 'PENILAI', from: ['DINILAI'], to: 'FINAL' },
};

describe('appraisal state machine', () => {
  for (const [aksi, rule] of Object.entries(ALLOWED) as [Aksi, (typeof ALLOWED)[Aksi]][]) {
    for (const from of ALL) {
      const ok = rule.from.includes(from);
      it(`${aksi} from ${from} by ${rule.by} is ${ok ? 'allowed' : 'refused'}`, () => {
        if (ok) expect(transition(from, aksi, rule.by, 'BERJALAN')).toBe(rule.to);
        else expect(() => transition(from, aksi, rule.by, 'BERJALAN')).toThrow();
      });
    }
    it(`${aksi} by the wrong side is refused`, () => {
      expect(() => transition(rule.from[0]!, aksi, rule.by === 'PEGAWAI' ? 'PENILAI' : 'PEGAWAI', 'BERJALAN')).toThrow(/tidak berhak/);
    });
    it(`${aksi} in a closed period is refused`, () => {
      expect(() => transition(rule.from[0]!, aksi, rule.by, 'DITUTUP')).toThrow(/ditutup/);
    });
  }
  it('an employee edits only a draft or a returned appraisal, in a running period', () => {
    expect(ALL.filter((s) => pegawaiMayEdit(s, 'BERJALAN'))).toEqual(['DRAFT', 'DIKEMBALIKAN']);
    expect(pegawaiMayEdit('DRAFT', 'DITUTUP')).toBe(false);
  });
  it('a rater edits only a submitted or rated appraisal; nobody edits a final one', () => {
    expect(ALL.filter((s) => penilaiMayEdit(s, 'BERJALAN'))).toEqual(['DIKIRIM', 'DINILAI']);
    expect(penilaiMayEdit('FINAL', 'BERJALAN')).toBe(false);
  });
  it('plan: submitted by the employee, approved or returned by the rater, frozen after submission', () => {
    expect(transitionRencana('DRAFT', 'DRAFT', 'ajukan', 'PEGAWAI', 'BERJALAN')).toBe('DIAJUKAN');
    expect(transitionRencana('DIAJUKAN', 'DRAFT', 'setujui', 'PENILAI', 'BERJALAN')).toBe('DISETUJUI');
    expect(transitionRencana('DIAJUKAN', 'DRAFT', 'kembalikanRencana', 'PENILAI', 'BERJALAN')).toBe('DIKEMBALIKAN');
    expect(() => transitionRencana('DRAFT', 'DRAFT', 'setujui', 'PENILAI', 'BERJALAN')).toThrow();
    expect(() => transitionRencana('DIAJUKAN', 'DRAFT', 'ajukan', 'PEGAWAI', 'BERJALAN')).toThrow();
    expect(() => transitionRencana('DRAFT', 'DIKIRIM', 'ajukan', 'PEGAWAI', 'BERJALAN')).toThrow(/setelah penilaian diri dikirim/);
    expect(() => transitionRencana('DIAJUKAN', 'DRAFT', 'setujui', 'PEGAWAI', 'BERJALAN')).toThrow(/tidak berhak/);
  });
});
