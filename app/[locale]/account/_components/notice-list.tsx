// Notices as sentences in the page's language, each linking to what it is about through
// /account/notifications/{id} (which marks it read on the way). Unread ones are marked in words,
// not only by colour, and can be marked read without opening them.
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/dates";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { loose } from "@/components/i18n/loose-translator";
import { Badge } from "@/components/ui/badge";
import { markNoticeReadAction } from "@/lib/notification/actions";
import { renderNotice } from "@/lib/notification/render";

export interface NoticeRow {
  id: string;
  kind: string;
  payload: unknown;
  createdAt: Date;
  readAt: Date | null;
}

export async function NoticeList({ locale, notices, empty }: { locale: string; notices: NoticeRow[]; empty: string }) {
  if (notices.length === 0) return <p className="mt-2 text-muted">{empty}</p>;
  const t = await getTranslations("notifications");
  return (
    <ul className="mt-3 space-y-2">
      {notices.map((n) => {
        const { text, reason } = renderNotice(loose(t), locale, n);
        const unread = n.readAt === null;
        return (
          <li
            key={n.id}
            className={`flex flex-wrap items-start justify-between gap-2 rounded-md border p-3 ${unread ? "border-brand bg-brand-soft" : "border-line bg-surface"}`}
          >
            <div className="min-w-0 flex-1">
              {unread ? <Badge tone="brand">{t("unread")}</Badge> : null}
              <p className={unread ? "mt-1 font-semibold break-words" : "break-words"}>
                {/* A plain link, never prefetched: only a real visit marks the notice read. */}
                <a href={`/${locale}/account/notifications/${n.id}`}>{text}</a>
              </p>
              {reason ? <p className="text-sm text-muted">{t("reason", { reason })}</p> : null}
              <p className="text-xs text-muted">
                <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt, locale)}</time>
              </p>
            </div>
            {unread ? (
              <ActionForm action={markNoticeReadAction}>
                <input type="hidden" name="noticeId" value={n.id} />
                <SubmitButton variant="secondary">{t("markRead")}</SubmitButton>
              </ActionForm>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
