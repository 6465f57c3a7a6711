// The partnerships block of a community's or an organisation's profile: each partnership's form,
// the other side (linked while public), its status and since when.
import type { ReactNode } from "react";
import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { ProfileList } from "@/components/listing/profile-list";
import type { PartnershipForm, PartnershipStatus } from "@/generated/prisma/enums";
import { formatMonth } from "@/lib/i18n/dates";

export interface ProfilePartnership {
  id: string;
  form: PartnershipForm;
  partnershipStatus: PartnershipStatus;
  startDate: Date | null;
  /** The other side, linked; nothing when it is not public. */
  other: ReactNode;
}

export async function ProfilePartnerships({
  heading,
  empty,
  between,
  partnerships,
  locale,
}: {
  heading: string;
  empty: string;
  /** The words between the form and the other side, e.g. "·" or "with". */
  between: string;
  partnerships: ProfilePartnership[];
  locale: Locale;
}) {
  const [tPartnerships, label] = await Promise.all([getTranslations("partnerships"), getVocabulary()]);
  return (
    <ProfileList
      headingId="partnerships-heading"
      heading={heading}
      empty={empty}
      listClassName="space-y-2"
      more={{ href: "/partnerships", text: tPartnerships("allPartnerships") }}
    >
      {partnerships.map((partnership) => (
        <li key={partnership.id} className="rounded-md border border-line bg-surface p-3">
          <span className="font-medium">{label("partnershipForm", partnership.form)}</span> {between} {partnership.other}
          <span className="text-muted"> · {label("partnershipStatus", partnership.partnershipStatus)}</span>
          {partnership.startDate && <span className="text-muted"> · {formatMonth(partnership.startDate, locale)}</span>}
        </li>
      ))}
    </ProfileList>
  );
}
