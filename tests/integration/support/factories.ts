// Rows for files that build their own data in an empty database: each factory gives a valid,
// public row of its kind with the fields no test looks at filled in; a test names what it cares
// about (and overrides the rest). The demo seed's content is in ./file-database.ts.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { MembershipStatus, UserRole } from "@/generated/prisma/enums";

/** A published civil-society organisation in Berlin. */
export function organizationRow(
  fields: Pick<Prisma.OrganizationCreateManyInput, "slug" | "name"> & Partial<Prisma.OrganizationCreateManyInput>,
): Prisma.OrganizationCreateManyInput {
  return {
    kind: "CIVIL_SOCIETY",
    country: "DE",
    city: "Berlin",
    lat: 52.5,
    lng: 13.4,
    publicLat: 52.5,
    publicLng: 13.4,
    status: "PUBLISHED",
    ...fields,
  };
}

/** `<prefix>-published`, `-pending` and `-hidden`: one organisation the public sees and two it must not. */
export function organizationsByVisibility(
  prefix: string,
  fields: Partial<Prisma.OrganizationCreateManyInput> = {},
): Prisma.OrganizationCreateManyInput[] {
  const row = (suffix: string, visibility: Partial<Prisma.OrganizationCreateManyInput>) =>
    organizationRow({ slug: `${prefix}-${suffix}`, name: { uk: prefix, en: prefix }, publishedAt: new Date(), ...fields, ...visibility });
  return [row("published", {}), row("pending", { status: "PENDING" }), row("hidden", { hiddenAt: new Date() })];
}

type Names = { uk: string; en: string };

/** A published urban community; its one name also names its short form, oblast, raion and centre, and its point is public as it is. */
export function communityRow(fields: {
  id: string;
  slug: string;
  katottg: string;
  name: Names;
  oblastCode: string;
  raionCode: string;
  centerCode: string;
  lat: number;
  lng: number;
  status?: "PUBLISHED" | "PENDING";
}): Prisma.CommunityCreateManyInput {
  const { name, lat, lng, status = "PUBLISHED", ...codes } = fields;
  return {
    ...codes,
    type: "URBAN",
    name,
    shortName: name,
    oblastName: name,
    raionName: name,
    centerName: name,
    lat,
    lng,
    publicLat: lat,
    publicLng: lng,
    status,
  };
}

type MembershipOf = Omit<Prisma.MembershipCreateManyInput, "userId">;

/** A representative's membership of an organisation: verified, or a claim waiting for a moderator. */
export const representativeOf = (organizationId: string, status: MembershipStatus = "VERIFIED"): MembershipOf => ({
  organizationId,
  role: "REPRESENTATIVE",
  status,
});

/** A community official's membership. */
export const officialOf = (communityId: string, status: MembershipStatus = "VERIFIED"): MembershipOf => ({
  communityId,
  role: "OFFICIAL",
  status,
});

export interface Person {
  id: string;
  email: string;
  role?: UserRole;
  memberships?: MembershipOf[];
}

/** Accounts with the ids the test refers to them by, and their memberships. */
export async function createPeople(prisma: PrismaClient, people: Person[]): Promise<void> {
  await prisma.user.createMany({ data: people.map(({ id, email, role }) => ({ id, email, role })) });
  const memberships = people.flatMap(({ id, memberships = [] }) => memberships.map((membership) => ({ userId: id, ...membership })));
  if (memberships.length > 0) await prisma.membership.createMany({ data: memberships });
}
