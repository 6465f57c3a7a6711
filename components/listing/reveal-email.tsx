"use client";
// A listing's contact address, kept out of the HTML that scrapers read: the server sends the
// two halves reversed, and the address is put together only when a person asks for it.
import { useState } from "react";

const unreverse = (text: string) => [...text].reverse().join("");

export function RevealEmail({ reversedUser, reversedDomain, label }: { reversedUser: string; reversedDomain: string; label: string }) {
  const [address, setAddress] = useState<string | null>(null);
  if (address) return <a href={`mailto:${address}`} className="break-all">{address}</a>;
  return (
    <button type="button" onClick={() => setAddress(`${unreverse(reversedUser)}@${unreverse(reversedDomain)}`)}
      className="min-h-11 rounded-md border border-line px-3 text-sm font-medium hover:border-brand">
      {label}
    </button>
  );
}
