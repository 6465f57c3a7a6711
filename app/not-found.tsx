import "./globals.css";

// Paths outside a locale that the proxy does not redirect (files, /api/...). There is no
// locale to pick here, so the page speaks both languages and offers both home pages.
// The title is an element rather than `metadata`: the pass-through root layout renders no
// <head> for Next to fill, and React hoists <title> there itself.

export default function RootNotFound() {
  return (
    <html lang="uk">
      <body className="min-h-screen antialiased">
        <title>Сторінку не знайдено · Page not found — Діаспора Атлас · Diaspora Atlas</title>
        <main className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
          <h1 className="text-3xl font-bold tracking-tight">
            Сторінку не знайдено · <span lang="en">Page not found</span>
          </h1>
          <p className="mt-4 text-lg text-muted">Сторінки, яку ви шукаєте, не існує.</p>
          <p lang="en" className="mt-1 text-lg text-muted">
            The page you are looking for does not exist.
          </p>
          {/* Plain links on purpose: outside a locale there is no locale-aware Link, and entering
              /uk or /en switches root layout, which is a full page load anyway. */}
          {/* eslint-disable @next/next/no-html-link-for-pages */}
          <ul className="mt-8 flex flex-wrap gap-4 font-semibold">
            <li>
              <a href="/uk" hrefLang="uk">
                На головну
              </a>
            </li>
            <li lang="en">
              <a href="/en" hrefLang="en">
                Go to the home page
              </a>
            </li>
          </ul>
          {/* eslint-enable @next/next/no-html-link-for-pages */}
        </main>
      </body>
    </html>
  );
}
