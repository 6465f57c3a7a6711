"use client";
import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes } from "react";

/** A submit button that says it is busy while its form's action runs. */
export function SubmitButton({
  children,
  variant = "primary",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-brand text-white hover:bg-brand-strong",
    secondary: "border border-line bg-surface text-ink hover:bg-brand-soft",
    danger: "bg-danger text-white hover:opacity-90",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending || undefined}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-4 font-semibold disabled:opacity-60 ${styles}`}
      {...rest}
    >
      {children}
    </button>
  );
}
