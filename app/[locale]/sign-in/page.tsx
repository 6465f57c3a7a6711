import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { loose } from "@/components/i18n/loose-translator";
import { openPage, titleMetadata } from "@/components/layout/page";
import { listDemoAccounts } from "@/lib/auth/demo-sign-in";
import { oauthProviders } from "@/lib/auth/next-auth";
import { getViewer } from "@/lib/auth/viewer";
import { localNextPath } from "@/lib/i18n/locale-paths";
import { signInAsDemo, signInWithProvider } from "./actions";
import { SignInForm } from "./_components/sign-in-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string; next?: string }> };

export const generateMetadata = titleMetadata("auth.signInTitle", { index: false });

const demoRoleOf: Record<string, string> = {
  "admin@demo.example": "ADMIN",
  "moderator@demo.example": "MODERATOR",
  "official@demo.example": "official",
  "representative@demo.example": "representative",
  "member@demo.example": "MEMBER",
};

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  const { error, next } = await searchParams;
  if (await getViewer()) redirect(`/${locale}/account`);
  const [tAuth, tRoles, demoAccounts] = await Promise.all([getTranslations("auth"), getTranslations("auth.roles"), listDemoAccounts()]);
  const roles = loose(tRoles);
  const providers = oauthProviders();
  const safeNext = next && localNextPath.test(next) ? next : undefined;

  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">{tAuth("signInTitle")}</h1>
      <p className="mt-2 text-lg text-muted">{tAuth("signInLead")}</p>
      {error ? (
        <p role="alert" className="mt-4 rounded-md bg-danger-soft p-3 text-danger">
          {tAuth("errorCallback")}
        </p>
      ) : null}
      <SignInForm locale={locale} next={safeNext} />

      {providers.length > 0 ? (
        <section className="mt-8">
          <h2 className="text-lg font-semibold">{tAuth("orProvider")}</h2>
          <div className="mt-3 flex flex-wrap gap-2">
            {providers.map((provider) => (
              <ActionForm key={provider.id} action={signInWithProvider}>
                <input type="hidden" name="provider" value={provider.id} />
                <input type="hidden" name="locale" value={locale} />
                <SubmitButton variant="secondary">{tAuth("continueWith", { provider: provider.name })}</SubmitButton>
              </ActionForm>
            ))}
          </div>
        </section>
      ) : null}

      {demoAccounts.length > 0 ? (
        <section className="mt-10 rounded-lg border border-demo-line bg-demo-soft p-4" aria-labelledby="demo-accounts">
          <h2 id="demo-accounts" className="text-lg font-semibold text-demo">
            {tAuth("demoTitle")}
          </h2>
          <p className="mt-1 text-sm text-demo">{tAuth("demoLead")}</p>
          <ul className="mt-3 space-y-2">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <ActionForm action={signInAsDemo}>
                  <input type="hidden" name="email" value={account.email} />
                  <input type="hidden" name="locale" value={locale} />
                  <SubmitButton variant="secondary">
                    {tAuth("demoAs", { name: account.name ?? account.email, role: roles(demoRoleOf[account.email] ?? account.role) })}
                  </SubmitButton>
                </ActionForm>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
