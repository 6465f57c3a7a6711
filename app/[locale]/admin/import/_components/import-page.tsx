// The import page's frame, shared by what a file may hold (organisations, community profiles): the
// choice between them, the title, the columns, and the form (./import-form.tsx).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { StateAction } from "@/components/forms/action-form";
import { loose } from "@/components/i18n/loose-translator";
import { openSignedInPage } from "@/components/layout/page";
import { can } from "@/lib/auth/policy";
import { MAX_IMPORT_BYTES } from "@/lib/import/form";
import { Link } from "@/lib/i18n/navigation";
import { ImportForm, type ImportHolds } from "./import-form";

const holdings = {
  organizations: { path: "/admin/import", subject: "Organization", prefix: "" },
  communities: { path: "/admin/import/communities", subject: "Community", prefix: "communities." },
} as const;

interface Props {
  params: Promise<{ locale: string }>;
  holds: ImportHolds;
  action: StateAction;
  columns: readonly string[];
}

export async function ImportPage({ params, holds, action, columns }: Props) {
  const { path, subject, prefix } = holdings[holds];
  const { viewer } = await openSignedInPage(params, path);
  if (!can(viewer, "import", subject)) notFound();
  const t = loose(await getTranslations("adminImport"));
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/admin">{t("back")}</Link>
      </p>
      <nav aria-label={t("holds")} className="mt-2 flex flex-wrap gap-x-4">
        {(Object.keys(holdings) as ImportHolds[]).map((key) => (
          <Link
            key={key}
            href={holdings[key].path}
            aria-current={key === holds ? "page" : undefined}
            className="inline-flex min-h-11 items-center aria-[current=page]:font-semibold aria-[current=page]:no-underline"
          >
            {t(`holdsChoice.${key}`)}
          </Link>
        ))}
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t(`${prefix}title`)}</h1>
      <p className="mt-2 text-lg text-muted">{t(`${prefix}lead`)}</p>
      <p className="mt-2 text-sm text-muted">
        {t(`${prefix}columns`)} <code className="break-words">{columns.join(", ")}</code>
      </p>
      <ImportForm action={action} maxBytes={MAX_IMPORT_BYTES} holds={holds} />
    </div>
  );
}
