// Which database a command opens, one rule for every command: `--db`, else $DATABASE_URL, else $SITREP_DB, else
// ./sitrep.db. $DATABASE_URL comes before $SITREP_DB so that setting it puts every command on PostgreSQL, as
// team deployments expect; $SITREP_DB only moves the embedded default (a path) somewhere else.

export const DEFAULT_DB_PATH = "./sitrep.db";

/** `--db`, else $DATABASE_URL, else $SITREP_DB, else ./sitrep.db (an empty variable counts as unset). */
export function resolveDatabaseUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? (env.DATABASE_URL || env.SITREP_DB || DEFAULT_DB_PATH);
}

/** The rule in words, for help texts, so that every command states it alike. */
export const DATABASE_RULE = "--db, else $DATABASE_URL, else $SITREP_DB, else ./sitrep.db";
