// How the state codifier's table (prisma/data/hromadas.csv, read by the seed) names a
// community's identity. The open-data export (lib/export/records.ts) uses the same names, so its
// files line up with the official source column for column.
export const codifierIdentityColumns = ["katottg", "name_uk", "name_en", "type", "oblast_uk", "oblast_en", "raion_uk", "raion_en"] as const;
