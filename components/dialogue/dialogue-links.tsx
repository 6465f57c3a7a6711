// The dialogues of a profile or an event, each linked with its report once published.
import { getTranslations } from "next-intl/server";
import { Localized } from "@/components/i18n/localized";
import { dialoguesOf } from "@/lib/dialogue/queries";
import { Link } from "@/lib/i18n/navigation";

export async function DialogueLinks({
  of,
  heading,
}: {
  of: { organizationId: string } | { communityId: string } | { eventId: string };
  heading: "ownerDialogues" | "eventDialogue";
}) {
  const dialogues = await dialoguesOf(of);
  if (dialogues.length === 0) return null;
  const t = await getTranslations("dialogues");
  return (
    <section aria-labelledby={`dialogues-${heading}`} className="mt-8">
      <h2 id={`dialogues-${heading}`} className="text-xl font-semibold">
        {t(heading)}
      </h2>
      <ul className="mt-2 space-y-2">
        {dialogues.map((dialogue) => (
          <li key={dialogue.slug}>
            <Link href={`/dialogues/${dialogue.slug}`} className="font-medium">
              <Localized value={dialogue.question} />
            </Link>
            {dialogue.reportPublishedAt && (
              <>
                {" · "}
                <Link href={`/dialogues/${dialogue.slug}/report`}>{t("readReport")}</Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
