/**
 * A real SMTP server for the e-mail tests (the `smtp-server` package): it accepts mail on a free
 * port of 127.0.0.1 and keeps each message, or refuses it while `tolak` is set. `matikan()`
 * closes it, so the app meets a mail server that is down.
 */
import net from 'node:net';
import { SMTPServer } from 'smtp-server';
import { subjekDari } from '../../tools/surel-mentah.js';

export interface Pesan {
  dari: string;
  kepada: string[];
  mentah: string;
  subjek: string;
}

export interface SmtpUji {
  port: number;
  url: string;
  pesan: Pesan[];
  /** While set, every message is refused with this SMTP reply (e.g. 451 …). */
  tolak: string | null;
  /** Messages to one address. */
  untuk(alamat: string): Pesan[];
  matikan(): Promise<void>;
  nyalakan(): Promise<void>;
  tutup(): Promise<void>;
}

/** A port nothing listens on (for "the mail server is down" from the start). */
export async function portKosong(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export async function mulaiSmtp(): Promise<SmtpUji> {
  let server: SMTPServer;
  const uji: SmtpUji = {
    port: 0,
    url: '',
    pesan: [],
    tolak: null,
    untuk: (alamat) => uji.pesan.filter((p) => p.kepada.includes(alamat)),
    async matikan() {
      await new Promise<void>((r) => server.close(() => r()));
    },
    async nyalakan() {
      server = buat();
      await new Promise<void>((r) => server.listen(uji.port, '127.0.0.1', () => r()));
    },
    tutup: () => uji.matikan(),
  };
  const buat = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // Closing drops open (pooled) client connections after 100 ms instead of waiting for them.
      closeTimeout: 100,
      onData(stream, session, cb) {
        const parts: Buffer[] = [];
        stream.on('data', (c: Buffer) => parts.push(c));
        stream.on('end', () => {
          if (uji.tolak) {
            const [kode, ...teks] = uji.tolak.split(' ');
            return cb(Object.assign(new Error(teks.join(' ')), { responseCode: Number(kode) }));
          }
          const mentah = Buffer.concat(parts).toString('utf8');
          uji.pesan.push({
            dari: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            kepada: session.envelope.rcptTo.map((r) => r.address),
            mentah,
            subjek: subjekDari(mentah),
          });
          cb();
        });
      },
    });
  server = buat();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  uji.port = (server.server.address() as net.AddressInfo).port;
  uji.url = `smtp://127.0.0.1:${uji.port}`;
  return uji;
}

/** Waits until `cek` holds (polling), or fails with `pesan` after `ms`. */
export async function tunggu(cek: () => boolean | Promise<boolean>, pesan: string, ms = 20_000): Promise<void> {
  const akhir = Date.now() + ms;
  while (Date.now() < akhir) {
    if (await cek()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Waktu habis: ${pesan}`);
}
