import { pino, type Logger } from 'pino';

/** The one logger (JSON lines; pipe through `pino-pretty` locally if you like). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'sikap' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.cookie', 'req.body.sandi', 'req.body.password', '*.passwordHash'], remove: true },
  });
}
