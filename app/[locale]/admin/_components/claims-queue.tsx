import type { Locale } from "next-intl";
import { TargetType } from "@/generated/prisma/enums";
import { safeHref } from "@/lib/forms/http-url";
import { Link } from "@/lib/i18n/navigation";
import { decideClaimAction } from "@/lib/moderation/actions";
import { listPendingClaims } from "@/lib/moderation/queries";
import { DecisionForm } from "./decision-form";
import { getQueueText, QueueItem, QueueList } from "./queue-item";
import { nameText } from "./value-text";

/** Claims to represent a listing, with the evidence: who, the official domain check, links and notes. */
export async function ClaimsQueue({ locale }: { locale: Locale }) {
  const [claims, { tAdmin, types }] = await Promise.all([listPendingClaims(), getQueueText()]);
  return (
    <QueueList count={claims.length}>
      {claims.map((claim) => {
        const listing = claim.organization ?? claim.community;
        const href = claim.organization ? `/organizations/${claim.organization.slug}` : `/communities/${claim.community?.slug}`;
        return (
          <QueueItem
            key={claim.id}
            kind={types(claim.organization ? TargetType.ORGANIZATION : TargetType.COMMUNITY)}
            title={<Link href={href}>{nameText(listing?.name, locale)}</Link>}
          >
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
              <dt className="font-semibold">{tAdmin("submittedBy", { name: "" })}</dt>
              <dd>
                {claim.user.name ?? "—"} &lt;{claim.user.email}&gt;{claim.title ? ` · ${claim.title}` : ""}
              </dd>
              {claim.community ? (
                <>
                  <dt className="font-semibold">{tAdmin("katottg")}</dt>
                  <dd className="font-mono">{claim.community.katottg}</dd>
                </>
              ) : null}
              <dt className="font-semibold">{tAdmin("officialDomain")}</dt>
              <dd>
                <span className={claim.officialDomain ? "text-success font-semibold" : ""}>
                  {claim.evidenceDomain
                    ? claim.officialDomain
                      ? tAdmin("domainOfficial", { domain: claim.evidenceDomain })
                      : tAdmin("domainNotOfficial", { domain: claim.evidenceDomain })
                    : "—"}
                </span>
                {claim.typedDomain ? (
                  <span className="block text-muted">{tAdmin("domainUnproven", { domain: claim.typedDomain })}</span>
                ) : null}
              </dd>
              <dt className="font-semibold">{tAdmin("evidence")}</dt>
              <dd>
                {claim.evidenceEmail ?? ""}{" "}
                {safeHref(claim.evidenceUrl) ? (
                  <a href={safeHref(claim.evidenceUrl)} rel="nofollow noopener noreferrer" target="_blank">
                    {claim.evidenceUrl}
                  </a>
                ) : (
                  (claim.evidenceUrl ?? "")
                )}{" "}
                {claim.evidenceNote ?? ""}
              </dd>
            </dl>
            <DecisionForm
              action={decideClaimAction}
              hidden={{ membershipId: claim.id }}
              decisions={["approve", "reject"]}
              label={nameText(listing?.name, locale)}
            />
          </QueueItem>
        );
      })}
    </QueueList>
  );
}
