/**
 * What a person reads next to a field → which rule judges it. Data, not code branches: the first
 * entry whose every group has one phrase present in the (normalized) text wins. Entries with
 * `kind: 'skip'` are fields we are sure NOT to judge (emailed codes, questions, the current clave).
 * Validated against `LabelRuleSchema` by the unit tests; the matching code is `classifyLabel` in
 * `utils/page/field-labels.ts`.
 */
import type * as z from 'zod/mini';
import type { LabelRuleSchema } from './schemas';

const CONFIRM = ['confirmar', 'confirme', 'confirmacion', 'repetir', 'repita', 'reingrese', 'verificar', 'verifique', 'confirm', 'repeat', 'retype', 're enter', 'again'];
const CLAVE = ['clave', 'contrasena', 'password', 'passwd'];
const EMAIL = ['correo', 'email', 'e mail', 'mail'];

export type LabelRule = z.infer<typeof LabelRuleSchema>;

export const LABEL_RULES: readonly LabelRule[] = [
  // Never judged: a validation question ("¿...?"), emailed or security codes, the current clave.
  { kind: 'skip', all: [['?']] },
  { kind: 'skip', all: [['codigo', 'code', 'pin', 'numero'], ['verificacion', 'verification', 'seguridad', 'security', 'enviado', 'sent', 'confirmacion', 'validacion', 'recibido']] },
  { kind: 'skip', all: [['otp', 'token', 'captcha']] },
  { kind: 'dactilar', all: [['dactilar', 'fingerprint']] },
  { kind: 'skip', all: [['actual', 'anterior', 'vigente', 'current', 'old'], CLAVE] },
  { kind: 'password-confirm', all: [CONFIRM, CLAVE] },
  { kind: 'password', all: [['nueva', 'new', 'generar', 'crear', 'create'], CLAVE], explicit: true },
  { kind: 'email-confirm', all: [CONFIRM, EMAIL] },
  { kind: 'email', all: [EMAIL] },
  { kind: 'password', all: [CLAVE] },
  { kind: 'phone', all: [['celular', 'movil', 'telefono', 'convencional', 'fijo', 'phone', 'mobile', 'cell', 'landline', 'telf', 'tel']] },
  // A name or address next to "representante legal" is not the representative's cédula.
  { kind: 'skip', all: [['nombre', 'nombres', 'apellido', 'apellidos', 'razon social', 'name', 'direccion', 'address', 'ciudad', 'sucursal', 'cargo']] },
  { kind: 'cedula', all: [['representante legal', 'representante', 'legal representative']] },
  { kind: 'ruc', all: [['ruc', 'registro unico de contribuyentes', 'tax id']] },
  { kind: 'cedula', all: [['cedula', 'identificacion', 'identification', 'id number', 'identity card', 'documento de identidad', 'numero de documento', 'id card']] },
];
