import type { MessageTable } from './message-table.js'

// The review workflow (issue 17): the client's approve and request-changes forms, the staff's view of the review
// (what changed since the client's version, the activity) and the dashboard's review activity.
export const REVIEW_MESSAGES = {
  'plan.status.changes_requested': { fi: 'muutoksia pyydetty', sv: 'ändringar begärda', en: 'changes requested' },

  'review.approveTitle': { fi: 'Hyväksy', sv: 'Godkänn', en: 'Approve' },
  'review.confirm': {
    fi: 'Vahvistan hyväksyväni version {version}, budjetti yhteensä {budget}.',
    sv: 'Jag bekräftar att jag godkänner version {version}, total budget {budget}.',
    en: 'I confirm that I approve version {version}, a total budget of {budget}.',
  },
  'review.name': { fi: 'Nimesi', sv: 'Ditt namn', en: 'Your name' },
  'review.email': { fi: 'Sähköpostiosoitteesi', sv: 'Din e-postadress', en: 'Your email' },
  'review.whoHint': {
    fi: 'Hyväksyjän nimi ja sähköposti tallennetaan hyväksynnän yhteyteen.',
    sv: 'Godkännarens namn och e-post sparas med godkännandet.',
    en: 'The approver’s name and email are recorded with the approval.',
  },
  'review.changesTitle': { fi: 'Pyydä muutoksia', sv: 'Begär ändringar', en: 'Request changes' },
  'review.changesComment': { fi: 'Mitä pitäisi muuttaa?', sv: 'Vad ska ändras?', en: 'What should change?' },
  'review.changesHint': {
    fi: 'Toimisto saa pyyntösi ja jakaa sinulle uuden version.',
    sv: 'Byrån får din begäran och delar en ny version med dig.',
    en: 'The agency gets your request and shares a new version with you.',
  },
  'review.line': { fi: 'Koskee riviä', sv: 'Gäller raden', en: 'About the line' },
  'review.wholePlan': { fi: 'Koko suunnitelma', sv: 'Hela planen', en: 'The whole plan' },
  'review.requestChanges': { fi: 'Lähetä muutospyyntö', sv: 'Skicka ändringsbegäran', en: 'Send the request' },
  'review.changesRequested': {
    fi: 'Olet pyytänyt muutoksia tähän versioon. Toimisto jakaa uuden version; voit silti hyväksyä tämän.',
    sv: 'Du har begärt ändringar i den här versionen. Byrån delar en ny version; du kan ändå godkänna denna.',
    en: 'You asked for changes to this version. The agency will share a new one; you can still approve this one.',
  },
  'review.requestedNotice': {
    fi: 'Muutospyyntö lähetetty toimistolle.',
    sv: 'Ändringsbegäran skickad till byrån.',
    en: 'Your request for changes was sent to the agency.',
  },
  'review.approvedByNamed': {
    fi: 'Hyväksynyt {name} ({email}) {at}.',
    sv: 'Godkänd av {name} ({email}) {at}.',
    en: 'Approved by {name} ({email}) on {at}.',
  },
  'review.error.confirm': {
    fi: 'Vahvista hyväksyntä rastittamalla ruutu.',
    sv: 'Bekräfta godkännandet genom att kryssa i rutan.',
    en: 'Tick the box to confirm the approval.',
  },
  'review.error.name': { fi: 'Kirjoita nimesi.', sv: 'Skriv ditt namn.', en: 'Enter your name.' },
  'review.error.email': {
    fi: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
    sv: 'Skriv e-postadressen i formen namn@exempel.se.',
    en: 'Enter an email address such as name@example.com.',
  },
  'review.error.comment': {
    fi: 'Kerro, mitä pitäisi muuttaa.',
    sv: 'Berätta vad som ska ändras.',
    en: 'Say what should change.',
  },
  'review.error.line': {
    fi: 'Valitse rivi listasta.',
    sv: 'Välj en rad i listan.',
    en: 'Choose a line from the list.',
  },
  'review.lineRef': { fi: 'rivi {line}', sv: 'rad {line}', en: 'line {line}' },

  'review.staffTitle': { fi: 'Asiakkaan tarkistus', sv: 'Kundens granskning', en: 'Client review' },
  'review.staffChangesRequested': {
    fi: 'Asiakas pyysi muutoksia versioon {version}: ”{comment}”',
    sv: 'Kunden begärde ändringar i version {version}: ”{comment}”',
    en: 'The client asked for changes to version {version}: “{comment}”',
  },
  'review.staffShareAgain': {
    fi: 'Muokkaa suunnitelmaa ja jaa se uudelleen, niin asiakas näkee uuden version.',
    sv: 'Redigera planen och dela den igen, så ser kunden den nya versionen.',
    en: 'Edit the plan and share it again: the client then sees the new version.',
  },
  'review.diffTitle': {
    fi: 'Muutokset asiakkaan näkemään versioon {version} verrattuna',
    sv: 'Ändringar jämfört med version {version} som kunden ser',
    en: 'Changes since version {version}, the one the client sees',
  },
  'review.diffNone': {
    fi: 'Ei muutoksia asiakkaan näkemään versioon.',
    sv: 'Inga ändringar jämfört med kundens version.',
    en: 'No changes from the client’s version.',
  },
  'review.diff.name': { fi: 'Nimi: {from} → {to}', sv: 'Namn: {from} → {to}', en: 'Name: {from} → {to}' },
  'review.diff.total': {
    fi: 'Budjetti yhteensä: {from} → {to}',
    sv: 'Total budget: {from} → {to}',
    en: 'Total budget: {from} → {to}',
  },
  'review.diff.lineAdded': {
    fi: 'Uusi rivi: {line}, {budget}',
    sv: 'Ny rad: {line}, {budget}',
    en: 'Line added: {line}, {budget}',
  },
  'review.diff.lineRemoved': {
    fi: 'Rivi poistettu: {line}, {budget}',
    sv: 'Rad borttagen: {line}, {budget}',
    en: 'Line removed: {line}, {budget}',
  },
  'review.diff.budget': {
    fi: '{line}: budjetti {from} → {to}',
    sv: '{line}: budget {from} → {to}',
    en: '{line}: budget {from} → {to}',
  },
  'review.diff.flight': {
    fi: '{line}: ajanjakso {from} → {to}',
    sv: '{line}: period {from} → {to}',
    en: '{line}: flight {from} → {to}',
  },
  'review.diff.cap': {
    fi: '{line}: frekvenssikatto {from} → {to}',
    sv: '{line}: frekvenstak {from} → {to}',
    en: '{line}: frequency cap {from} → {to}',
  },
  'review.diff.rates': {
    fi: '{line}: hinnoittelu {from} → {to}',
    sv: '{line}: prissättning {from} → {to}',
    en: '{line}: pricing {from} → {to}',
  },
  'review.diff.none': { fi: 'ei', sv: 'ingen', en: 'none' },
  'review.diff.open': { fi: 'avoin', sv: 'öppen', en: 'open' },

  'review.activity': { fi: 'Tapahtumat', sv: 'Händelser', en: 'Activity' },
  'review.activityNone': { fi: 'Ei tapahtumia vielä.', sv: 'Inga händelser ännu.', en: 'Nothing yet.' },
  'review.event.shared': {
    fi: '{who} jakoi version {version}',
    sv: '{who} delade version {version}',
    en: '{who} shared version {version}',
  },
  'review.event.changes_requested': {
    fi: '{who} pyysi muutoksia versioon {version}',
    sv: '{who} begärde ändringar i version {version}',
    en: '{who} requested changes to version {version}',
  },
  'review.event.approved': {
    fi: '{who} hyväksyi version {version}',
    sv: '{who} godkände version {version}',
    en: '{who} approved version {version}',
  },
  'review.event.commented': {
    fi: '{who} kommentoi versiota {version}',
    sv: '{who} kommenterade version {version}',
    en: '{who} commented on version {version}',
  },
  'review.event.edited': {
    fi: '{who} teki version {version}',
    sv: '{who} gjorde version {version}',
    en: '{who} made version {version}',
  },
  'review.viaLink': { fi: '{name} (jakolinkki)', sv: '{name} (delningslänk)', en: '{name} (share link)' },
  'review.someone': { fi: 'Jakolinkin käyttäjä', sv: 'En besökare via länken', en: 'A share-link visitor' },

  'dashboard.review': { fi: 'Asiakkaiden vastaukset', sv: 'Kundernas svar', en: 'Client responses' },
  'dashboard.reviewNone': {
    fi: 'Asiakkaat eivät ole vielä vastanneet jaettuihin suunnitelmiin.',
    sv: 'Kunderna har ännu inte svarat på delade planer.',
    en: 'No client has answered a shared plan yet.',
  },
  'dashboard.event.changes_requested': {
    fi: '{who} pyysi muutoksia: {plan} (v{version})',
    sv: '{who} begärde ändringar: {plan} (v{version})',
    en: '{who} requested changes: {plan} (v{version})',
  },
  'dashboard.event.approved': {
    fi: '{who} hyväksyi: {plan} (v{version})',
    sv: '{who} godkände: {plan} (v{version})',
    en: '{who} approved: {plan} (v{version})',
  },
  'dashboard.event.commented': {
    fi: '{who} kommentoi: {plan} (v{version})',
    sv: '{who} kommenterade: {plan} (v{version})',
    en: '{who} commented: {plan} (v{version})',
  },
} satisfies MessageTable
