import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DialogueCard } from "@/components/dialogue/dialogue-card";
import { openPage } from "@/components/layout/page";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { listDialogues, type DialogueItem } from "@/lib/dialogue/queries";
import { requireLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "dialogues" }))("title") };
}

function Section({
  id,
  title,
  dialogues,
  now,
  empty,
}: {
  id: string;
  title: string;
  dialogues: DialogueItem[];
  now: Date;
  empty?: string;
}) {
  if (dialogues.length === 0 && !empty) return null;
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {dialogues.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-line bg-surface p-4 text-muted">{empty}</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {dialogues.map((dialogue) => (
            <li key={dialogue.id}>
              <DialogueCard dialogue={dialogue} now={now} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function DialoguesPage({ params }: Props) {
  await openPage(params);
  const now = new Date();
  const [{ open, upcoming, closed }, t, viewer] = await Promise.all([listDialogues(now), getTranslations("dialogues"), getViewer()]);
  const none = open.length + upcoming.length + closed.length === 0;
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("intro")}</p>
      {/* Only for people who represent an organisation or community: the form would refuse others. */}
      {can(viewer, "create", "Dialogue") && (
        <p className="mt-2">
          <Link href="/dialogues/new" className="font-semibold">
            {t("newDialogue")}
          </Link>
        </p>
      )}
      {none ? (
        <p className="mt-6 rounded-lg border border-dashed border-line bg-surface p-6 text-muted">{t("empty")}</p>
      ) : (
        <>
          <Section id="open-heading" title={t("open")} dialogues={open} now={now} empty={t("emptyOpen")} />
          <Section id="upcoming-heading" title={t("upcoming")} dialogues={upcoming} now={now} />
          <Section id="closed-heading" title={t("closed")} dialogues={closed} now={now} />
        </>
      )}
    </div>
  );
}
