import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { openSignedInPage, titleMetadata } from "@/components/layout/page";
import { ListPagination } from "@/components/search/list-pagination";
import { Link } from "@/lib/i18n/navigation";
import { markAllNoticesReadAction } from "@/lib/notification/actions";
import { noticeListUrl } from "@/lib/notification/filters";
import { listNotices } from "@/lib/notification/queries";
import { NoticeList } from "../_components/notice-list";

export const generateMetadata = titleMetadata("notifications.title", { index: false });

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ params, searchParams }: Props) {
  const { locale, viewer } = await openSignedInPage(params, "/account/notifications");
  const { page } = noticeListUrl.read(await searchParams);
  const [list, t, tAccount] = await Promise.all([
    listNotices(viewer.id, page),
    getTranslations("notifications"),
    getTranslations("account"),
  ]);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm">
            <Link href="/account">{tAccount("title")}</Link>
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-muted">{t("lead")}</p>
          <p className="mt-1 font-medium" aria-live="polite">
            {t("unreadCount", { count: list.unread })}
          </p>
        </div>
        {list.unread > 0 ? (
          <ActionForm action={markAllNoticesReadAction}>
            <SubmitButton variant="secondary">{t("markAllRead")}</SubmitButton>
          </ActionForm>
        ) : null}
      </header>
      <NoticeList locale={locale} notices={list.items} empty={t("empty")} />
      <ListPagination pathname="/account/notifications" query={{}} result={list} />
    </div>
  );
}
