import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Offline machines cannot download Prisma's native schema engine. `generate`, `validate` and
// `format` never use it, so any existing file satisfies the CLI's check. Migrations are NOT made
// through the CLI: see src/db/migrate.ts (apply) and tools/migration-diff.ts (create), and
// docs/decisions/002-prisma-offline.md.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve('tools/no-schema-engine.sh');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
