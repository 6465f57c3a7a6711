import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { openPage, titleMetadata } from "@/components/layout/page";
import { demoSignInEnabled } from "@/lib/auth/demo-sign-in";
import { readOutbox } from "@/lib/email/outbox";
import { mailStaysLocal } from "@/lib/email/send";
import { formatDateTime } from "@/lib/i18n/dates";

export const generateMetadata = titleMetadata("auth.outboxTitle", { index: false });

// The development outbox: it shows sign-in links, so it exists only where demo sign-in is on
// anyway (anyone could sign in as a demo person there) and no mail server is configured.
export default async function OutboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await openPage(params);
  if (!mailStaysLocal() || !(await demoSignInEnabled())) notFound();
  const tAuth = await getTranslations("auth");
  const messages = readOutbox();
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{tAuth("outboxTitle")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{tAuth("outboxLead")}</p>
      {messages.length === 0 ? <p className="mt-6">{tAuth("outboxEmpty")}</p> : null}
      <ol className="mt-6 space-y-4">
        {messages.map((message) => (
          <li key={message.id} className="rounded-lg border border-line bg-surface p-4">
            <p className="text-sm text-muted">
              {formatDateTime(message.at, locale)} → {message.to}
            </p>
            <h2 className="mt-1 font-semibold">{message.subject}</h2>
            <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">{linkify(message.text)}</pre>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Makes the URLs in a plain-text message clickable. */
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
