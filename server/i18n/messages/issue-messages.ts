import type { AudienceIssueCode } from '../../../audiences/index.js'
import type { MessageTable } from './message-table.js'

// Codes only the audience editor's form reports (server/pages/audience-editor-*.ts), beside the domain's and zod's.
export const EDITOR_ISSUE_CODES = [
  'parent_invalid',
  'parent_not_id',
  'parent_twice',
  'parent_unknown',
  'parent_other_client',
  'parent_cycle',
  'client_unknown',
  'client_missing',
  'version_missing',
  'not_found',
  'text_unstorable',
  'unrecognized_keys',
  'place_unknown',
] as const
type IssueKey = `issue.${AudienceIssueCode | (typeof EDITOR_ISSUE_CODES)[number]}`

// What is wrong with an audience, next to its field in the editor, by the issue's code. The field shows the value,
// so the sentences name none (the API's English message, which does, stays the API's).
export const ISSUE_MESSAGES = {
  'issue.website_invalid': {
    fi: 'Tämä ei ole verkko-osoite.',
    sv: 'Det här är ingen webbadress.',
    en: 'This is not a web address.',
  },
  'issue.term_unknown': {
    fi: 'Tätä termiä ei ole taksonomiassa: valitse ehdotuksista tai kirjoita vapaa hakusana.',
    sv: 'Termen finns inte i taxonomin: välj bland förslagen eller skriv ett fritt sökord.',
    en: 'This term is not in the taxonomy: pick a suggestion or write a free keyword.',
  },
  'issue.term_facet_mismatch': {
    fi: 'Termi kuuluu eri tyyppiin kuin valittu: vaihda tyyppi.',
    sv: 'Termen hör till en annan typ än den valda: byt typ.',
    en: 'The term belongs to another type than the one chosen: change the type.',
  },
  'issue.age_below_minimum': {
    fi: 'Mainoksia ei voi kohdistaa alle 13-vuotiaille.',
    sv: 'Annonser kan inte riktas till personer under 13 år.',
    en: 'Ads cannot target people under 13.',
  },
  'issue.age_range_empty': {
    fi: 'Ikäväli on tyhjä: alaraja on ylärajaa suurempi tai väli ei osu emokohderyhmän ikään.',
    sv: 'Åldersintervallet är tomt: den nedre gränsen är högre än den övre eller intervallet möter inte huvudmålgruppens.',
    en: 'The age range is empty: the minimum is above the maximum or it misses the parent audience’s range.',
  },
  'issue.parent_too_deep': {
    fi: 'Alasegmenttejä voi ketjuttaa enintään viisi tasoa.',
    sv: 'Delsegment kan kedjas i högst fem nivåer.',
    en: 'Sub-segments nest at most five levels.',
  },
  'issue.geo_empty': {
    fi: 'Nimeä vähintään yksi kohdistettava paikka.',
    sv: 'Ange minst en plats att rikta till.',
    en: 'Name at least one place to target.',
  },
  'issue.genders_disjoint': {
    fi: 'Sukupuolet eivät osu emokohderyhmän sukupuoliin.',
    sv: 'Könen möter inte huvudmålgruppens.',
    en: 'The genders do not overlap the parent audience.',
  },
  'issue.geo_outside_parent': {
    fi: 'Paikka on emokohderyhmän alueen ulkopuolella: alasegmentti voi vain rajata emoaan.',
    sv: 'Platsen ligger utanför huvudmålgruppens område: ett delsegment kan bara avgränsa sin huvudmålgrupp.',
    en: 'The place is outside the parent audience: a sub-segment can only narrow its parent.',
  },
  'issue.language_outside_parent': {
    fi: 'Emokohderyhmällä ei ole tätä kieltä: alasegmentti voi vain rajata emoaan.',
    sv: 'Huvudmålgruppen har inte detta språk: ett delsegment kan bara avgränsa sin huvudmålgrupp.',
    en: 'The parent audience has no such language: a sub-segment can only narrow its parent.',
  },
  'issue.radius_empty': {
    fi: 'Säteen on oltava yli 0 km.',
    sv: 'Radien måste vara över 0 km.',
    en: 'A radius must be more than 0 km.',
  },
  'issue.region_unknown': {
    fi: 'Maakuntaa tai aluetta ei tunneta tässä maassa.',
    sv: 'Landskapet eller regionen finns inte i det här landet.',
    en: 'No such region in this country.',
  },
  'issue.country_unknown': {
    fi: 'Tämä ei ole maakoodi (ISO 3166-1, esim. FI).',
    sv: 'Det här är ingen landskod (ISO 3166-1, t.ex. FI).',
    en: 'This is not a country code (ISO 3166-1, e.g. FI).',
  },
  'issue.municipality_unknown': {
    fi: 'Kuntakoodia ei ole tässä maassa.',
    sv: 'Kommunkoden finns inte i det här landet.',
    en: 'No such municipality code in this country.',
  },
  'issue.postal_code_unknown': {
    fi: 'Postinumeroa ei ole tässä maassa.',
    sv: 'Postnumret finns inte i det här landet.',
    en: 'No such postal code in this country.',
  },
  'issue.parent_invalid': {
    fi: 'Emokohderyhmä ei ole kelvollista JSONia.',
    sv: 'Huvudmålgruppen är inte giltig JSON.',
    en: 'The parent audience is not valid JSON.',
  },
  'issue.parent_not_id': {
    fi: 'Emokohderyhmän tunnus ei ole kohderyhmän tunnus.',
    sv: 'Huvudmålgruppens id är inget målgrupps-id.',
    en: 'The parent is not an audience id.',
  },
  'issue.parent_twice': {
    fi: 'Anna emokohderyhmä joko tunnuksena tai kokonaan, ei molempia.',
    sv: 'Ange huvudmålgruppen antingen som id eller i sin helhet, inte båda.',
    en: 'Give the parent as an id or in full, not both.',
  },
  'issue.parent_unknown': {
    fi: 'Emokohderyhmää ei löydy.',
    sv: 'Huvudmålgruppen finns inte.',
    en: 'No such parent audience.',
  },
  'issue.parent_other_client': {
    fi: 'Emokohderyhmä kuuluu toiselle asiakkaalle.',
    sv: 'Huvudmålgruppen hör till en annan kund.',
    en: 'The parent audience belongs to another client.',
  },
  'issue.parent_cycle': {
    fi: 'Emokohderyhmien ketju palaa tähän kohderyhmään.',
    sv: 'Kedjan av huvudmålgrupper leder tillbaka till den här målgruppen.',
    en: 'The parent chain leads back to this audience.',
  },
  'issue.client_unknown': { fi: 'Asiakasta ei löydy.', sv: 'Kunden finns inte.', en: 'No such client.' },
  'issue.client_missing': { fi: 'Valitse asiakas.', sv: 'Välj kund.', en: 'Choose the client.' },
  'issue.version_missing': {
    fi: 'Lomakkeelta puuttuu versio: lataa sivu uudelleen.',
    sv: 'Formuläret saknar version: ladda om sidan.',
    en: 'The form has no version: reload it.',
  },
  'issue.not_found': { fi: 'Kohderyhmää ei löydy.', sv: 'Målgruppen finns inte.', en: 'No such audience.' },
  'issue.text_unstorable': {
    fi: 'Tekstissä on merkki, jota ei voi tallentaa (NUL tai pariton korvausmerkki).',
    sv: 'Texten har ett tecken som inte kan sparas (NUL eller ett oparat surrogattecken).',
    en: 'The text holds a character that cannot be stored (NUL or an unpaired surrogate).',
  },
  'issue.place_unknown': {
    fi: 'Tämän nimistä paikkaa ei ole taksonomiassa: anna sen koodi (maa, maakunta, kunta tai postinumero).',
    sv: 'Det finns ingen plats med det namnet i taxonomin: ange dess kod (land, landskap, kommun eller postnummer).',
    en: 'No place by this name in the taxonomy: give its code (country, region, municipality or postal code).',
  },
  'issue.unrecognized_keys': { fi: 'Tuntematon kenttä.', sv: 'Okänt fält.', en: 'Unknown field.' },
} satisfies Record<IssueKey, MessageTable[string]> & MessageTable
