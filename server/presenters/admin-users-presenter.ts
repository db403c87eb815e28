import type { Translate } from '../i18n/translate.js'
import { ROLES, type Role } from '../store/store-types.js'
import type { StoredClient } from '../store/client-repository.js'
import type { StoredUser } from '../store/user-repository.js'
import { toFormFeedback, type FieldProblem, type FormFeedback } from './form-feedback.js'

type Option = { value: string; labelKey: string | null; label: string | null; selected: boolean }

const roleOptions = (selected: string): Option[] =>
  ROLES.map((role) => ({ value: role, labelKey: `role.${role}`, label: null, selected: role === selected }))

const clientOptions = (clients: readonly StoredClient[], selected: string | null): Option[] => [
  { value: '', labelKey: 'users.noClient', label: null, selected: selected === null || selected === '' },
  ...clients.map((c) => ({ value: c.id, labelKey: null, label: c.name, selected: c.id === selected })),
]

export type NewUserForm = { email: string; role: string; clientId: string }

export type AdminUsersModel = {
  users: {
    id: string
    email: string
    roleKey: string
    clientName: string | null
    isYou: boolean
    updateAction: string
    deleteAction: string
    roles: Option[]
    clients: Option[]
  }[]
  nextHref: string | null
  form: { email: string; roles: Option[]; clients: Option[] }
  feedback: FormFeedback
  errorCode: string | null
}

export const NEW_USER_FIELDS = ['user-email', 'user-password', 'user-role', 'user-client'] as const

/** The agency's users with a role/client/password form each, and the form to add one. */
export function toAdminUsers(
  t: Translate,
  users: readonly StoredUser[],
  clients: readonly StoredClient[],
  youId: string,
  nextCursor: string | null,
  form: NewUserForm,
  problems: readonly FieldProblem[],
  errorCode: string | null,
): AdminUsersModel {
  const clientName = new Map(clients.map((c) => [c.id, c.name]))
  return {
    users: users.map((u) => ({
      id: u.id,
      email: u.email,
      roleKey: `role.${u.role satisfies Role}`,
      clientName: u.clientId ? (clientName.get(u.clientId) ?? null) : null,
      isYou: u.id === youId,
      updateAction: `/admin/users/${u.id}`,
      deleteAction: `/admin/users/${u.id}/delete`,
      roles: roleOptions(u.role),
      clients: clientOptions(clients, u.clientId),
    })),
    nextHref: nextCursor ? `/admin/users?cursor=${encodeURIComponent(nextCursor)}` : null,
    form: { email: form.email, roles: roleOptions(form.role), clients: clientOptions(clients, form.clientId) },
    feedback: toFormFeedback(t, NEW_USER_FIELDS, problems),
    errorCode,
  }
}
