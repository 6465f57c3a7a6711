"use client";
// The import form: choose a file and a status, preview (nothing is written), then confirm. The
// confirm sends the same file again with the hash the preview showed; the server validates it
// again and refuses a different file. Submitted by hand (not <form action>) so React does not
// reset the form after the preview: the chosen file must stay chosen for the confirm.
// `holds` names what the file holds: community profiles have no status and no duplicates, and a
// few labels of their own (adminImport.communities.*, falling back to the organisations' labels).
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { useStateAction, type StateAction } from "@/components/forms/action-form";
import { fieldError } from "@/components/forms/action-result";
import { FormMessage } from "@/components/forms/form-message";
import { loose } from "@/components/i18n/loose-translator";
import { Table } from "@/components/stats/table";
import type { Duplicate, ImportReport, RowError } from "@/lib/organization/import";

export type ImportHolds = "organizations" | "communities";
type ImportAnswer = { ok: boolean; imported?: number | null; reason?: string; report?: ImportReport };

const button = "inline-flex min-h-11 items-center justify-center rounded-md px-4 font-semibold disabled:opacity-60";

export function ImportForm({ action, maxBytes, holds = "organizations" }: { action: StateAction; maxBytes: number; holds?: ImportHolds }) {
  const t = useTranslations("adminImport");
  const label = useLabels(holds);
  const te = loose(useTranslations("forms.errors"));
  const ti = loose(useTranslations("adminImport.errors"));
  const [result, formAction] = useStateAction(action);
  const [pending, startTransition] = useTransition();
  const [tooLarge, setTooLarge] = useState(false);
  const answer = result?.data as ImportAnswer | undefined;
  const report = answer?.report;
  const message = (key: string) => (ti.has(key) ? ti(key) : te.has(key) ? te(key) : key);
  const fileError = tooLarge ? "fileTooLarge" : fieldError(result, "file");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const file = data.get("file");
    // Refused before sending: the server would only say the request was too large.
    const large = file instanceof File && file.size > maxBytes;
    setTooLarge(large);
    if (!large) startTransition(() => formAction(data));
  }

  const confirmable = answer?.ok && answer.imported === null && report && report.fresh > 0;
  return (
    <form onSubmit={submit} className="mt-6 space-y-4" aria-busy={pending || undefined}>
      <label className="block">
        <span className="font-medium">{t("file")}</span>
        <span className="block text-sm text-muted">{t("fileHint", { megabytes: Math.round(maxBytes / 1024 / 1024) })}</span>
        <input
          type="file"
          name="file"
          required
          accept=".csv,.json,.geojson,text/csv,application/json,application/geo+json"
          className="mt-1 block w-full max-w-full"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "import-file-error" : undefined}
          onChange={() => setTooLarge(false)}
        />
      </label>
      {fileError ? (
        <p id="import-file-error" className="text-sm text-danger">
          {message(fileError)}
        </p>
      ) : null}
      {holds === "organizations" ? (
        <fieldset>
          <legend className="font-medium">{t("status")}</legend>
          {(["PENDING", "PUBLISHED"] as const).map((status) => (
            <label key={status} className="mr-4 inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="status" value={status} defaultChecked={status === "PENDING"} />
              {t(`statuses.${status}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={`${button} border border-line bg-surface text-ink hover:bg-brand-soft`}>
          {t("preview")}
        </button>
        {confirmable ? (
          <button
            type="submit"
            name="previewedHash"
            value={report.hash}
            disabled={pending}
            className={`${button} bg-brand text-white hover:bg-brand-strong`}
          >
            {label("confirm", { count: report.fresh })}
          </button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="min-h-6 text-sm font-medium">
        {pending ? t("working") : answer?.ok && typeof answer.imported === "number" ? label("done", { count: answer.imported }) : ""}
      </p>
      {/* A refusal before the file was read (signed out, no file): the forms' one-line message. */}
      {result?.serverError || result?.validationErrors ? <FormMessage result={result} /> : null}
      {answer && !answer.ok ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {t(`reasons.${answer.reason === "CHANGED_SINCE_PREVIEW" || answer.reason === "NO_FILE" ? answer.reason : "INVALID"}`)}
        </p>
      ) : null}
      {report && !pending ? <ImportSummary report={report} message={message} holds={holds} /> : null}
    </form>
  );
}

/** Community profiles have no duplicates: a code named twice is a row's error. */
const countsShown = {
  organizations: ["total", "valid", "fresh", "unchanged", "errorCount", "duplicateCount"],
  communities: ["total", "valid", "fresh", "unchanged", "errorCount"],
} as const;

/** A label of what the file holds: adminImport.communities.<key> if there is one, else adminImport.<key>. */
function useLabels(holds: ImportHolds) {
  const t = loose(useTranslations("adminImport"));
  return (key: string, values?: Record<string, number>) =>
    t(holds !== "organizations" && t.has(`${holds}.${key}`) ? `${holds}.${key}` : key, values);
}

function ImportSummary({ report, message, holds }: { report: ImportReport; message: (key: string) => string; holds: ImportHolds }) {
  const t = useTranslations("adminImport");
  const label = useLabels(holds);
  const rowName = (row: number) => (row === 0 ? t("wholeFile") : String(row));
  const duplicateText = (duplicate: Duplicate) =>
    duplicate.ofSlug !== undefined
      ? t("duplicateOfExisting", { by: t(`by.${duplicate.by}`), slug: duplicate.ofSlug })
      : t("duplicateOfRow", { by: t(`by.${duplicate.by}`), row: duplicate.ofRow ?? 0 });
  return (
    <section aria-labelledby="import-summary" className="space-y-4">
      <h2 id="import-summary" className="text-xl font-semibold">
        {t("summary")}
      </h2>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
        {countsShown[holds].map((key) => (
          <div key={key}>
            <dt className="text-sm text-muted">{label(`counts.${key}`)}</dt>
            <dd className="text-lg font-semibold">{report[key]}</dd>
          </div>
        ))}
      </dl>
      <ProblemTable
        caption={t("errorsCaption", { shown: report.errors.length, count: report.errorCount })}
        rows={report.errors.map((error: RowError) => [rowName(error.row), error.column, message(error.message)])}
      />
      <ProblemTable
        caption={t("duplicatesCaption", { shown: report.duplicates.length, count: report.duplicateCount })}
        rows={report.duplicates.map((duplicate) => [rowName(duplicate.row), "", duplicateText(duplicate)])}
      />
    </section>
  );
}

/** Problems by row, in the observatory's plain table (components/stats/table.tsx). */
function ProblemTable({ caption, rows }: { caption: string; rows: string[][] }) {
  const t = useTranslations("adminImport");
  if (rows.length === 0) return null;
  return (
    <div>
      <h3 className="font-medium">{caption}</h3>
      <Table
        caption={caption}
        columns={[{ label: t("row"), numeric: true }, { label: t("column") }, { label: t("problem") }]}
        rows={rows.map(([row, column, problem], index) => ({
          key: String(index),
          cells: [row, <code key="column">{column}</code>, problem],
        }))}
      />
    </div>
  );
}
