// Contacts leave the server reversed; components/listing/reveal-email.tsx turns them back when a
// person asks. Plain (no "use client"), so server pages can call it.
export const reversed = (text: string) => [...text].reverse().join("");
