import type { MessageTable } from './message-table.js'

// Sign-in and sign-out.
export const AUTH_MESSAGES = {
  'login.title': { fi: 'Kirjaudu sisään', sv: 'Logga in', en: 'Sign in' },
  'login.email': { fi: 'Sähköposti', sv: 'E-post', en: 'Email' },
  'login.password': { fi: 'Salasana', sv: 'Lösenord', en: 'Password' },
  'login.submit': { fi: 'Kirjaudu', sv: 'Logga in', en: 'Sign in' },
  'login.failed': {
    fi: 'Sähköposti tai salasana on väärin.',
    sv: 'Fel e-postadress eller lösenord.',
    en: 'The email or password is wrong.',
  },
  'login.expired': {
    fi: 'Lomake vanheni. Yritä uudelleen.',
    sv: 'Formuläret har gått ut. Försök igen.',
    en: 'The form expired. Please try again.',
  },
  // {count} is the wait the server sends in Retry-After, in seconds or (a minute or more) whole minutes.
  'login.waitSecond': {
    fi: 'Liian monta epäonnistunutta kirjautumista. Yritä uudelleen 1 sekunnin kuluttua.',
    sv: 'För många misslyckade inloggningar. Försök igen om 1 sekund.',
    en: 'Too many failed sign-ins. Try again in 1 second.',
  },
  'login.waitSeconds': {
    fi: 'Liian monta epäonnistunutta kirjautumista. Yritä uudelleen {count} sekunnin kuluttua.',
    sv: 'För många misslyckade inloggningar. Försök igen om {count} sekunder.',
    en: 'Too many failed sign-ins. Try again in {count} seconds.',
  },
  'login.waitMinute': {
    fi: 'Liian monta epäonnistunutta kirjautumista. Yritä uudelleen 1 minuutin kuluttua.',
    sv: 'För många misslyckade inloggningar. Försök igen om 1 minut.',
    en: 'Too many failed sign-ins. Try again in 1 minute.',
  },
  'login.waitMinutes': {
    fi: 'Liian monta epäonnistunutta kirjautumista. Yritä uudelleen {count} minuutin kuluttua.',
    sv: 'För många misslyckade inloggningar. Försök igen om {count} minuter.',
    en: 'Too many failed sign-ins. Try again in {count} minutes.',
  },
  'login.signedOut': { fi: 'Olet kirjautunut ulos.', sv: 'Du har loggat ut.', en: 'You have signed out.' },
} satisfies MessageTable
