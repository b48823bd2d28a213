import { z } from 'zod';
import { t } from '../../locales/id.js';

export const loginSchema = z.object({
  identitas: z.string({ error: t('auth.wajibIdentitas') }).trim().min(1, t('auth.wajibIdentitas')).max(100),
  sandi: z.string({ error: t('auth.wajibSandi') }).min(1, t('auth.wajibSandi')).max(200),
  kembali: z.string().max(500).optional(),
});
