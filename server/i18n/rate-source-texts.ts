import type { Locale } from './locale.js'

const ARTICLE = {
  fi: 'suomalaisen mainostoimiston artikkeli ”Asiakassegmentti – mitä se tarkoittaa yrityksen markkinoinnissa?”',
  sv: 'en finsk reklambyrås artikel ”Asiakassegmentti – mitä se tarkoittaa yrityksen markkinoinnissa?”',
  en: 'a Finnish agency’s article “Asiakassegmentti – mitä se tarkoittaa yrityksen markkinoinnissa?”',
}

/**
 * The default card's sources (FINNISH_RATE_CARD, stored with every card copied from it) in the three languages,
 * keyed by the stored English text: a Finnish page shows no English source and no developer file name. A source
 * someone typed or an edit note is shown as stored.
 */
const RATE_SOURCES: Record<string, Readonly<Record<Locale, string>>> = {
  'Google Display, Finland 0.10–5.00 € (kaupallinen.fi); kohde takes 2.5 €': {
    fi: 'Google Display, Suomi 0,10–5,00 € (kaupallinen.fi); kohde käyttää 2,5 €',
    sv: 'Google Display, Finland 0,10–5,00 € (kaupallinen.fi); kohde använder 2,5 €',
    en: 'Google Display, Finland €0.10–5.00 (kaupallinen.fi); kohde takes €2.5',
  },
  [`${ARTICLE.en}: about 1 € per visitor on Google Ads (up to 10 € in some industries)`]: {
    fi: `${ARTICLE.fi}: noin 1 € kävijää kohden Google Adsissa (joillakin aloilla jopa 10 €)`,
    sv: `${ARTICLE.sv}: cirka 1 € per besökare i Google Ads (upp till 10 € i vissa branscher)`,
    en: `${ARTICLE.en}: about €1 per visitor on Google Ads (up to €10 in some industries)`,
  },
  'Google Display CTR ~0.35–0.46 % (planning-science.md benchmarks)': {
    fi: 'Google Displayn CTR noin 0,35–0,46 % (alan vertailuluvut)',
    sv: 'Google Displays CTR cirka 0,35–0,46 % (branschens jämförelsetal)',
    en: 'Google Display CTR about 0.35–0.46 % (industry benchmarks)',
  },
  'Google search CTR 3.17 % (WordStream, older all-industry average) to 6.64 % (WordStream 2026); kohde takes 5 %': {
    fi: 'Google-haun CTR 3,17 % (WordStream, vanhempi kaikkien alojen keskiarvo) – 6,64 % (WordStream 2026); kohde käyttää 5 %',
    sv: 'Google-sökningens CTR 3,17 % (WordStream, äldre snitt för alla branscher) – 6,64 % (WordStream 2026); kohde använder 5 %',
    en: 'Google search CTR 3.17 % (WordStream, older all-industry average) to 6.64 % (WordStream 2026); kohde takes 5 %',
  },
  [`${ARTICLE.en}: 100 € buys 10,000 impressions`]: {
    fi: `${ARTICLE.fi}: 100 € ostaa 10 000 näyttöä`,
    sv: `${ARTICLE.sv}: 100 € köper 10 000 visningar`,
    en: `${ARTICLE.en}: €100 buys 10,000 impressions`,
  },
  [`${ARTICLE.en}: 300 € buys 10,000 impressions`]: {
    fi: `${ARTICLE.fi}: 300 € ostaa 10 000 näyttöä`,
    sv: `${ARTICLE.sv}: 300 € köper 10 000 visningar`,
    en: `${ARTICLE.en}: €300 buys 10,000 impressions`,
  },
  'derived: CPM ÷ (1000 × CTR)': {
    fi: 'laskettu: CPM ÷ (1 000 × CTR)',
    sv: 'beräknat: CPM ÷ (1 000 × CTR)',
    en: 'derived: CPM ÷ (1,000 × CTR)',
  },
  'derived: CPM ÷ (1000 × CTR); benchmarks CPC $5.5–9.3 (2026)': {
    fi: 'laskettu: CPM ÷ (1 000 × CTR); vertailuluvut CPC 5,5–9,3 $ (2026)',
    sv: 'beräknat: CPM ÷ (1 000 × CTR); jämförelsetal CPC 5,5–9,3 $ (2026)',
    en: 'derived: CPM ÷ (1,000 × CTR); benchmarks CPC $5.5–9.3 (2026)',
  },
  'Facebook all-industry average CTR 0.90 % (WordStream benchmarks)': {
    fi: 'Facebookin kaikkien alojen keskimääräinen CTR 0,90 % (WordStreamin vertailuluvut)',
    sv: 'Facebooks genomsnittliga CTR för alla branscher 0,90 % (WordStreams jämförelsetal)',
    en: 'Facebook all-industry average CTR 0.90 % (WordStream benchmarks)',
  },
  'Instagram feed CTR 0.7–1.2 % (adadvisor.ai), ads overall 0.5–1.5 %; kohde takes 0.8 %': {
    fi: 'Instagram-syötteen CTR 0,7–1,2 % (adadvisor.ai), mainokset yleensä 0,5–1,5 %; kohde käyttää 0,8 %',
    sv: 'Instagram-flödets CTR 0,7–1,2 % (adadvisor.ai), annonser i allmänhet 0,5–1,5 %; kohde använder 0,8 %',
    en: 'Instagram feed CTR 0.7–1.2 % (adadvisor.ai), ads overall 0.5–1.5 %; kohde takes 0.8 %',
  },
  'LinkedIn CTR 0.44–0.65 % (2026), Finland 0.4–0.5 % (2021); kohde takes 0.45 %': {
    fi: 'LinkedInin CTR 0,44–0,65 % (2026), Suomessa 0,4–0,5 % (2021); kohde käyttää 0,45 %',
    sv: 'LinkedIns CTR 0,44–0,65 % (2026), i Finland 0,4–0,5 % (2021); kohde använder 0,45 %',
    en: 'LinkedIn CTR 0.44–0.65 % (2026), Finland 0.4–0.5 % (2021); kohde takes 0.45 %',
  },
}

/** A rate's source as the page's language writes it: the default card's sources translated, any other as stored. */
export const rateSourceText = (locale: Locale, source: string): string => RATE_SOURCES[source]?.[locale] ?? source
