// Submits one of the app's forms over HTTP the way a browser does: load the page, take the form's
// hidden fields (React puts the server action's reference there), add the person's answers, post.
// Two ways, both the app's own surface:
//  - "page": the no-JavaScript form post. A redirect answers 303 + Location; anything else is
//    the page rendered again with the form's result line.
//  - "script": what the page's JavaScript sends (Next-Action header, React's reply encoding); the
//    answer is the action's result as data, so a serverError can be read exactly.

export interface FormPage {
  /** The hidden fields of the chosen form, as the page rendered them. */
  hidden: [string, string][];
  actionId: string;
  /** The form's own markup (its other fields' values). */
  html: string;
}

const decode = (text: string) =>
  text.replace(
    /&(quot|amp|lt|gt|#x27|#39);/g,
    (_, entity: string) => ({ quot: '"', amp: "&", lt: "<", gt: ">", "#x27": "'", "#39": "'" })[entity]!,
  );

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : undefined;
}

/** The first form of the page holding a field named `marker` and a server action. */
export function readForm(html: string, marker: string): FormPage | null {
  for (const form of html.match(/<form[\s\S]*?<\/form>/g) ?? []) {
    if (!form.includes(`name="${marker}"`) || !form.includes("$ACTION_")) continue;
    const hidden: [string, string][] = [];
    for (const tag of form.match(/<input[^>]*>/g) ?? []) {
      if (attribute(tag, "type") !== "hidden") continue;
      const name = attribute(tag, "name");
      if (name) hidden.push([name, attribute(tag, "value") ?? ""]);
    }
    const reference = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1];
    const actionId = reference
      ? (JSON.parse(reference) as { id: string }).id
      : hidden.find(([name]) => name.startsWith("$ACTION_ID_"))?.[0].slice(11);
    if (actionId) return { hidden, actionId, html: form };
  }
  return null;
}

export interface Submission {
  status: number;
  location: string | null;
  body: string;
}

export interface Client {
  base: string;
  cookie: string;
  /** The client address our proxy would append (TRUSTED_PROXY_HOPS=1). */
  forwardedFor: string;
}

const headersOf = (client: Client) => ({ Cookie: client.cookie, "X-Forwarded-For": client.forwardedFor });

export async function loadForm(client: Client, path: string, marker: string): Promise<{ status: number; form: FormPage | null }> {
  const response = await fetch(client.base + path, { headers: headersOf(client), redirect: "manual" });
  const html = await response.text();
  return { status: response.status, form: response.status === 200 ? readForm(html, marker) : null };
}

/** The values of the inputs named `name` in a form (radio buttons, check boxes). */
export function inputValues(form: FormPage, name: string): string[] {
  return (form.html.match(/<input[^>]*>/g) ?? [])
    .filter((tag) => attribute(tag, "name") === name)
    .map((tag) => attribute(tag, "value") ?? "");
}

export async function submitForm(
  client: Client,
  path: string,
  form: FormPage,
  fields: [string, string][],
  via: "page" | "script" = "page",
): Promise<Submission> {
  const body = new FormData();
  const own = new Set(fields.map(([name]) => name));
  if (via === "page") {
    for (const [name, value] of form.hidden) if (!own.has(name)) body.append(name, value);
    for (const [name, value] of fields) body.append(name, value);
  } else {
    // React's encodeReply of (previousState, formData): the FormData's entries under the prefix "1_".
    body.append("0", JSON.stringify([{}, "$K1"]));
    for (const [name, value] of form.hidden) if (!name.startsWith("$ACTION") && !own.has(name)) body.append(`1_${name}`, value);
    for (const [name, value] of fields) body.append(`1_${name}`, value);
  }
  const response = await fetch(client.base + path, {
    method: "POST",
    body,
    redirect: "manual",
    headers: {
      ...headersOf(client),
      Origin: client.base,
      ...(via === "script" ? { "Next-Action": form.actionId, Accept: "text/x-component" } : { Accept: "text/html" }),
    },
  });
  return {
    status: response.status,
    location: response.headers.get("location") ?? response.headers.get("x-action-redirect"),
    body: await response.text(),
  };
}
