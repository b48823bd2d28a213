/**
 * The e-mail queue (issue 18, decision 136): pg-boss in PostgreSQL delivers the outbox rows
 * (SurelKeluar) by SMTP (nodemailer) and runs the daily reminders and digests. It runs in one
 * process per app instance (the single process, or the cluster primary: never in the HTTP
 * workers); several instances on one database are safe:
 *
 * - the hourly "surel-harian" job is a pg-boss schedule (one job per tick for all instances) and
 *   its work is keyed per (kind, deadline, user, day), so a second run writes nothing new;
 * - the sweep hands outbox rows to the "surel-kirim" queue in one transaction with marking them
 *   (FOR UPDATE SKIP LOCKED), so each row becomes one job;
 * - a sender claims its row with a lease (terkunciHingga) before talking SMTP; a row that is sent
 *   or held by another sender is left alone.
 *
 * A refused or unreachable mail server makes the job fail; pg-boss retries it with exponential
 * back-off (SUREL_JEDA_DETIK, SUREL_PERCOBAAN_ULANG times) and the row keeps the last reason; after
 * the last attempt it is GAGAL, and Admin BKD can send it again. Nothing of this runs in a request.
 */
import pg from 'pg';
import { PgBoss, type JobResult, type JobWithMetadata } from 'pg-boss';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/env.js';
import type { Db } from '../../db/client.js';
import { currentTimeZone, hariIni } from '../../lib/format.js';
import { buatPengingat, buatRingkasan } from './harian.js';

export const ANTREAN_KIRIM = 'surel-kirim';
export const ANTREAN_HARIAN = 'surel-harian';
/** pg-boss keeps its tables in this schema of the app's database (created on first start). */
export const SKEMA_PGBOSS = 'pgboss';

export interface OpsiAntrean {
  url: string;
  prisma: Db;
  config: AppConfig;
  logger: Logger;
  /** How often outbox rows are handed to the queue (ms). */
  sapuMs?: number;
  /** Seconds between polls of the send queue. */
  pollDetik?: number;
  /** Off in tests that call jalankanHarian() themselves. */
  jadwal?: boolean;
  /** The clock of the daily job (tests). */
  sekarang?: () => Date;
}

interface DataKirim {
  id: number;
}

export class AntreanSurel {
  readonly boss: PgBoss;
  private readonly pool: pg.Pool;
  private readonly transport: Transporter;
  private sapuTimer: NodeJS.Timeout | null = null;
  private menyapu: Promise<void> | null = null;
  private berhenti = false;

  constructor(private readonly o: OpsiAntrean) {
    if (!o.config.SMTP_URL) throw new Error('SMTP_URL belum diisi');
    this.pool = new pg.Pool({ connectionString: o.url, max: 4 });
    this.pool.on('error', (err) => {
      if (!this.berhenti) o.logger.error({ err }, 'antrean surel: pool');
    });
    this.boss = new PgBoss({
      connectionString: o.url,
      schema: SKEMA_PGBOSS,
      max: 3,
      application_name: 'sikap-surel',
    });
    this.boss.on('error', (err) => {
      if (!this.berhenti) o.logger.error({ err }, 'antrean surel: pg-boss');
    });
    this.transport = nodemailer.createTransport(
      {
        url: o.config.SMTP_URL,
        // A few connections kept open and reused across mails (a day's reminders are many).
        pool: true,
        maxConnections: 3,
        // A mail server that does not answer must not hold a sender for minutes.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      },
      { from: o.config.SMTP_FROM },
    );
  }

  async mulai(): Promise<this> {
    const { config } = this.o;
    await this.boss.start();
    const antreanKirim = {
      retryLimit: config.SUREL_PERCOBAAN_ULANG,
      retryDelay: config.SUREL_JEDA_DETIK,
      retryBackoff: true,
      retryDelayMax: 6 * 3600,
      expireInSeconds: 120,
    };
    await this.boss.createQueue(ANTREAN_KIRIM, antreanKirim);
    // createQueue keeps an existing queue as it is: apply this start's settings.
    await this.boss.updateQueue(ANTREAN_KIRIM, antreanKirim);
    await this.boss.createQueue(ANTREAN_HARIAN, { retryLimit: 3, retryDelay: 60, expireInSeconds: 1800 });
    // Batches of up to 20, each job settled on its own (one refused address does not fail the
    // others); a full batch fetches the next at once, so a day's reminders do not wait for polls.
    await this.boss.work(
      ANTREAN_KIRIM,
      {
        includeMetadata: true,
        perJobResults: true,
        batchSize: 20,
        burstWhenBatchFull: true,
        pollingIntervalSeconds: this.o.pollDetik ?? 2,
      },
      async (jobs: JobWithMetadata<DataKirim>[]) => {
        const hasil: JobResult[] = [];
        for (let i = 0; i < jobs.length; i += 5) {
          const bagian = jobs.slice(i, i + 5);
          const ok = await Promise.all(
            bagian.map((job) =>
              this.kirim(job).then(
                () => true,
                () => false,
              ),
            ),
          );
          bagian.forEach((job, k) => hasil.push({ id: job.id, status: ok[k] ? 'completed' : 'failed' }));
        }
        return hasil;
      },
    );
    await this.boss.work(ANTREAN_HARIAN, { pollingIntervalSeconds: this.o.pollDetik ?? 10 }, async () => {
      await this.jalankanHarian();
    });
    if (this.o.jadwal !== false) {
      // Every hour; the job itself waits for SUREL_JAM_HARIAN and is keyed per day, so an instance
      // that was down at that hour catches up at the next tick.
      await this.boss.schedule(ANTREAN_HARIAN, '7 * * * *', null, { tz: config.APP_TIMEZONE, singletonKey: 'harian' });
      await this.boss.send(ANTREAN_HARIAN, null, { singletonKey: 'harian-mulai', singletonSeconds: 600 });
    }
    const ms = this.o.sapuMs ?? 5000;
    this.sapuTimer = setInterval(() => void this.sapu(), ms);
    this.sapuTimer.unref();
    void this.sapu();
    return this;
  }

  /** The day's reminders and digests, once the local hour has come (idempotent per day). */
  async jalankanHarian(sekarang = (this.o.sekarang ?? (() => new Date()))()): Promise<{ pengingat: number; ringkasan: number }> {
    if (jamLokal(sekarang) < this.o.config.SUREL_JAM_HARIAN) return { pengingat: 0, ringkasan: 0 };
    const hari = hariIni(sekarang);
    const pengingat = await buatPengingat(this.o.prisma, hari);
    const ringkasan = await buatRingkasan(this.o.prisma, hari);
    if (pengingat || ringkasan) this.o.logger.info({ pengingat, ringkasan }, 'surel harian dibuat');
    void this.sapu();
    return { pengingat, ringkasan };
  }

  /** Hands queued outbox rows to pg-boss; the marking and the jobs commit together. */
  sapu(): Promise<void> {
    if (this.berhenti) return Promise.resolve();
    this.menyapu ??= this.sapuSekali()
      .catch((err: unknown) => {
        if (!this.berhenti) this.o.logger.error({ err }, 'antrean surel: menyerahkan surel ke antrean gagal');
      })
      .finally(() => {
        this.menyapu = null;
      });
    return this.menyapu;
  }

  private async sapuSekali(): Promise<void> {
    for (;;) {
      const client = await this.pool.connect();
      let n: number;
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ id: number }>(
          `UPDATE "SurelKeluar" SET "diantrekanPada" = now(), "updatedAt" = now()
            WHERE id IN (SELECT id FROM "SurelKeluar" WHERE status = 'ANTRE' AND "diantrekanPada" IS NULL
                          ORDER BY id LIMIT 500 FOR UPDATE SKIP LOCKED)
            RETURNING id`,
        );
        n = rows.length;
        if (n) {
          await this.boss.insert(
            ANTREAN_KIRIM,
            rows.map((r) => ({ data: { id: r.id } })),
            { db: { executeSql: (text: string, values?: unknown[]) => client.query(text, values) } },
          );
        }
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
      if (n < 500) return;
    }
  }

  /** Delivers one outbox row; throws (so pg-boss retries) while attempts remain. */
  private async kirim(job: JobWithMetadata<DataKirim>): Promise<void> {
    const { rows } = await this.pool.query<{ kepada: string | null; subjek: string; teks: string; html: string }>(
      `UPDATE "SurelKeluar" SET "terkunciHingga" = now() + interval '2 minutes', percobaan = percobaan + 1, "updatedAt" = now()
        WHERE id = $1 AND status = 'ANTRE' AND ("terkunciHingga" IS NULL OR "terkunciHingga" < now())
        RETURNING kepada, subjek, teks, html`,
      [job.data.id],
    );
    const s = rows[0];
    if (!s) return; // sent already, held by another sender, or no longer queued
    if (!s.kepada) {
      await this.pool.query(
        `UPDATE "SurelKeluar" SET status = 'DILEWATI', alasan = $2, "terkunciHingga" = NULL, "updatedAt" = now() WHERE id = $1`,
        [job.data.id, 'Pengguna tidak memiliki alamat surel.'],
      );
      return;
    }
    try {
      await this.transport.sendMail({ to: s.kepada, subject: s.subjek, text: s.teks, html: s.html });
    } catch (err) {
      const terakhir = job.retryCount >= job.retryLimit;
      const alasan = ringkasGalat(err);
      await this.pool.query(
        `UPDATE "SurelKeluar" SET status = $2, alasan = $3, "terkunciHingga" = NULL, "updatedAt" = now() WHERE id = $1`,
        [job.data.id, terakhir ? 'GAGAL' : 'ANTRE', alasan],
      );
      this.o.logger.warn({ id: job.data.id, percobaan: job.retryCount + 1, terakhir, alasan }, 'surel gagal dikirim');
      throw err;
    }
    await this.pool.query(
      `UPDATE "SurelKeluar" SET status = 'TERKIRIM', "terkirimPada" = now(), alasan = NULL, "terkunciHingga" = NULL, "updatedAt" = now() WHERE id = $1`,
      [job.data.id],
    );
  }

  /** Stops taking work, lets a mail being sent finish (up to 10 s), closes connections. */
  async berhentikan(): Promise<void> {
    if (this.berhenti) return;
    if (this.sapuTimer) clearInterval(this.sapuTimer);
    await this.menyapu;
    this.berhenti = true;
    // Within the server's 15-second shutdown budget, whatever pg-boss is waiting for.
    await Promise.race([
      this.boss.stop({ graceful: true, timeout: 8_000 }).catch(() => {}),
      new Promise((r) => setTimeout(r, 9_000).unref()),
    ]);
    this.transport.close();
    await this.pool.end().catch(() => {});
  }
}

/** The hour (0–23) on the deployment's clock (APP_TIMEZONE). */
export function jamLokal(d: Date): number {
  const h = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: currentTimeZone() }).format(d);
  return Number(h);
}

/** The reason kept on the row and shown to Admin BKD: the server's answer or the network error. */
export function ringkasGalat(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; response?: string; message?: string };
  const pesan = e.response ?? e.message ?? String(err);
  const kode = e.responseCode ? `SMTP ${e.responseCode}` : e.code;
  return `${kode ? `${kode}: ` : ''}${pesan}`.slice(0, 500);
}

/** Starts the queue when SMTP_URL is set; null (and nothing started) otherwise. */
export async function mulaiAntreanSurel(o: OpsiAntrean): Promise<AntreanSurel | null> {
  if (!o.config.SMTP_URL) return null;
  return new AntreanSurel(o).mulai();
}
