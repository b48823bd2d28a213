#!/bin/sh
# Stand-in for Prisma's native schema engine so that `prisma generate` works offline.
# It refuses every call loudly, so a migrate/db command can never "succeed" doing nothing.
echo "SIKAP: the native schema engine is not available offline; use 'npm run db:migrate' and 'npm run db:diff'." >&2
exit 1
