/**
 * What a page report may say about the page's words: pure string functions, no DOM.
 * A text with a run of 3 or more digits, an `@`, or characters a label does not use is dropped
 * whole; in a text that stays, every word that is not a known label word (utils/portal/labels.ts
 * and the short list below) becomes `…`. So a name, an email, a number or any other value a
 * person typed or the page shows about them never reaches the report: only known words do.
 */
import { LABEL_RULES } from '../portal/labels';
import { norm } from './normalize-text';

/** Words forms use around their fields (normalized), besides those of the label table. */
const FORM_WORDS = `
a al ano apellido apellidos aqui aceptar acepto actualizar actualizacion afiliado afiliados anterior asegurado asegurados
buscar cambiar cambio canton cedula ciudad ciudadania clave codigo condiciones confirmar confirmacion con continuar
contrasena correo convencional de del datos desbloquear desbloqueo dia direccion documento domicilio e el electronico
empleador en enviar es extranjero fecha fijo generar huella identidad identificacion iess biess imagen ingrese ingresar
jubilado jubilados la las linea los mes movil n nacimiento no nombre nombres nro nueva nuevo numero o obligatorio opcional
pais para parroquia pasaporte paso personal personales por pregunta preguntas provincia recuperar registro repita
representante requerido respuesta robot ruc seleccione seguridad si siguiente sistema social soy su sus telefono
teclado terminos tipo un una usuario virtual web y
address again and birth code confirm date email enter id mail mobile name new number of or password phone search
security select the to user username your
`;

const WORDS: ReadonlySet<string> = new Set([
  ...FORM_WORDS.split(/\s+/).filter(Boolean),
  ...LABEL_RULES.flatMap((r) => r.all.flat().flatMap((p) => p.split(' '))).filter((w) => w !== '?'),
]);

/** Letters (any script, with accents), spaces and the punctuation labels use. One digit at a time. */
const LABEL_SHAPE = /^[\p{L}\p{M}\d\s:;¿?¡!()/.,*'"«»_–—-]*$/u;
const HIDDEN = '…';

/** A text a report may show (known words kept, others `…`), or undefined when it must be dropped. */
export function safeText(text: string | null | undefined, max = 60): string | undefined {
  const t = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (!t || t.length > 200 || /\d{3}/.test(t) || t.includes('@') || !LABEL_SHAPE.test(t)) return undefined;
  const out: string[] = [];
  for (const token of t.split(' ')) {
    const words = norm(token).split(' ').filter(Boolean);
    const known = words.length > 0 && words.every((w) => WORDS.has(w) || w === '?');
    // A known word keeps its own spelling (accents, case); anything else is hidden.
    const shown = known ? token : /^[¿?():*.,/-]+$/.test(token) ? token : HIDDEN;
    if (shown === HIDDEN && out[out.length - 1] === HIDDEN) continue;
    out.push(shown);
  }
  const joined = out.join(' ');
  return joined.length <= max ? joined : `${joined.slice(0, max - 1).trimEnd()}${HIDDEN}`;
}

/**
 * A URL's host and path only (no query, fragment, `;jsessionid` or user-info); a path segment
 * that is not a plain word (a token, an id, a long number) becomes `…`.
 */
export function safePath(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '';
  }
  const segments = u.pathname
    .split(';')[0]!
    .split('/')
    .map((s) => (s === '' || (/^[A-Za-z][A-Za-z._-]{0,47}$/.test(s) && !/\d/.test(s)) ? s : HIDDEN));
  return `${u.hostname}${segments.join('/')}`;
}
