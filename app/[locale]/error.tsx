"use client";
import { useEffect } from "react";
import { useTranslations } from "next-intl";

// `retry` re-fetches and re-renders the segment (Next 16.3+); `reset` would only re-render
// what the server already sent, which does not help when a database read failed.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("error");
  const tm = useTranslations("metadata");
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <div role="alert" className="max-w-2xl py-8">
      {/* When generateMetadata failed too, the page would have no title; React hoists this one. */}
      <title>{`${t("title")} · ${tm("siteName")}`}</title>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-4 text-lg text-muted">{t("body")}</p>
      {digest && <p className="mt-2 text-sm text-muted">{t("reference", { digest })}</p>}
      <button
        type="button"
        onClick={() => retry()}
        className="mt-6 min-h-11 rounded-md bg-brand px-5 font-semibold text-white hover:bg-brand-strong"
      >
        {t("retry")}
      </button>
    </div>
  );
}
