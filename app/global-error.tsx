"use client";
import "./globals.css";
import { useEffect } from "react";

// The last resort, when the root layout itself failed: no messages or providers are
// available, so the page speaks both languages.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <html lang="uk">
      <body className="min-h-screen antialiased">
        <title>Щось пішло не так · Something went wrong — Діаспора Атлас · Diaspora Atlas</title>
        <main className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
          <h1 className="text-3xl font-bold tracking-tight">
            Щось пішло не так · <span lang="en">Something went wrong</span>
          </h1>
          <p className="mt-4 text-lg text-muted">Не вдалося завантажити сторінку. Спробуйте ще раз за хвилину.</p>
          <p lang="en" className="mt-1 text-lg text-muted">
            The page could not be loaded. Please try again in a moment.
          </p>
          {digest && (
            <p className="mt-4 text-sm text-muted">
              Код помилки · <span lang="en">Reference</span>: {digest}
            </p>
          )}
          <button
            type="button"
            onClick={() => retry()}
            className="mt-8 min-h-11 rounded-md bg-brand px-5 font-semibold text-white hover:bg-brand-strong"
          >
            Спробувати ще раз · <span lang="en">Try again</span>
          </button>
        </main>
      </body>
    </html>
  );
}
