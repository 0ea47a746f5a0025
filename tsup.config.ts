import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'jordan/index': 'src/jordan/index.ts',
    'uae/index': 'src/uae/index.ts',
    'ksa/index': 'src/ksa/index.ts',
    'adapters/redis': 'src/adapters/redis.ts',
    'adapters/postgres': 'src/adapters/postgres.ts',
    'adapters/sqlite': 'src/adapters/sqlite.ts',
    'cli/bin': 'src/cli/bin.ts',
  },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: {
    entry: [
      'src/index.ts',
      'src/jordan/index.ts',
      'src/uae/index.ts',
      'src/ksa/index.ts',
      'src/adapters/redis.ts',
      'src/adapters/postgres.ts',
      'src/adapters/sqlite.ts',
    ],
  },
  splitting: true,
  clean: true,
  sourcemap: true,
  treeshake: true,
  external: ['ioredis', 'pg', 'better-sqlite3'],
});
