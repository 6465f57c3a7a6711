// When the database is down, a page would answer a bare 500 from Next's error boundary. Our
// server (scripts/serve.mts) holds back a 5xx page response, asks the database once (at most one
// probe a second, whatever the traffic) and, when it does not answer, sends 503 with Retry-After
// and a small static page in the person's language instead: a browser, a crawler and a load
// balancer all learn "come back in a few seconds", not "this page is broken". A 5xx while the
// database is up goes out unchanged. Plain pg, not lib/health: that module is server-only and
// lives in Next's bundle, this one runs in our server outside it.
import type { IncomingMessage, ServerResponse } from "node:http";
import pg from "pg";
import { localePagePath } from "../i18n/locale-paths";
import { defaultLocale, isLocale, type Locale } from "../i18n/localized-text";

export const RETRY_AFTER_SECONDS = 5;
const PROBE_TIMEOUT_MS = 1000;
const PROBE_CACHE_MS = 1000;

export type DatabaseProbe = () => Promise<boolean>;

/** "Is the database down?", answered from one short probe per second. Embedded: never down here. */
export function databaseDownProbe(url: string | undefined): DatabaseProbe {
  let last: { at: number; down: Promise<boolean> } | undefined;
  const probe = async (): Promise<boolean> => {
    if (!url) return false;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
    client.on("error", () => {}); // a server shutting down mid-probe must not crash us
    try {
      await client.connect();
      await client.query("SELECT 1");
      return false;
    } catch {
      return true;
    } finally {
      client.end().catch(() => {});
    }
  };
  return () => {
    if (!last || Date.now() - last.at > PROBE_CACHE_MS) last = { at: Date.now(), down: probe() };
    return last.down;
  };
}

const copy = {
  en: {
    title: "Briefly unavailable · Diaspora Atlas",
    heading: "We'll be right back",
    body: "Diaspora Atlas cannot reach its database for a moment. Nothing you sent was half-saved. Please try again in a few seconds.",
    again: "Try again",
  },
  uk: {
    title: "Тимчасово недоступно · Діаспора Атлас",
    heading: "Скоро повернемося",
    body: "Діаспора Атлас на мить не може зв'язатися зі своєю базою даних. Нічого з надісланого вами не збережено наполовину. Спробуйте ще раз за кілька секунд.",
    again: "Спробувати ще раз",
  },
  de: {
    title: "Kurz nicht erreichbar · Diaspora Atlas",
    heading: "Wir sind gleich wieder da",
    body: "Diaspora Atlas erreicht seine Datenbank gerade nicht. Nichts, was Sie gesendet haben, wurde halb gespeichert. Bitte versuchen Sie es in ein paar Sekunden erneut.",
    again: "Erneut versuchen",
  },
  fr: {
    title: "Brièvement indisponible · Diaspora Atlas",
    heading: "Nous revenons tout de suite",
    body: "Diaspora Atlas ne parvient pas à joindre sa base de données pour le moment. Rien de ce que vous avez envoyé n’a été enregistré à moitié. Veuillez réessayer dans quelques secondes.",
    again: "Réessayer",
  },
  pl: {
    title: "Chwilowo niedostępne · Diaspora Atlas",
    heading: "Zaraz wracamy",
    body: "Diaspora Atlas chwilowo nie może połączyć się ze swoją bazą danych. Nic z tego, co wysłano, nie zostało zapisane częściowo. Spróbuj ponownie za kilka sekund.",
    again: "Spróbuj ponownie",
  },
  it: {
    title: "Temporaneamente non disponibile · Diaspora Atlas",
    heading: "Torniamo subito",
    body: "Diaspora Atlas non riesce a raggiungere il suo database per un momento. Nulla di quanto inviato è stato salvato a metà. Riprova tra qualche secondo.",
    again: "Riprova",
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The page's language from its path; Ukrainian when the path names none. */
export function outageLocale(url: string | undefined): Locale {
  const prefix = localePagePath.exec(url ?? "")?.[1];
  return isLocale(prefix) ? prefix : defaultLocale;
}

/** Self-contained: no scripts, no external resources, one inline style (the page policy allows it). */
export function outagePage(locale: Locale, path: string): string {
  const t = copy[locale];
  const href = path.startsWith("/") && !path.startsWith("//") ? path.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`) : "/";
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${t.title}</title>` +
    `<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b57d0}</style></head>` +
    `<body><main><h1>${t.heading}</h1><p>${t.body}</p><p><a href="${href}">${t.again}</a></p></main></body></html>`
  );
}

const isPage = (url: string | undefined) => localePagePath.test(url ?? "");
// The public read API, exports, feeds, calendars and sitemaps: machines get a JSON problem, not a page.
const isReadApi = (url: string | undefined) => /^\/(api\/v1\/|feed\.xml|events\.ics|sitemap\.xml|sitemaps\/)/.test(url ?? "");

/** The body of a 503 for the read API (RFC 9457 problem details). */
export function outageProblem(): string {
  return JSON.stringify({
    title: "Service briefly unavailable",
    status: 503,
    detail: `The database cannot be reached for a moment. Try again in ${RETRY_AFTER_SECONDS} s.`,
  });
}

/**
 * Holds a page's or the read API's 5xx response until its end, then sends either it or the
 * outage answer (a page, or a JSON problem for the API). Anything below 500, and any other path,
 * passes through untouched at its first byte.
 */
export function answerOutage(request: IncomingMessage, response: ServerResponse, databaseIsDown: DatabaseProbe): void {
  const api = isReadApi(request.url);
  if (!api && !isPage(request.url)) return;
  // Installed after the response policy: its "pass" decision restores the methods it saw, which
  // would drop ours, so nothing may reach it (not even flushHeaders) while we hold.
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  const restore = () => Object.assign(response, original);
  const calls: { method: "writeHead" | "write" | "flushHeaders"; args: unknown[] }[] = [];
  let holding: boolean | undefined;
  const decide = (status: number) => {
    if (holding === undefined) {
      holding = status >= 500;
      if (!holding) restore();
    }
    return holding;
  };

  response.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    if (!decide(status)) return original.writeHead.call(response, status, ...(rest as []));
    calls.push({ method: "writeHead", args: [status, ...rest] });
    return response;
  } as ServerResponse["writeHead"];
  response.flushHeaders = function flushHeaders() {
    if (!decide(response.statusCode)) return original.flushHeaders.call(response);
    calls.push({ method: "flushHeaders", args: [] });
  };
  response.write = function write(...args: unknown[]) {
    if (!decide(response.statusCode)) return (original.write as (...a: unknown[]) => boolean).apply(response, args);
    calls.push({ method: "write", args });
    return true;
  } as ServerResponse["write"];
  response.end = function end(...args: unknown[]) {
    if (!decide(response.statusCode)) return (original.end as (...a: unknown[]) => ServerResponse).apply(response, args);
    restore();
    void databaseIsDown().then((down) => {
      if (!down) {
        for (const call of calls) (original[call.method] as (...a: unknown[]) => unknown).apply(response, call.args);
        (original.end as (...a: unknown[]) => ServerResponse).apply(response, args);
        return;
      }
      for (const call of calls) for (const arg of call.args) if (typeof arg === "function") (arg as () => void)();
      const locale = outageLocale(request.url);
      for (const name of response.getHeaderNames()) {
        if (
          !/^(x-content-type-options|referrer-policy|x-frame-options|cross-origin-opener-policy|permissions-policy|strict-transport-security|connection|x-request-id)$/.test(
            name,
          )
        ) {
          response.removeHeader(name);
        }
      }
      response.statusCode = 503;
      response.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      response.setHeader("Cache-Control", "no-store");
      if (api) {
        response.setHeader("Content-Type", "application/problem+json");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.end(outageProblem());
        return;
      }
      const body = outagePage(locale, request.method === "GET" ? (request.url ?? "/") : `/${locale}`);
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.setHeader("Content-Language", locale);
      // A policy of its own; our response policy (lib/http/response-policy.ts) may tighten it to the site's.
      response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      );
      response.end(body);
    });
    return response;
  } as ServerResponse["end"];
}
