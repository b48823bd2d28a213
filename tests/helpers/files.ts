/**
 * Real files for upload tests (a PNG and a PDF that viewers open, not just magic bytes) and the
 * clean-up for tests that store into the app's default UPLOAD_DIR (`.data/uploads`, shared with
 * a developer's `npm start`): only the files the test stored, and only the folders it created.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { PROJECT_ROOT } from '../../src/lib/paths.js';

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A valid w×h RGB PNG (a colour gradient), so a byte-for-byte comparison means something. */
export function realPng(w = 8, h = 8): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rows: number[] = [];
  for (let y = 0; y < h; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < w; x++) rows.push((x * 32) & 255, (y * 32) & 255, 160);
  }
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A valid one-page PDF with a correct cross-reference table. */
export function realPdf(text = 'Bukti dukung SIKAP'): Buffer {
  const content = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Every stored location the database knows (evidence, certificates, announcement attachments). */
export async function storedLocations(prisma: PrismaClient): Promise<string[]> {
  const [bukti, riwayat, lampiran] = await Promise.all([
    prisma.buktiDukung.findMany({ where: { lokasi: { not: null } }, select: { lokasi: true } }),
    prisma.riwayatPelatihan.findMany({ where: { sertifikat: { not: null } }, select: { sertifikat: true } }),
    prisma.lampiranKonten.findMany({ select: { lokasi: true } }),
  ]);
  return [...bukti.map((b) => b.lokasi!), ...riwayat.map((r) => r.sertifikat!), ...lampiran.map((l) => l.lokasi)];
}

/**
 * Notes which folders exist before a test stores files into `dir`; `clean(rels)` deletes those
 * files (never anything outside `dir`) and then the folders the test created, if empty.
 */
export function uploadCleanup(dir: string) {
  const root = path.resolve(dir);
  const year = new Date().getUTCFullYear();
  const candidates = new Set<string>();
  // The upload folder and its parents inside the project (.data may be created too).
  for (let d = root; d.startsWith(PROJECT_ROOT + path.sep); d = path.dirname(d)) candidates.add(d);
  if (!root.startsWith(PROJECT_ROOT + path.sep)) candidates.add(root);
  for (const area of ['bukti', 'sertifikat', 'sosialisasi']) {
    candidates.add(path.join(root, area));
    for (const y of [year, year + 1]) candidates.add(path.join(root, area, String(y)));
  }
  const created = [...candidates].filter((d) => !fs.existsSync(d));
  return {
    clean(rels: string[]): void {
      for (const rel of rels) {
        const abs = path.resolve(root, rel);
        if (abs.startsWith(root + path.sep)) fs.rmSync(abs, { force: true });
      }
      // Deepest first; a folder someone else has put files in meanwhile stays.
      for (const d of created.sort((a, b) => b.length - a.length)) {
        try {
          fs.rmdirSync(d);
        } catch {
          /* not empty or already gone */
        }
      }
    },
  };
}
