import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { loose } from "@/components/i18n/loose-translator";
import { UserRole } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { Link } from "@/lib/i18n/navigation";
import { revokeMembershipAction } from "@/lib/moderation/actions";
import { setBlockedAction, setUserRoleAction } from "@/lib/user/actions";
import { listPeople } from "@/lib/user/queries";
import { DecisionForm } from "./decision-form";
import { getQueueDate } from "./queue-item";
import { nameText } from "./value-text";

type Person = Awaited<ReturnType<typeof listPeople>>[number];

/**
 * People found by name or address: admins change platform roles; moderators revoke a verified
 * membership and block or unblock a person.
 */
export async function PeopleQueue({ viewer, search, locale }: { viewer: Viewer; search: string | null; locale: Locale }) {
  const [people, tAdmin, tPlatformRoles, date] = await Promise.all([
    listPeople(search),
    getTranslations("admin"),
    getTranslations("admin.platformRoles"),
    getQueueDate(),
  ]);
  const platformRoles = loose(tPlatformRoles);
  const isAdmin = can(viewer, "manageRoles", "User");
  return (
    <section>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="queue" value="people" />
        <label className="text-sm font-medium">
          {tAdmin("searchPeople")}
          <input name="q" defaultValue={search ?? ""} className="ml-2 min-h-10 rounded-md border border-line px-2" />
        </label>
        <button type="submit" className="min-h-10 rounded-md border border-line px-3">
          {tAdmin("search")}
        </button>
      </form>
      <ul className="mt-4 divide-y divide-line rounded-lg border border-line bg-surface">
        {people.map((person) => (
          <li key={person.id} className="space-y-2 p-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div>
                <p className="font-medium">
                  {person.name ?? "—"} <span className="text-sm font-normal text-muted">({platformRoles(person.role)})</span>
                </p>
                <p className="text-sm text-muted">{person.email}</p>
                {person.blockedAt ? (
                  <p className="text-sm font-semibold text-danger">{tAdmin("blockedSince", { date: date(person.blockedAt) })}</p>
                ) : null}
              </div>
              {isAdmin ? (
                <ActionForm action={setUserRoleAction} className="flex flex-wrap items-center gap-2">
                  <input type="hidden" name="userId" value={person.id} />
                  <label className="text-sm">
                    {tAdmin("role")}
                    <select name="role" defaultValue={person.role} className="ml-2 min-h-10 rounded-md border border-line px-2">
                      {Object.values(UserRole).map((role) => (
                        <option key={role} value={role}>
                          {platformRoles(role)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <SubmitButton variant="secondary">{tAdmin("saveRole")}</SubmitButton>
                </ActionForm>
              ) : null}
            </div>
            <Memberships memberships={person.memberships} viewer={viewer} locale={locale} />
            {can(viewer, "block", "User", { id: person.id, role: person.role }) ? (
              <DecisionForm
                action={setBlockedAction}
                hidden={{ userId: person.id }}
                decisions={[person.blockedAt ? "unblock" : "block"]}
                reasonRequired
                label={tAdmin("blockLabel", { name: person.name ?? person.email ?? person.id })}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

async function Memberships({ memberships, viewer, locale }: { memberships: Person["memberships"]; viewer: Viewer; locale: Locale }) {
  const [tAdmin, tStatuses, tRoles] = await Promise.all([
    getTranslations("admin"),
    getTranslations("admin.membershipStatuses"),
    getTranslations("admin.membershipRoles"),
  ]);
  const statuses = loose(tStatuses);
  const roles = loose(tRoles);
  if (memberships.length === 0) return <p className="text-sm text-muted">{tAdmin("noMemberships")}</p>;
  return (
    <section aria-label={tAdmin("memberships")}>
      <ul className="space-y-1 text-sm">
        {memberships.map((m) => {
          const listing = m.organization ?? m.community;
          const href = m.organization ? `/organizations/${m.organization.slug}` : `/communities/${m.community?.slug}`;
          const name = nameText(listing?.name, locale);
          return (
            <li key={m.id}>
              <Link href={href}>{name}</Link> · {roles(m.role)} · {statuses(m.status)}
              {m.status === "VERIFIED" && can(viewer, "moderate", "Membership") ? (
                <div className="ml-4 max-w-xl">
                  <DecisionForm
                    action={revokeMembershipAction}
                    hidden={{ membershipId: m.id }}
                    decisions={["revoke"]}
                    reasonRequired
                    label={tAdmin("revokeLabel", { name })}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
