import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HappeningsNav } from "@/components/event/happenings-nav";
import { PollCard } from "@/components/poll/poll-card";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { perRequest } from "@/lib/cache/shared-render";
import { requireLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import { listPolls } from "@/lib/poll/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "polls" }))("listTitle") };
}

export default async function PollsPage({ params }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await perRequest(); // except its shared copy for visitors (lib/cache/shared-render.ts)
  const now = new Date();
  const [polls, t, tf, viewer] = await Promise.all([listPolls(now), getTranslations("polls"), getTranslations("pollForm"), getViewer()]);
  return (
    <div>
      <HappeningsNav current="/polls" />
      <h1 className="text-3xl font-bold tracking-tight">{t("listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("listLead")}</p>
      {/* Only for people who represent an organisation or community: the form would refuse others. */}
      {can(viewer, "create", "Poll") && (
        <p className="mt-2">
          <Link href="/polls/new" className="font-semibold">
            {tf("createPoll")}
          </Link>
        </p>
      )}
      <h2 className="mt-6 font-medium">{t("count", { count: polls.length })}</h2>
      {polls.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-line bg-surface p-6 text-muted">{t("empty")}</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {polls.map((poll) => (
            <li key={poll.id}>
              <PollCard poll={poll} now={now} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
