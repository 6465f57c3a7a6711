// A comparable description of a database's schema: tables and columns, enums, indexes,
// constraints, triggers and our own functions (extension members excluded).
type Query = (sql: string) => Promise<Record<string, unknown>[]>;

const queries = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public'
            ORDER BY table_name, column_name`,
  enums: `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public'
          GROUP BY t.typname ORDER BY t.typname`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
            ORDER BY tablename, indexname`,
  constraints: `SELECT c.conrelid::regclass::text AS table_name, c.conname, pg_get_constraintdef(c.oid) AS definition
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE n.nspname = 'public'
                  -- PostgreSQL 18 also lists NOT NULL here (contype n); 15 does not. Nullability is in columns.
                  AND c.contype <> 'n'
                ORDER BY 1, 2`,
  triggers: `SELECT event_object_table, trigger_name, event_manipulation, action_timing, action_statement
             FROM information_schema.triggers WHERE trigger_schema = 'public' ORDER BY 1, 2, 3`,
  functions: `SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args, p.provolatile
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'public'
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
              ORDER BY 1, 2`,
  extensions: `SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1`,
};

export type SchemaSnapshot = Record<keyof typeof queries, Record<string, unknown>[]>;

export async function snapshotSchema(query: Query): Promise<SchemaSnapshot> {
  const entries = await Promise.all(
    Object.entries(queries).map(
      async ([key, sql]) =>
        [key, (await query(sql)).filter((row) => !String(row.table_name ?? row.tablename ?? "").startsWith("_prisma"))] as const,
    ),
  );
  return Object.fromEntries(entries) as SchemaSnapshot;
}
