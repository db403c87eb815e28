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
  'login.signedOut': { fi: 'Olet kirjautunut ulos.', sv: 'Du har loggat ut.', en: 'You have signed out.' },
} satisfies MessageTable
