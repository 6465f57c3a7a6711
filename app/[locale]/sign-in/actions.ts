"use server";
// Sign-in and sign-out. Requesting a link needs no permission (anyone may ask to sign in);
// it is rate-limited per client address and per email address.
import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { actionClient } from "@/lib/actions/client";
import { demoSignInEnabled, startDemoSession } from "@/lib/auth/demo-sign-in";
import { requestEmailLink, signIn, signOut } from "@/lib/auth/next-auth";
import { signInEmailKey } from "@/lib/auth/sign-in-email-key";
import { clientAddress } from "@/lib/http/client-address";
import { withinLimits } from "@/lib/http/rate-limit";
import { localNextPath } from "@/lib/i18n/locale-paths";
import { defaultLocale, locales } from "@/lib/i18n/localized-text";

const locale = z.enum(locales).catch(defaultLocale);

export const requestSignInLink = actionClient
  .metadata({ name: "auth.requestLink" })
  .inputSchema(
    zfd.formData({
      email: zfd.text(z.string({ error: "required" }).trim().toLowerCase().email({ error: "invalidEmail" }).max(200, { error: "tooLong" })),
      locale: zfd.text(locale),
      next: zfd.text(z.string().regex(localNextPath).optional().catch(undefined)),
    }),
  )
  .stateAction(async ({ parsedInput }) => {
    if (!(await withinLimits("signIn", { address: await clientAddress(), account: signInEmailKey(parsedInput.email) })))
      return { ok: false as const, reason: "TOO_MANY" };
    if (!(await requestEmailLink(parsedInput.email, parsedInput.next ?? `/${parsedInput.locale}/account`)))
      return { ok: false as const, reason: "SIGN_IN_FAILED" };
    redirect(`/${parsedInput.locale}/sign-in/check-email`);
  });

export const signInAsDemo = actionClient
  .metadata({ name: "auth.demoSignIn" })
  .inputSchema(zfd.formData({ email: zfd.text(z.string().email()), locale: zfd.text(locale) }))
  .stateAction(async ({ parsedInput }) => {
    if (!(await demoSignInEnabled()) || !(await startDemoSession(parsedInput.email))) return { ok: false as const, reason: "DEMO_OFF" };
    redirect(`/${parsedInput.locale}/account`);
  });

export const signInWithProvider = actionClient
  .metadata({ name: "auth.oauth" })
  .inputSchema(zfd.formData({ provider: zfd.text(z.enum(["github", "google"])), locale: zfd.text(locale) }))
  .stateAction(async ({ parsedInput }) => {
    await signIn(parsedInput.provider, { redirectTo: `/${parsedInput.locale}/account` });
  });

export const signOutAction = actionClient
  .metadata({ name: "auth.signOut" })
  .inputSchema(zfd.formData({ locale: zfd.text(locale) }))
  .stateAction(async ({ parsedInput }) => {
    await signOut({ redirectTo: `/${parsedInput.locale}` });
  });
