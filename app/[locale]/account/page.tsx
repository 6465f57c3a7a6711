import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { Localized } from "@/components/i18n/localized";
import { loose } from "@/components/i18n/loose-translator";
import { openSignedInPage, titleMetadata } from "@/components/layout/page";
import { Badge } from "@/components/ui/badge";
import { getAccountOverview } from "@/lib/account/queries";
import { signOutAction } from "@/app/[locale]/sign-in/actions";
import { Link } from "@/lib/i18n/navigation";
import { DeleteAccountForm, PreferencesForm } from "./_components/account-forms";

export const generateMetadata = titleMetadata("account.title", { index: false });

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, viewer } = await openSignedInPage(params, "/account");
  const [overview, tAccount, tAuth, format] = await Promise.all([
    getAccountOverview(viewer.id),
    getTranslations("account"),
    getTranslations("auth"),
    getFormatter(),
  ]);
  const kinds = loose(await getTranslations("account.notifications_kinds"));
  const statusOf = loose(await getTranslations("account.membershipStatus"));
  const listingStatus = loose(await getTranslations("account.listingStatus"));
  const roles = loose(await getTranslations("auth.roles"));
  const user = overview.user;
  if (!user) redirect(`/${locale}/sign-in`);

  return (
    <div className="space-y-10">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{tAccount("title")}</h1>
          <p className="mt-1 text-muted">{tAccount("lead", { email: user.email ?? "" })}</p>
        </div>
        <ActionForm action={signOutAction}>
          <input type="hidden" name="locale" value={locale} />
          <SubmitButton variant="secondary">{tAuth("signOut")}</SubmitButton>
        </ActionForm>
      </header>

      <section aria-labelledby="roles">
        <h2 id="roles" className="text-xl font-semibold">
          {tAccount("memberships")}
        </h2>
        {overview.memberships.length === 0 ? (
          <p className="mt-2 text-muted">
            {tAccount("noMemberships")} {tAccount("findToClaim")}
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-surface">
            {overview.memberships.map((m) => {
              const listing = m.organization ?? m.community;
              const href = m.organization ? `/organizations/${m.organization.slug}` : `/communities/${m.community?.slug}`;
              return (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <div>
                    {listing?.status === "PUBLISHED" ? (
                      <Link href={href} className="font-medium">
                        <Localized value={listing?.name} />
                      </Link>
                    ) : (
                      <span className="font-medium">
                        <Localized value={listing?.name} />
                      </span>
                    )}
                    <p className="text-sm text-muted">
                      {roles(m.role === "OFFICIAL" ? "official" : "representative")}
                      {m.title ? ` · ${m.title}` : ""}
                    </p>
                    {m.decisionReason && m.status === "REJECTED" ? (
                      <p className="text-sm">{tAccount("decisionReason", { reason: m.decisionReason })}</p>
                    ) : null}
                  </div>
                  <div className="flex items-center gap-2">
                    <Badge tone={m.status === "VERIFIED" ? "ok" : "note"}>{statusOf(m.status)}</Badge>
                    {m.organization && m.status !== "REJECTED" ? (
                      <Link href={`/organizations/${m.organization.slug}/edit`} className="text-sm">
                        {tAccount("edit")}
                      </Link>
                    ) : null}
                    {/* A community's workspace opens to its verified officials only (claims wait for a moderator). */}
                    {m.community && m.status === "VERIFIED" ? (
                      <Link href={`/communities/${m.community.slug}/edit`} className="text-sm">
                        {tAccount("edit")}
                      </Link>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <p className="mt-3">
          <Link href="/organizations/new" className="font-medium">
            {tAccount("registerOrganization")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="listings">
        <h2 id="listings" className="text-xl font-semibold">
          {tAccount("listings")}
        </h2>
        {overview.registered.length === 0 ? (
          <p className="mt-2 text-muted">{tAccount("noListings")}</p>
        ) : (
          <ul className="mt-3 space-y-1">
            {overview.registered.map((org) => (
              <li key={org.id} className="flex flex-wrap items-center gap-2">
                {org.status === "PUBLISHED" ? (
                  <Link href={`/organizations/${org.slug}`}>
                    <Localized value={org.name} />
                  </Link>
                ) : (
                  <span>
                    <Localized value={org.name} />
                  </span>
                )}
                <Badge tone={org.status === "PUBLISHED" ? "ok" : "note"}>{listingStatus(org.status)}</Badge>
                <Link href={`/organizations/${org.slug}/edit`} className="text-sm">
                  {tAccount("edit")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="notifications">
        <h2 id="notifications" className="text-xl font-semibold">
          {tAccount("notifications")}
        </h2>
        {overview.notifications.length === 0 ? (
          <p className="mt-2 text-muted">{tAccount("noNotifications")}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {overview.notifications.map((n) => {
              const payload = (n.payload ?? {}) as { name?: string; reason?: string | null };
              const text = kinds.has(n.kind) ? kinds(n.kind, { name: payload.name ?? "" }) : kinds("other", { name: payload.name ?? "" });
              return (
                <li key={n.id} className="rounded-md border border-line bg-surface p-3">
                  <p>{text}</p>
                  {payload.reason ? <p className="text-sm text-muted">{tAccount("decisionReason", { reason: payload.reason })}</p> : null}
                  <p className="text-xs text-muted">{format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="preferences">
        <h2 id="preferences" className="text-xl font-semibold">
          {tAccount("preferences")}
        </h2>
        <PreferencesForm name={user.name ?? ""} locale={user.locale === "en" ? "en" : "uk"} notifyByEmail={user.notifyByEmail} />
      </section>

      <section aria-labelledby="delete" className="rounded-lg border border-danger p-4">
        <h2 id="delete" className="text-xl font-semibold text-danger">
          {tAccount("dangerZone")}
        </h2>
        <p className="mt-1 max-w-3xl text-sm">{tAccount("deleteLead")}</p>
        <DeleteAccountForm locale={locale} />
      </section>
    </div>
  );
}
