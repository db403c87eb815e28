import type { MessageTable } from './message-table.js'

// The admin's webhook page (docs/review.md: the review's events sent to the agency's own systems).
export const WEBHOOK_MESSAGES = {
  'admin.webhook': { fi: 'Webhook', sv: 'Webhook', en: 'Webhook' },
  'webhook.intro': {
    fi: 'Kun asiakas hyväksyy suunnitelman, pyytää muutoksia tai kommentoi, kohde lähettää tapahtuman tähän osoitteeseen (esimerkiksi asiakkuudenhallintaan tai Slackiin). Jokainen lähetys allekirjoitetaan salaisuudella, jolla vastaanottaja voi tarkistaa sen.',
    sv: 'När kunden godkänner en plan, begär ändringar eller kommenterar skickar kohde händelsen till den här adressen (till exempel till ett CRM-system eller Slack). Varje sändning signeras med en hemlighet som mottagaren kan kontrollera den med.',
    en: 'When a client approves a plan, requests changes or comments, kohde sends the event to this address (your CRM or Slack, say). Each delivery is signed with a secret the receiver can check it with.',
  },
  'webhook.address': { fi: 'Osoite', sv: 'Adress', en: 'Address' },
  'webhook.current': {
    fi: 'Tapahtumat lähetetään osoitteeseen',
    sv: 'Händelserna skickas till',
    en: 'Events are sent to',
  },
  'webhook.since': { fi: 'asetettu', sv: 'angiven', en: 'set' },
  'webhook.none': {
    fi: 'Webhookia ei ole asetettu: tapahtumia ei lähetetä minnekään.',
    sv: 'Ingen webhook är angiven: inga händelser skickas.',
    en: 'No webhook is set: no events are sent.',
  },
  'webhook.url': { fi: 'Vastaanottajan osoite (URL)', sv: 'Mottagarens adress (URL)', en: 'Receiver’s address (URL)' },
  'webhook.urlHint': {
    fi: 'https://-alkuinen osoite, johon kohde voi lähettää POST-pyyntöjä.',
    sv: 'En adress som börjar med https:// dit kohde kan skicka POST-anrop.',
    en: 'An https:// address kohde can POST to.',
  },
  'webhook.error.url': {
    fi: 'Anna osoite, joka alkaa http:// tai https:// (enintään 2 000 merkkiä).',
    sv: 'Ange en adress som börjar med http:// eller https:// (högst 2 000 tecken).',
    en: 'Give an address that starts with http:// or https:// (2,000 characters at most).',
  },
  'webhook.set': { fi: 'Aseta webhook', sv: 'Ange webhook', en: 'Set the webhook' },
  'webhook.replace': {
    fi: 'Vaihda osoite ja salaisuus',
    sv: 'Byt adress och hemlighet',
    en: 'Change the address and secret',
  },
  'webhook.remove': { fi: 'Poista webhook', sv: 'Ta bort webhook', en: 'Remove the webhook' },
  'webhook.secretTitle': { fi: 'Allekirjoituksen salaisuus', sv: 'Signaturens hemlighet', en: 'Signing secret' },
  'webhook.secretOnce': {
    fi: 'Kopioi salaisuus vastaanottajan asetuksiin nyt: se näytetään vain tämän kerran. Vanha salaisuus ei enää kelpaa.',
    sv: 'Kopiera hemligheten till mottagarens inställningar nu: den visas bara den här gången. Den gamla hemligheten gäller inte längre.',
    en: 'Copy the secret into the receiver’s settings now: it is shown this once. The old secret no longer works.',
  },
  'webhook.copySecret': { fi: 'Kopioi salaisuus', sv: 'Kopiera hemligheten', en: 'Copy the secret' },
  'webhook.notice.saved': { fi: 'Webhook on asetettu.', sv: 'Webhooken är angiven.', en: 'The webhook is set.' },
  'webhook.notice.removed': {
    fi: 'Webhook on poistettu; lähettämättömät tapahtumat hylättiin.',
    sv: 'Webhooken är borttagen; händelser som inte skickats slängdes.',
    en: 'The webhook is removed; events not yet sent were dropped.',
  },
  'webhook.deliveries': { fi: 'Uusimmat lähetykset', sv: 'Senaste sändningarna', en: 'Newest deliveries' },
  'webhook.noDeliveries': { fi: 'Ei lähetyksiä vielä.', sv: 'Inga sändningar ännu.', en: 'No deliveries yet.' },
  'webhook.event': { fi: 'Tapahtuma', sv: 'Händelse', en: 'Event' },
  'webhook.created': { fi: 'Syntyi', sv: 'Skapad', en: 'Created' },
  'webhook.state': { fi: 'Tila', sv: 'Status', en: 'State' },
  'webhook.attempts': { fi: 'Yrityksiä', sv: 'Försök', en: 'Attempts' },
  'webhook.problem': { fi: 'Viimeisin ongelma', sv: 'Senaste problem', en: 'Last problem' },
  'webhook.state.delivered': { fi: 'Toimitettu {at}', sv: 'Levererad {at}', en: 'Delivered {at}' },
  'webhook.state.retry': { fi: 'Uusi yritys {at}', sv: 'Nytt försök {at}', en: 'Next attempt {at}' },
  'webhook.state.waiting': { fi: 'Odottaa lähetystä', sv: 'Väntar på att skickas', en: 'Waiting to be sent' },
  'webhook.problem.status': {
    fi: 'Vastaanottaja vastasi virheellä (HTTP {status})',
    sv: 'Mottagaren svarade med ett fel (HTTP {status})',
    en: 'The receiver answered with an error (HTTP {status})',
  },
  'webhook.problem.unreachable': {
    fi: 'Vastaanottajaa ei tavoitettu',
    sv: 'Mottagaren kunde inte nås',
    en: 'The receiver could not be reached',
  },
  'webhook.event.plan.shared': { fi: 'Suunnitelma jaettu', sv: 'Plan delad', en: 'Plan shared' },
  'webhook.event.plan.changes_requested': {
    fi: 'Muutoksia pyydetty',
    sv: 'Ändringar begärda',
    en: 'Changes requested',
  },
  'webhook.event.plan.approved': { fi: 'Suunnitelma hyväksytty', sv: 'Plan godkänd', en: 'Plan approved' },
  'webhook.event.plan.commented': { fi: 'Kommentti', sv: 'Kommentar', en: 'Comment' },
  'webhook.event.plan.edited': { fi: 'Uusi versio', sv: 'Ny version', en: 'New version' },
} satisfies MessageTable
