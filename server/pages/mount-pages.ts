import express, { type NextFunction, type Request, type Response, type Router } from 'express'
import type { Logger } from 'pino'
import { setCookie, cookieOf } from '../auth/auth-cookies.js'
import type { Principal } from '../auth/principal.js'
import { HttpError, prepareErrorAnswer, toErrorResponse } from '../http/http-errors.js'
import type { Locale } from '../i18n/locale.js'
import { translate } from '../i18n/translate.js'
import { toErrorPage } from '../presenters/error-presenter.js'
import { toLayout } from '../presenters/layout-presenter.js'
import { loggerFor } from '../http/request-log.js'
import type { AppDeps } from '../routes/route-table.js'
import { assertFormToken, assertSameOrigin } from './page-guard.js'
import { pageLocale } from './page-locale.js'
import { parseMultipart } from './multipart-form.js'
import { pagePrincipal } from './page-session.js'
import type { Page, PageInput, PageResult } from './page-table.js'
import type { ViewEngine } from './view-engine.js'

const form = express.urlencoded({ extended: true, limit: '200kb', parameterLimit: 2000 })

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}

type Frame = { principal: Principal | null; locale: Locale; here: string }

function send(res: Response, views: ViewEngine, frame: Frame, result: Exclude<PageResult, { pass: true }>) {
  if ('redirect' in result) return void res.redirect(303, result.redirect)
  if ('fragment' in result)
    return void res
      .status(result.status ?? 200)
      .type('html')
      .send(views.fragment(result.fragment, { ...result.model, locale: frame.locale }))
  if ('json' in result) return void res.status(result.status ?? 200).json(result.json)
  if ('file' in result) {
    res.status(result.status ?? 200)
    res.setHeader('Content-Type', result.file.contentType)
    res.setHeader('Content-Disposition', result.file.contentDisposition)
    return result.file.write(res)
  }
  const errorCode =
    result.status !== undefined && result.status >= 400
      ? ((result.model as { errorCode?: string }).errorCode ?? null)
      : null
  const model = {
    ...result.model,
    locale: frame.locale,
    title: result.title,
    layout: toLayout(frame.principal, frame.locale, frame.here, errorCode),
  }
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value)
  res
    .status(result.status ?? 200)
    .type('html')
    .send(views.render(result.view, model))
}

function sendError(res: Response, views: ViewEngine, frame: Frame, error: unknown, log: Logger, json: boolean): void {
  const answer = toErrorResponse(error)
  const { status, body } = answer
  if (status >= 500) log.error({ err: error }, 'page failed')
  if (res.headersSent) return void res.end()
  if (json) {
    prepareErrorAnswer(res, answer)
    return void res.status(status).json(body)
  }
  const page = toErrorPage(status, body.error.code, body.error.message, {
    locale: frame.locale,
    signedIn: frame.principal !== null,
    path: frame.here,
  })
  const model = {
    ...page,
    locale: frame.locale,
    title: page.headingKey
      ? translate(frame.locale, page.headingKey)
      : translate(frame.locale, 'error.title', { status }),
    layout: toLayout(frame.principal, frame.locale, frame.here, page.code),
  }
  prepareErrorAnswer(res, answer)
  res.setHeader('Cache-Control', 'no-store')
  res.type('html').send(views.render('error', model))
}

/** Registers every page: session, language, access and CSRF checks, then the handler's view, redirect or file. */
export function mountPages(router: Router, pages: readonly Page[], deps: AppDeps, views: ViewEngine): void {
  for (const page of pages) {
    const handler = async (req: Request, res: Response, next: NextFunction) => {
      const principal = await pagePrincipal(req, deps.store)
      const frame: Frame = { principal, locale: pageLocale(req, principal), here: req.originalUrl.slice(0, 2000) }
      res.setHeader('Cache-Control', 'no-store')
      try {
        if (page.auth !== 'public') {
          if (!principal && page.answers === 'json') throw new HttpError('unauthorized', 'sign in first')
          if (!principal) return res.redirect(303, `/login?next=${encodeURIComponent(frame.here)}`)
          if (!page.auth.includes(principal.user.role))
            throw new HttpError('forbidden', `a ${principal.user.role} user cannot open this page`)
        }
        const multipart = page.upload ? parseMultipart(req.body, req.headers['content-type']) : null
        const body = multipart ? multipart.fields : asRecord(req.body)
        if (page.method === 'post') {
          assertSameOrigin(req)
          assertFormToken(page, principal, body)
        }
        const input: PageInput = {
          locale: frame.locale,
          here: frame.here,
          principal,
          params: req.params as Record<string, string>,
          query: asRecord(req.query),
          form: body,
          files: multipart?.files ?? {},
          ip: req.ip ?? '',
          origin: deps.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`,
          prefersHtml: req.accepts(['json', 'html']) === 'html',
          setCookie: (name, value, maxAgeMs) => setCookie(req, res, name, value, maxAgeMs, 'lax'),
          cookie: (name) => cookieOf(req, name),
        }
        const result = await page.handle(input, deps)
        if ('pass' in result) return next()
        await send(res, views, frame, result)
      } catch (error) {
        sendError(res, views, frame, error, loggerFor(req, deps.logger), page.answers === 'json')
      }
    }
    if (page.method === 'post' && page.upload)
      router.post(page.path, express.raw({ type: 'multipart/form-data', limit: page.upload.maxBytes }), handler)
    else if (page.method === 'post') router.post(page.path, form, handler)
    else router.get(page.path, handler)
  }
}
