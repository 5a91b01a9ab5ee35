/**
 * How long the portal's emailed links stay valid, in minutes. Read by the flows table (the
 * popup's email wait and reminders) and the practice portal's countdown.
 */

/** Generar / Recuperar clave: about 15 minutes (how-to guides; the IESS publishes no figure). */
export const GENERATE_LINK_MINUTES = 15;
/** Desbloqueo de clave: 3 minutes (IESS notices). */
export const UNLOCK_LINK_MINUTES = 3;
