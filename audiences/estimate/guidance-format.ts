// The English of the API's guidance messages; formatters are made once (a new Intl.NumberFormat per call is slow).
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const EUROS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

export const people = (n: number) => COUNT.format(Math.round(n) || 0)
export const euros = (n: number) => `${EUROS.format(n)} €`
export const times = (n: number) => n.toFixed(1)
export const percent = (share: number) => (share < 1e-4 ? 'under 0.01 %' : `${(share * 100).toPrecision(2)} %`)
