/**
 * Text as a person reads it: accents, case and punctuation ignored. `¿` and `?` survive as a
 * `?` token so a question ("¿Cuál es su celular anterior?") can be told from a label.
 */
export function norm(text: string | null | undefined): string {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[¿?]/g, ' ? ')
    .replace(/[^a-z0-9?]+/g, ' ')
    .trim();
}

/** True when every word of `phrase` appears in `text` in order, as whole words (both normalized). */
export function hasPhrase(normText: string, normPhrase: string): boolean {
  return ` ${normText} `.includes(` ${normPhrase} `);
}

/** `formGenerar:txtConfirmarCorreo_input` → `form generar txt confirmar correo input`. */
export function idTokens(id: string | null | undefined): string {
  return norm(String(id ?? '').replace(/([a-z])([A-Z])/g, '$1 $2'));
}
