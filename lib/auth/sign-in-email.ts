// The sign-in email, in both languages: the address may belong to someone whose language we do
// not know yet. Plain text first; the HTML part carries the same words and one link.
export function signInEmail(url: string, host: string): { subject: string; text: string; html: string } {
  const subject = `Вхід до Diaspora Atlas · Sign in to Diaspora Atlas (${host})`;
  const text = [
    "Щоб увійти до Diaspora Atlas, відкрийте посилання (діє 24 години):",
    "To sign in to Diaspora Atlas, open this link (valid for 24 hours):",
    "",
    url,
    "",
    "Якщо ви не просили цього листа, просто проігноруйте його.",
    "If you did not ask for this email, ignore it.",
  ].join("\n");
  const escaped = url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const html = `<p>Щоб увійти до Diaspora Atlas, натисніть кнопку (діє 24 години).<br>To sign in to Diaspora Atlas, press the button (valid for 24 hours).</p>
<p><a href="${escaped}" style="display:inline-block;padding:10px 18px;background:#1d4ed8;color:#fff;border-radius:6px;text-decoration:none">Увійти · Sign in</a></p>
<p style="color:#555">Якщо ви не просили цього листа, проігноруйте його. If you did not ask for this email, ignore it.</p>`;
  return { subject, text, html };
}
