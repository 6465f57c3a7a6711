// A slug no other row of the table has: the base, or the base with -2, -3, … appended.
// `reserved` holds path segments a slug must never take (e.g. "new", the create form's page).
// Called inside the transaction that creates the row; the unique index still guards a race.

export async function uniqueSlug(
  base: string,
  slugsStartingWith: (prefix: string) => Promise<{ slug: string }[]>,
  reserved: readonly string[] = ["new"],
): Promise<string> {
  const taken = new Set([...reserved, ...(await slugsStartingWith(base)).map((row) => row.slug)]);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** A table with a slug column, as every listing's Prisma delegate is. */
interface SlugTable {
  findMany(args: { where: { slug: { startsWith: string } }; select: { slug: true } }): PromiseLike<{ slug: string }[]>;
}

/** The `slugsStartingWith` of a table: `uniqueSlug(base, slugsIn(tx.event))`. */
export function slugsIn(table: SlugTable): (prefix: string) => Promise<{ slug: string }[]> {
  return async (prefix) => table.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } });
}
