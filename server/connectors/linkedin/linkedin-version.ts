// LinkedIn's Marketing API ships a version a month (LinkedIn-Version: YYYYMM) and supports each for at least a year:
// its migrations table sunsets version YYYYMM in the middle of the same month a year later (202511 on 16 November
// 2026, 202603 on 16 March 2027; learn.microsoft.com/linkedin/marketing/integrations/migrations). A sunset version is
// refused with HTTP 426, so kohde warns ahead of it.

// The newest version whose release we could source (July 2026): supported until about July 2027.
export const DEFAULT_LINKEDIN_VERSION = '202607'
// Warned about this many days before the estimated sunset: time to test the next version.
export const SUNSET_WARNING_DAYS = 60

export type LinkedInVersionState = 'supported' | 'near_sunset' | 'sunset'
export type LinkedInVersionStatus = { version: string; sunsetOn: string; daysLeft: number; state: LinkedInVersionState }

const DAY_MS = 86_400_000

/** When a version stops working (the 15th of its month a year on, the earliest the table shows) and how soon. */
export function linkedInVersionStatus(version: string, today: Date): LinkedInVersionStatus {
  const year = Number(version.slice(0, 4))
  const month = Number(version.slice(4, 6))
  const sunset = Date.UTC(year + 1, month - 1, 15)
  const daysLeft = Math.ceil((sunset - today.getTime()) / DAY_MS)
  const state = daysLeft <= 0 ? 'sunset' : daysLeft <= SUNSET_WARNING_DAYS ? 'near_sunset' : 'supported'
  return { version, sunsetOn: new Date(sunset).toISOString().slice(0, 10), daysLeft, state }
}

/** The English sentence for a version that needs attention (API problems, the CLI); null while it is supported. */
export function linkedInVersionWarning(status: LinkedInVersionStatus): string | null {
  if (status.state === 'supported') return null
  const when =
    status.state === 'sunset'
      ? `was sunset around ${status.sunsetOn}`
      : `sunsets around ${status.sunsetOn} (in ${status.daysLeft} days)`
  return `LinkedIn API version ${status.version} ${when}: set a newer version (KOHDE_LINKEDIN_VERSION or the stored credentials' version) after testing it`
}
