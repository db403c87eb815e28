const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · kohde</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`

// A plain form, usable without JavaScript; the web-page views replace it with a Handlebars template.
export const loginPage = (csrf: string) =>
  page(
    'Sign in',
    `<form method="post" action="/login"><input type="hidden" name="_csrf" value="${escapeHtml(csrf)}">` +
      '<label>Email <input type="email" name="email" autocomplete="username" required></label> ' +
      '<label>Password <input type="password" name="password" autocomplete="current-password" required></label> ' +
      '<button type="submit">Sign in</button></form>',
  )

export const signedInPage = (email: string, csrf: string) =>
  page(
    'Signed in',
    `<p>Signed in as ${escapeHtml(email)}.</p><form method="post" action="/logout">` +
      `<input type="hidden" name="_csrf" value="${escapeHtml(csrf)}"><button type="submit">Sign out</button></form>`,
  )
