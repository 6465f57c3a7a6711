import type { ReactNode } from "react";

// The real root layout is app/[locale]/layout.tsx, which renders <html lang>. This one only
// exists because app/not-found.tsx (paths outside a locale) needs a layout above it.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
