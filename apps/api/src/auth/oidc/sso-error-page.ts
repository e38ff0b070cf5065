const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A minimal, self-contained page for a refused single sign-on (no scripts, no external resources). */
export function ssoErrorPage(message: string): string {
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Inloggningen misslyckades – Resultatkedjan</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<main>
<h1>Inloggningen misslyckades</h1>
<p>${escape(message)}</p>
<p><a href="/login">Till inloggningssidan</a></p>
</main>
</body>
</html>`;
}
