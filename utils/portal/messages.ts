/**
 * The portal's own messages the assistant understands: what the page says after a submit, as
 * normalized fragments (see `norm()`; one visible fragment is enough, plain substring), the
 * outcome it means, the step signal it sends, and where the wording comes from. Plain typed data,
 * validated against `PortalMessageSchema` by the unit tests. Only messages the assistant already
 * acts on are here; issue 16 adds the failures (data not matching, captcha, link expired…).
 */
import type * as z from 'zod/mini';
import type { PortalMessageSchema } from './schemas';

type PortalMessage = z.infer<typeof PortalMessageSchema>;

export const PORTAL_MESSAGES: readonly PortalMessage[] = [
  {
    outcome: 'email-sent',
    signal: 'email-sent',
    any: ['se ha enviado un correo', 'se envio un correo', 'se le ha enviado', 'se ha enviado un mensaje', 'revise su correo', 'revise su bandeja', 'hemos enviado', 'le hemos enviado', 'check your email', 'we have sent', 'we sent you'],
    source: 'general',
  },
  {
    outcome: 'clave-created',
    signal: 'clave-created',
    any: ['clave generada', 'clave se ha generado', 'clave ha sido generada', 'clave fue generada', 'clave ha sido creada', 'clave ha sido cambiada', 'clave fue cambiada', 'cambio exitoso', 'cambio de clave exitoso', 'password created', 'password changed'],
    source: 'general',
  },
  { outcome: 'unlocked', signal: 'unlocked', any: ['desbloquead', 'has been unlocked', 'was unlocked'], source: 'general' },
];
