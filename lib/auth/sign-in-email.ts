// The sign-in email. The address may belong to someone whose language we do not know yet, so it
// is written in the language of the page they asked from (the link's callbackUrl names it) and
// in one more: Ukrainian and English go together, and a German, French, Polish or Italian
// page's words come first with English after them. Plain text first; the HTML part carries the
// same words and one link.
import { localePrefix } from "@/lib/i18n/locale-paths";
import { isLocale, type Locale } from "@/lib/i18n/localized-text";

interface Words {
  subject: string;
  open: string;
  press: string;
  button: string;
  ignore: string;
}

const words: Record<Locale, Words> = {
  uk: {
    subject: "Вхід до Diaspora Atlas",
    open: "Щоб увійти до Diaspora Atlas, відкрийте посилання (діє 24 години):",
    press: "Щоб увійти до Diaspora Atlas, натисніть кнопку (діє 24 години).",
    button: "Увійти",
    ignore: "Якщо ви не просили цього листа, просто проігноруйте його.",
  },
  en: {
    subject: "Sign in to Diaspora Atlas",
    open: "To sign in to Diaspora Atlas, open this link (valid for 24 hours):",
    press: "To sign in to Diaspora Atlas, press the button (valid for 24 hours).",
    button: "Sign in",
    ignore: "If you did not ask for this email, ignore it.",
  },
  de: {
    subject: "Anmeldung bei Diaspora Atlas",
    open: "Um sich bei Diaspora Atlas anzumelden, öffnen Sie diesen Link (24 Stunden gültig):",
    press: "Um sich bei Diaspora Atlas anzumelden, klicken Sie auf die Schaltfläche (24 Stunden gültig).",
    button: "Anmelden",
    ignore: "Wenn Sie diese E-Mail nicht angefordert haben, ignorieren Sie sie einfach.",
  },
  fr: {
    subject: "Connexion à Diaspora Atlas",
    open: "Pour vous connecter à Diaspora Atlas, ouvrez ce lien (valable 24 heures) :",
    press: "Pour vous connecter à Diaspora Atlas, cliquez sur le bouton (valable 24 heures).",
    button: "Se connecter",
    ignore: "Si vous n’avez pas demandé ce message, ignorez-le.",
  },
  pl: {
    subject: "Logowanie do Diaspora Atlas",
    open: "Aby zalogować się do Diaspora Atlas, otwórz ten link (ważny 24 godziny):",
    press: "Aby zalogować się do Diaspora Atlas, kliknij przycisk (ważny 24 godziny).",
    button: "Zaloguj się",
    ignore: "Jeżeli ta wiadomość nie była oczekiwana, można ją zignorować.",
  },
  it: {
    subject: "Accesso a Diaspora Atlas",
    open: "Per accedere a Diaspora Atlas, aprire questo link (valido 24 ore):",
    press: "Per accedere a Diaspora Atlas, premere il pulsante (valido 24 ore).",
    button: "Accedi",
    ignore: "Se non è stata richiesta questa email, ignorarla.",
  },
};

/** The page the person asked from, by the locale at the start of the link's callbackUrl. */
export function emailLocale(url: string): Locale | null {
  try {
    const callback = new URL(url).searchParams.get("callbackUrl");
    if (!callback) return null;
    const code = localePrefix.exec(new URL(callback, "http://localhost").pathname)?.[1];
    return isLocale(code) ? code : null;
  } catch {
    return null;
  }
}

/** The two languages the email is written in, the asking page's first. */
function languagesOf(url: string): [Words, Words] {
  const locale = emailLocale(url);
  if (locale === "en") return [words.en, words.uk];
  if (locale && locale !== "uk") return [words[locale], words.en];
  return [words.uk, words.en];
}

export function signInEmail(url: string, host: string): { subject: string; text: string; html: string } {
  const [first, second] = languagesOf(url);
  const subject = `${first.subject} · ${second.subject} (${host})`;
  const text = [first.open, second.open, "", url, "", first.ignore, second.ignore].join("\n");
  const escaped = url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const html = `<p>${first.press}<br>${second.press}</p>
<p><a href="${escaped}" style="display:inline-block;padding:10px 18px;background:#1d4ed8;color:#fff;border-radius:6px;text-decoration:none">${first.button} · ${second.button}</a></p>
<p style="color:#555">${first.ignore} ${second.ignore}</p>`;
  return { subject, text, html };
}
