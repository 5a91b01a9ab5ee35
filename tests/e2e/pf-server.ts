/**
 * The official PrimeFaces pages, served from memory: the fixtures in tests/fixtures/primefaces/,
 * the real PrimeFaces 8.0 client under `…/javax.faces.resource/…`, and answers to the form posts:
 * AJAX posts (`javax.faces.partial.ajax=true`) get real `<partial-response>` XML (in its updates the
 * widget scripts call PrimeFaces.cw at once, as PrimeFaces renders them for AJAX), full submits the
 * next page. Every request body is recorded so a test can compare what the form posted.
 *
 * Independent of vitest (the bench reuses it): `createPfServer().answer(request)` works with any
 * driver; `routePf` wires it into a Playwright context or page.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { PORTAL_URLS } from '../../utils/portal/pages';

const DIR = resolve(import.meta.dirname, '../fixtures/primefaces');

/** The pages, at the official addresses (the change-clave app is the one content-helpers.ts uses). */
export const PF_URLS = {
  generate: PORTAL_URLS.generate,
  generatePost: new URL('pages/principal.jsf', PORTAL_URLS.generate).href,
  clave: new URL('pages/generarClave.jsf', PORTAL_URLS.generate).href,
  unlock: PORTAL_URLS.unlock,
  update: PORTAL_URLS.updateData,
  change: new URL('/iess-cambio-clave/cambioClave.jsf', PORTAL_URLS.generate).href,
} as const;

/** One `<update id>` of a partial response: a fixture file whose `{{param}}` take posted values. */
interface Update {
  id: string;
  file: string;
}

/** What one address answers: its page (GET), its AJAX updates by source, its full submits by button. */
interface View {
  page?: string;
  ajax?: Record<string, Update[]>;
  submit?: Record<string, string>;
}

/** The site: address (no query, no hash) → view. */
const PF_SITE: Record<string, View> = {
  [PF_URLS.generate]: { page: 'generar.html' },
  [PF_URLS.generatePost]: {
    ajax: {
      'formGenerar:btnBuscar': [
        { id: 'formGenerar:panel', file: 'generar-preguntas.part.html' },
        { id: 'formGenerar:msgs', file: 'generar-buscar-msgs.part.html' },
      ],
      'formGenerar:btnContinuar': [
        { id: 'formGenerar:panel', file: 'generar-datos.part.html' },
        { id: 'formGenerar:msgs', file: 'generar-continuar-msgs.part.html' },
      ],
    },
    submit: { 'formGenerar:btnGuardar': 'correo-enviado.html' },
  },
  [PF_URLS.clave]: {
    page: 'generar-clave.html',
    ajax: {
      'formClave:btnGenerar': [
        { id: 'formClave:panel', file: 'generar-clave-creada.part.html' },
        { id: 'formClave:growl', file: 'generar-clave-growl.part.html' },
      ],
    },
  },
  [PF_URLS.unlock]: {
    page: 'desbloquear.html',
    ajax: {
      'formDesbloqueo:btnDesbloquear': [
        { id: 'formDesbloqueo:panel', file: 'desbloquear-panel.part.html' },
        { id: 'formDesbloqueo:msgs', file: 'desbloquear-msgs.part.html' },
      ],
    },
  },
  [PF_URLS.update]: {
    page: 'actualizar-datos.html',
    ajax: {
      'j_idt12:btnEnviarCodigo': [
        { id: 'dlgCodigo', file: 'actualizar-dialogo.part.html' },
        { id: 'j_idt12:growl', file: 'actualizar-growl.part.html' },
      ],
    },
    submit: { 'j_idt30:btnValidar': 'correo-enviado.html' },
  },
  [PF_URLS.change]: {
    page: 'cambiar-clave.html',
    ajax: { 'frmCambio:btnCambiar': [{ id: 'frmCambio:msgs', file: 'cambiar-msgs.part.html' }] },
  },
};

/**
 * `…/javax.faces.resource/<name>.jsf?ln=primefaces` → the file in lib/ (and the theme,
 * `theme.css.jsf?ln=primefaces-aristo`, → theme.css: jQuery UI's helpers and a plain look).
 */
const RESOURCES: Record<string, { file: string; type: string }> = {
  'jquery/jquery.js': { file: 'jquery.js', type: 'text/javascript' },
  'jquery/jquery-plugins.js': { file: 'jquery-plugins.js', type: 'text/javascript' },
  'core.js': { file: 'core.js', type: 'text/javascript' },
  'components.js': { file: 'components.js', type: 'text/javascript' },
  'keyboard/keyboard.js': { file: 'keyboard.js', type: 'text/javascript' },
  'core.css': { file: 'core.css', type: 'text/css' },
  'components.css': { file: 'components.css', type: 'text/css' },
};
const RESOURCE_PATH = /^\/[^/]+\/javax\.faces\.resource\/(.+)\.jsf$/;

export interface PfRequest {
  method: string;
  url: string;
  body?: string | null;
}

export interface PfAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** A form post as the server saw it. */
export interface PfPost {
  url: string;
  ajax: boolean;
  /** `javax.faces.source` of an AJAX post, else the submit button found in the body. */
  source: string | null;
  /** The decoded body, in order. */
  params: [string, string][];
}

const VIEW_STATE_ID = 'j_id1:javax.faces.ViewState:0';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface PfServer {
  /** The answer to a request, or undefined when it is not one of the site's addresses. */
  answer(request: PfRequest): PfAnswer | undefined;
  /** Every POST so far, in order. */
  posts: PfPost[];
}

export function createPfServer(site: Record<string, View> = PF_SITE): PfServer {
  const files = new Map<string, string>();
  const read = (file: string) => {
    let text = files.get(file);
    if (text === undefined) files.set(file, (text = readFileSync(join(DIR, file), 'utf8')));
    return text;
  };
  const posts: PfPost[] = [];
  let state = 1;

  function partialResponse(updates: Update[], params: URLSearchParams): string {
    const fill = (text: string) => text.replace(/\{\{([^}]+)\}\}/g, (_, name: string) => escapeHtml(params.get(name) ?? ''));
    const parts = updates.map((u) => `<update id="${u.id}"><![CDATA[${fill(read(u.file))}]]></update>`);
    parts.push(`<update id="${VIEW_STATE_ID}"><![CDATA[-4178239512372659814:${++state}]]></update>`);
    return `<?xml version='1.0' encoding='UTF-8'?>\n<partial-response id="j_id1"><changes>${parts.join('')}</changes></partial-response>`;
  }

  function answer({ method, url, body }: PfRequest): PfAnswer | undefined {
    const u = new URL(url);
    const resource = RESOURCE_PATH.exec(u.pathname);
    if (resource && u.searchParams.get('ln') === 'primefaces-aristo' && resource[1] === 'theme.css') {
      return { status: 200, contentType: 'text/css; charset=utf-8', body: read('theme.css') };
    }
    if (resource && u.searchParams.get('ln') === 'primefaces') {
      const r = RESOURCES[resource[1]!];
      return r ? { status: 200, contentType: `${r.type}; charset=utf-8`, body: read(`lib/${r.file}`) } : { status: 404, contentType: 'text/plain', body: 'no such resource' };
    }
    const view = site[`${u.origin}${u.pathname}`];
    if (!view) return undefined;
    const html = (file: string): PfAnswer => ({ status: 200, contentType: 'text/html; charset=utf-8', body: read(file) });
    if (method !== 'POST') return view.page ? html(view.page) : undefined;

    const params = new URLSearchParams(body ?? '');
    const ajax = params.get('javax.faces.partial.ajax') === 'true';
    const buttons = Object.keys(view.submit ?? {});
    const source = ajax ? params.get('javax.faces.source') : (buttons.find((b) => params.has(b)) ?? null);
    posts.push({ url, ajax, source, params: [...params.entries()] });
    if (ajax) {
      const updates = source ? view.ajax?.[source] : undefined;
      if (!updates) return { status: 500, contentType: 'text/plain', body: `no AJAX answer for ${source}` };
      return { status: 200, contentType: 'text/xml; charset=utf-8', body: partialResponse(updates, params) };
    }
    const next = source ? view.submit?.[source] : undefined;
    return next ? html(next) : view.page ? html(view.page) : { status: 500, contentType: 'text/plain', body: 'no answer for this submit' };
  }

  return { answer, posts };
}

/**
 * Serves the site in a Playwright context or page (registered last, so it comes before the
 * harness's routes); other addresses fall through to them. `postDelayMs`: how long the server
 * takes to answer a form post (the BlockUI shows meanwhile), 0 by default.
 */
export async function routePf(
  target: BrowserContext | Page,
  server: PfServer = createPfServer(),
  { postDelayMs = 0 }: { postDelayMs?: number } = {},
): Promise<PfServer> {
  await target.route('**/*', async (route: Route) => {
    const req = route.request();
    const a = /^https?:/.test(req.url()) ? server.answer({ method: req.method(), url: req.url(), body: req.postData() }) : undefined;
    if (a && postDelayMs > 0 && req.method() === 'POST') await new Promise((r) => setTimeout(r, postDelayMs));
    if (a) await route.fulfill({ status: a.status, contentType: a.contentType, body: a.body });
    else await route.fallback();
  });
  return server;
}
