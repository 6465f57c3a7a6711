"use client";
// A listing's contact address and phone number, kept out of the HTML that scrapers read: the
// server sends them reversed, and they are put together only when a person asks for them.
import { useState } from "react";

const unreverse = (text: string) => [...text].reverse().join("");

export function RevealEmail({ reversedUser, reversedDomain, label }: { reversedUser: string; reversedDomain: string; label: string }) {
  const [address, setAddress] = useState<string | null>(null);
  if (address)
    return (
      <a href={`mailto:${address}`} className="break-all">
        {address}
      </a>
    );
  return (
    <button
      type="button"
      onClick={() => setAddress(`${unreverse(reversedUser)}@${unreverse(reversedDomain)}`)}
      className="min-h-11 rounded-md border border-line px-3 text-sm font-medium hover:border-brand"
    >
      {label}
    </button>
  );
}

export function RevealPhone({ reversed, label }: { reversed: string; label: string }) {
  const [phone, setPhone] = useState<string | null>(null);
  if (phone) return <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</a>;
  return (
    <button
      type="button"
      onClick={() => setPhone(unreverse(reversed))}
      className="min-h-11 rounded-md border border-line px-3 text-sm font-medium hover:border-brand"
    >
      {label}
    </button>
  );
}
