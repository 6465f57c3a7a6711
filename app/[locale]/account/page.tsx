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
import { AccountSection, ListingName, ListOrEmpty } from "./_components/account-section";

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

      <AccountSection id="roles" title={tAccount("memberships")}>
        <ListOrEmpty
          empty={
            <>
              {tAccount("noMemberships")} {tAccount("findToClaim")}
            </>
          }
          className="mt-3 divide-y divide-line rounded-lg border border-line bg-surface"
        >
          {overview.memberships.map((m) => {
            const listing = m.organization ?? m.community;
            const href = m.organization ? `/organizations/${m.organization.slug}` : `/communities/${m.community?.slug}`;
            return (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <div>
                  <ListingName href={href} published={listing?.status === "PUBLISHED"} className="font-medium">
                    <Localized value={listing?.name} />
                  </ListingName>
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
        </ListOrEmpty>
        <p className="mt-3">
          <Link href="/organizations/new" className="font-medium">
            {tAccount("registerOrganization")}
          </Link>
        </p>
      </AccountSection>

      <AccountSection id="listings" title={tAccount("listings")}>
        <ListOrEmpty empty={tAccount("noListings")} className="mt-3 space-y-1">
          {overview.registered.map((org) => (
            <li key={org.id} className="flex flex-wrap items-center gap-2">
              <ListingName href={`/organizations/${org.slug}`} published={org.status === "PUBLISHED"}>
                <Localized value={org.name} />
              </ListingName>
              <Badge tone={org.status === "PUBLISHED" ? "ok" : "note"}>{listingStatus(org.status)}</Badge>
              <Link href={`/organizations/${org.slug}/edit`} className="text-sm">
                {tAccount("edit")}
              </Link>
            </li>
          ))}
        </ListOrEmpty>
      </AccountSection>

      <AccountSection id="notifications" title={tAccount("notifications")}>
        <ListOrEmpty empty={tAccount("noNotifications")} className="mt-3 space-y-2">
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
        </ListOrEmpty>
      </AccountSection>

      <AccountSection id="preferences" title={tAccount("preferences")}>
        <PreferencesForm name={user.name ?? ""} locale={user.locale === "en" ? "en" : "uk"} notifyByEmail={user.notifyByEmail} />
      </AccountSection>

      <AccountSection id="delete" title={tAccount("dangerZone")} danger>
        <p className="mt-1 max-w-3xl text-sm">{tAccount("deleteLead")}</p>
        <DeleteAccountForm locale={locale} />
      </AccountSection>
    </div>
  );
}
