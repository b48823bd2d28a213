/**
 * A local mail catcher for trying SIKAP's e-mail (README, "Mencoba surel secara lokal"):
 *
 *   npm run dev:mail            listens on 127.0.0.1:2525 (or DEV_MAIL_PORT)
 *   SMTP_URL=smtp://localhost:2525 npm start
 *
 * Every message is accepted, written to .data/mail/<time>-<n>.eml (open it with any mail
 * program) and printed here: sender, recipient, subject and the plain-text part. Nothing leaves
 * the machine. Stop it with Ctrl+C.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { subjekDari, teksBiasa } from './surel-mentah.js';

const port = Number(process.env.DEV_MAIL_PORT ?? 2525);
const dir = path.join(PROJECT_ROOT, '.data', 'mail');
fs.mkdirSync(dir, { recursive: true });
let n = 0;

/** The plain-text part of a message, quoted-printable or base64 undone. */
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  closeTimeout: 500,
  onData(stream, session, cb) {
    const parts: Buffer[] = [];
    stream.on('data', (c: Buffer) => parts.push(c));
    stream.on('end', () => {
      const mentah = Buffer.concat(parts).toString('utf8');
      n += 1;
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${n}.eml`);
      fs.writeFileSync(file, mentah);
      const kepada = session.envelope.rcptTo.map((r) => r.address).join(', ');
      console.log(
        `\n━━ Surel #${n} → ${kepada}\n   Subjek: ${subjekDari(mentah) || '(tanpa subjek)'}\n   Berkas: ${path.relative(PROJECT_ROOT, file)}\n`,
      );
      console.log(
        teksBiasa(mentah)
          .split(/\r?\n/)
          .map((l) => `   ${l}`)
          .join('\n'),
      );
      cb();
    });
  },
});

server.on('error', (err) => console.error(`[dev:mail] ${err.message}`));
server.listen(port, '127.0.0.1', () => {
  console.log(`[dev:mail] Penangkap surel berjalan di smtp://localhost:${port}; pesan disimpan di ${path.relative(PROJECT_ROOT, dir)}/`);
  console.log(`[dev:mail] Jalankan SIKAP dengan SMTP_URL=smtp://localhost:${port}`);
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.close(() => process.exit(0)));
