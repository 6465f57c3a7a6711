import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
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
import { NoticeList } from "./_components/notice-list";
import { ToDoList } from "./_components/to-do-list";
import { defaultLocale, isLocale } from "@/lib/i18n/localized-text";

export const generateMetadata = titleMetadata("account.title", { index: false });

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, viewer } = await openSignedInPage(params, "/account");
  const [overview, tAccount, tAuth, tNotices] = await Promise.all([
    getAccountOverview(viewer),
    getTranslations("account"),
    getTranslations("auth"),
    getTranslations("notifications"),
  ]);
  const statusOf = loose(await getTranslations("account.membershipStatus"));
  const listingStatus = loose(await getTranslations("account.listingStatus"));
  const roles = loose(await getTranslations("auth.roles"));
  const listingKind = loose(await getTranslations("account.kind"));
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

      <AccountSection id="todo" title={tAccount("todo")}>
        <p className="mt-1 text-muted">{tAccount("todoLead")}</p>
        <ToDoList
          items={[
            { href: "/partnerships/proposals", label: tAccount("todoProposals"), count: overview.counts.proposals, page: true },
            { href: "/account/notifications", label: tAccount("todoUnread"), count: overview.counts.unread, page: true },
            { href: "/account#roles", label: tAccount("todoClaims"), count: overview.counts.claims },
            { href: "/account#pending", label: tAccount("todoPending"), count: overview.counts.pending },
            { href: "/account#listings", label: tAccount("todoListings"), count: overview.counts.listings },
          ]}
        />
      </AccountSection>

      <AccountSection id="notifications" title={tAccount("notifications")}>
        <NoticeList locale={locale} notices={overview.notifications} empty={tNotices("empty")} />
        <p className="mt-3">
          <Link href="/account/notifications" className="font-medium">
            {tAccount("allNotifications")}
          </Link>
        </p>
      </AccountSection>

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
        <ListOrEmpty empty={tAccount("noListings")} className="mt-3 space-y-2">
          {overview.managed.map((listing) => {
            const path = `/${listing.kind === "organization" ? "organizations" : "communities"}/${listing.slug}`;
            return (
              <li key={listing.id} className="flex flex-wrap items-center gap-2">
                <span className="text-sm text-muted">{listingKind(listing.kind)}</span>
                <ListingName href={path} published={listing.status === "PUBLISHED"}>
                  <Localized value={listing.name} />
                </ListingName>
                <Badge tone={listing.status === "PUBLISHED" ? "ok" : "note"}>{listingStatus(listing.status)}</Badge>
                <Link href={`${path}/edit`} className="text-sm">
                  {tAccount("edit")}
                </Link>
              </li>
            );
          })}
        </ListOrEmpty>
        <p className="mt-3">
          <Link href="/partnerships/proposals" className="font-medium">
            {tAccount("allProposals")}
          </Link>
        </p>
      </AccountSection>

      {overview.pending.length ? (
        <AccountSection id="pending" title={tAccount("todoPending")}>
          <ul className="mt-3 space-y-2">
            {overview.pending.map((listing) => (
              <li key={listing.id} className="flex flex-wrap items-center gap-2">
                <span className="text-sm text-muted">{listingKind(listing.kind)}</span>
                <Localized value={listing.name} />
                <Badge tone="note">{listingStatus("PENDING")}</Badge>
              </li>
            ))}
          </ul>
        </AccountSection>
      ) : null}

      <AccountSection id="preferences" title={tAccount("preferences")}>
        <PreferencesForm
          name={user.name ?? ""}
          locale={isLocale(user.locale) ? user.locale : defaultLocale}
          notifyByEmail={user.notifyByEmail}
        />
      </AccountSection>

      <AccountSection id="delete" title={tAccount("dangerZone")} danger>
        <p className="mt-1 max-w-3xl text-sm">{tAccount("deleteLead")}</p>
        <DeleteAccountForm locale={locale} />
      </AccountSection>
    </div>
  );
}
