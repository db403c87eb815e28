// Secrets are 43 base64url characters (tokens prefixed kohde_) or their 64-hex-digit SHA-256 hashes.
const SECRET_SHAPED = /[A-Za-z0-9_-]{43,}|[0-9a-f]{64}/g
const SECRET_LENGTHS = [43, 49, 64]

/** The secrets the text holds: only secret-shaped words are looked up, so any number of secrets is cheap. */
export function secretsIn(text: string, secrets: ReadonlySet<string>): string[] {
  const found: string[] = []
  for (const [word] of text.matchAll(SECRET_SHAPED)) {
    if (secrets.has(word)) found.push(word)
    else if (word.length <= 300)
      for (let i = 0; i + 43 <= word.length; i++)
        for (const n of SECRET_LENGTHS) if (secrets.has(word.slice(i, i + n))) found.push(word.slice(i, i + n))
  }
  return found
}

export const leaksSecret = (text: string, secrets: ReadonlySet<string>) => secretsIn(text, secrets).length > 0
