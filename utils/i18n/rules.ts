/**
 * Hint texts for every rules-engine code, Spanish (Ecuador, default) and English.
 * Plain words, short sentences: these are read by people of every age, often on a phone.
 */
import type { Level, Verdict } from '../rules/types';
import { isRuleCode, type RuleCode } from '../rules/codes';
import { makeTranslator, type Dicts, type Lang } from './core';
import { CLAVE_RULE } from './clave-rule';
import { verdictText as textOf, type TextLookup } from './verdict-text';

const es: Record<RuleCode, string> = {
  'input.too-long': 'Es demasiado largo. Revise lo que escribió o pegó.',
  'input.unchecked': 'No pudimos revisar este dato.',

  'cedula.empty': 'Escriba su número de cédula (10 dígitos).',
  'cedula.ok': 'El número de cédula está bien escrito.',
  'cedula.short': 'Lleva {count} de 10 dígitos. Siga escribiendo.',
  'cedula.long': 'Tiene {count} dígitos. La cédula tiene 10.',
  'cedula.chars': 'Use solo números. Quite esto: {chars}',
  'cedula.code': 'Tiene letras. Si es extranjero sin cédula, puede ser su código del IESS. Si no, revise.',
  'cedula.checksum': 'Este número de cédula no es válido. Revise cada número.',
  'cedula.letter-o': 'Hay una letra O en lugar del número 0 (cero). Escriba solo números.',
  'cedula.letter-l': 'Hay una letra «{letter}» en lugar del número 1 (uno). Escriba solo números.',
  'cedula.missing-zero': '¿Le falta el 0 del inicio? La cédula tiene 10 números, por ejemplo {cedula}.',
  'cedula.province': 'Los dos primeros dígitos ({province}) no son de ninguna provincia. Revise la cédula.',
  'cedula.third-digit': 'El tercer dígito ({digit}) es poco común. Revise que la cédula esté bien.',
  'cedula.ruc': 'Esto parece un RUC. Escriba solo los 10 primeros dígitos: {cedula}.',

  'ruc.empty': 'Escriba el RUC (13 dígitos).',
  'ruc.ok': 'El RUC está bien escrito.',
  'ruc.short': 'Lleva {count} de 13 dígitos. Siga escribiendo.',
  'ruc.long': 'Tiene {count} dígitos. El RUC tiene 13.',
  'ruc.chars': 'Use solo números. Quite esto: {chars}',
  'ruc.type': 'El tercer dígito ({digit}) no corresponde a un RUC. Revíselo.',
  'ruc.checksum': 'Los 10 primeros dígitos no son una cédula válida. Revise el RUC.',
  'ruc.establishment': 'Los últimos dígitos no pueden ser solo ceros. Suelen ser 001.',
  'ruc.province': 'Los dos primeros dígitos ({province}) no son de ninguna provincia. Revise el RUC.',
  'ruc.unverified': 'No pudimos comprobar este RUC. Algunos RUC de empresas son así. Revíselo con cuidado.',

  'email.empty': 'Escriba su correo electrónico, por ejemplo nombre@gmail.com.',
  'email.ok': 'El correo está bien escrito.',
  'email.spaces': 'El correo no puede tener espacios.',
  'email.no-at': 'Falta la @ (arroba) y lo que va después.',
  'email.many-at': 'El correo debe tener una sola @ (arroba).',
  'email.local-empty': 'Falta el nombre antes de la @.',
  'email.local-chars': 'El correo no puede tener: {chars}',
  'email.local-dots': 'Revise los puntos antes de la @: no al inicio, ni al final, ni dos seguidos.',
  'email.local-long': 'Lo que va antes de la @ es demasiado largo (máximo {max}).',
  'email.no-domain': 'Falta lo que va después de la @, por ejemplo gmail.com.',
  'email.domain-chars': 'Después de la @ no puede haber: {chars}',
  'email.domain-dots': 'Revise los puntos después de la @.',
  'email.domain': 'Lo que va después de la @ no es válido. Revíselo.',
  'email.no-tld': 'Falta el final del correo, por ejemplo .com o .ec.',
  'email.tld': 'El final del correo ({tld}) no es válido. Debe ser como .com o .ec.',
  'email.typo': '¿Quiso decir {suggestion}? Revise el correo antes de seguir.',

  'email-confirm.empty': 'Escriba otra vez el mismo correo.',
  'email-confirm.ok': 'Los dos correos son iguales.',
  'email-confirm.mismatch': 'Los dos correos no son iguales. Revise los dos.',
  'email-confirm.no-first': 'Primero escriba el correo en el campo anterior.',

  'phone.empty': 'Escriba su número. Celular: 10 dígitos (09…). Fijo: 9 dígitos con el código de provincia (02…).',
  'phone.ok': 'El número de teléfono está bien escrito.',
  'phone.short': 'Faltan dígitos. Celular: 10 dígitos (09…). Fijo: 9 dígitos (02…).',
  'phone.long': 'Sobran dígitos. Celular: 10 dígitos (09…). Fijo: 9 dígitos (02…).',
  'phone.chars': 'Use solo números. Quite esto: {chars}',
  'phone.prefix': 'El inicio no es válido. Un celular empieza con 09; un fijo, con 02 a 07.',
  'phone.local': 'Agregue el código de la provincia al inicio, por ejemplo 02 para Pichincha.',
  'phone.missing-zero': 'Falta el 0 al inicio. ¿Es {suggestion}?',
  'phone.foreign': 'Es un número de otro país. Revise que esté bien.',

  'dactilar.empty': 'Escriba el código dactilar, que está atrás de la cédula. Ejemplo: V4443V4444.',
  'dactilar.ok': 'El código dactilar está bien escrito.',
  'dactilar.short': 'Lleva {count} de 10 caracteres. Ejemplo: V4443V4444.',
  'dactilar.long': 'Tiene {count} caracteres. El código tiene 10, como V4443V4444.',
  'dactilar.chars': 'Use solo letras y números. Quite esto: {chars}',
  'dactilar.format': 'Debe ser: una letra, 4 números, una letra, 4 números. Ejemplo: V4443V4444.',
  'dactilar.confusable': 'Puede haber confundido letras y números (O y 0, I y 1). ¿Es {suggestion}?',

  'password.empty': CLAVE_RULE.es,
  'password.ok': 'La clave cumple las reglas. No la comparta con nadie.',
  'password.short': 'Muy corta: use al menos {min} letras o números.',
  'password.long': 'Muy larga: use como máximo {max} letras o números. Ahora tiene {count}.',
  'password.space': 'La clave no puede tener espacios.',
  'password.chars': 'Use solo letras (sin ñ ni tildes) o números. Quite esto: {chars}',
  'password.chars-space': 'Use solo letras (sin ñ ni tildes) o números, sin espacios. Quite esto: {chars}',
  'password.has-cedula': 'La clave tiene números de su cédula. Es fácil de adivinar: elija otra.',
  'password.common': 'Esta clave es muy común y fácil de adivinar. Elija otra.',
  'password.sequence': 'Es una serie fácil de adivinar, como 123456 o aaaaaa. Elija otra.',
  'password.digits-only': 'Solo tiene números. Es más segura si también tiene letras.',
  'password.letters-only': 'Solo tiene letras. Es más segura si también tiene números.',

  'password-confirm.empty': 'Escriba otra vez la misma clave.',
  'password-confirm.ok': 'Las dos claves son iguales.',
  'password-confirm.mismatch': 'Las dos claves no son iguales. Escríbala otra vez.',
  'password-confirm.no-first': 'Primero escriba la nueva clave en el campo anterior.',
};

const en: Record<RuleCode, string> = {
  'input.too-long': 'This is too long. Check what you typed or pasted.',
  'input.unchecked': 'We could not check this entry.',

  'cedula.empty': 'Type your cédula (ID card) number: 10 digits.',
  'cedula.ok': 'The cédula number is written correctly.',
  'cedula.short': 'You have {count} of 10 digits. Keep typing.',
  'cedula.long': 'It has {count} digits. A cédula has 10.',
  'cedula.chars': 'Use digits only. Remove: {chars}',
  'cedula.code': 'It has letters. If you are a foreigner without a cédula, it may be your IESS code. Otherwise, check it.',
  'cedula.checksum': 'This cédula number is not valid. Check each digit.',
  'cedula.letter-o': 'There is a letter O instead of the number 0 (zero). Type digits only.',
  'cedula.letter-l': 'There is a letter “{letter}” instead of the number 1 (one). Type digits only.',
  'cedula.missing-zero': 'Is the 0 at the start missing? A cédula has 10 digits, for example {cedula}.',
  'cedula.province': 'The first two digits ({province}) are not a province. Check the cédula.',
  'cedula.third-digit': 'The third digit ({digit}) is unusual. Make sure the cédula is right.',
  'cedula.ruc': 'This looks like a RUC. Type only the first 10 digits: {cedula}.',

  'ruc.empty': 'Type the RUC (tax number): 13 digits.',
  'ruc.ok': 'The RUC is written correctly.',
  'ruc.short': 'You have {count} of 13 digits. Keep typing.',
  'ruc.long': 'It has {count} digits. A RUC has 13.',
  'ruc.chars': 'Use digits only. Remove: {chars}',
  'ruc.type': 'The third digit ({digit}) is not valid for a RUC. Check it.',
  'ruc.checksum': 'The first 10 digits are not a valid cédula. Check the RUC.',
  'ruc.establishment': 'The last digits cannot be all zeros. They are usually 001.',
  'ruc.province': 'The first two digits ({province}) are not a province. Check the RUC.',
  'ruc.unverified': 'We could not verify this RUC. Some company RUCs are like this. Check it carefully.',

  'email.empty': 'Type your email address, for example name@gmail.com.',
  'email.ok': 'The email address is written correctly.',
  'email.spaces': 'An email address cannot have spaces.',
  'email.no-at': 'The @ sign and what follows it are missing.',
  'email.many-at': 'An email address has only one @ sign.',
  'email.local-empty': 'The name before the @ is missing.',
  'email.local-chars': 'An email address cannot have: {chars}',
  'email.local-dots': 'Check the dots before the @: not at the start, not at the end, not two together.',
  'email.local-long': 'The part before the @ is too long (at most {max}).',
  'email.no-domain': 'Add what goes after the @, for example gmail.com.',
  'email.domain-chars': 'After the @ there cannot be: {chars}',
  'email.domain-dots': 'Check the dots after the @.',
  'email.domain': 'What follows the @ is not valid. Check it.',
  'email.no-tld': 'The end of the address is missing, for example .com or .ec.',
  'email.tld': 'The ending ({tld}) is not valid. It should be like .com or .ec.',
  'email.typo': 'Did you mean {suggestion}? Check the address before you continue.',

  'email-confirm.empty': 'Type the same email address again.',
  'email-confirm.ok': 'Both email addresses match.',
  'email-confirm.mismatch': 'The two email addresses are different. Check both.',
  'email-confirm.no-first': 'First type your email address in the field above.',

  'phone.empty': 'Type your number. Mobile: 10 digits (09…). Landline: 9 digits with the province code (02…).',
  'phone.ok': 'The phone number is written correctly.',
  'phone.short': 'Some digits are missing. Mobile: 10 digits (09…). Landline: 9 digits (02…).',
  'phone.long': 'There are too many digits. Mobile: 10 digits (09…). Landline: 9 digits (02…).',
  'phone.chars': 'Use digits only. Remove: {chars}',
  'phone.prefix': 'The start is not valid. Mobiles start with 09; landlines with 02 to 07.',
  'phone.local': 'Add the area code at the start, for example 02 for Pichincha.',
  'phone.missing-zero': 'The 0 at the start is missing. Is it {suggestion}?',
  'phone.foreign': 'This is a number from another country. Make sure it is right.',

  'dactilar.empty': 'Type the fingerprint code from the back of the cédula. Example: V4443V4444.',
  'dactilar.ok': 'The fingerprint code is written correctly.',
  'dactilar.short': 'You have {count} of 10 characters. Example: V4443V4444.',
  'dactilar.long': 'It has {count} characters. The code has 10, like V4443V4444.',
  'dactilar.chars': 'Use letters and digits only. Remove: {chars}',
  'dactilar.format': 'It should be: a letter, 4 digits, a letter, 4 digits. Example: V4443V4444.',
  'dactilar.confusable': 'Letters and digits may be mixed up (O and 0, I and 1). Is it {suggestion}?',

  'password.empty': CLAVE_RULE.en,
  'password.ok': 'The clave meets the rules. Never share it with anyone.',
  'password.short': 'Too short: use at least {min} letters or digits.',
  'password.long': 'Too long: use at most {max} letters or digits. It now has {count}.',
  'password.space': 'The clave cannot have spaces.',
  'password.chars': 'Use only letters (no ñ, no accents) or digits. Remove: {chars}',
  'password.chars-space': 'Use only letters (no ñ, no accents) or digits, no spaces. Remove: {chars}',
  'password.has-cedula': 'The clave has digits of your cédula. It is easy to guess: choose another.',
  'password.common': 'This clave is very common and easy to guess. Choose another.',
  'password.sequence': 'It is an easy pattern, like 123456 or aaaaaa. Choose another.',
  'password.digits-only': 'It has only digits. It is safer with letters too.',
  'password.letters-only': 'It has only letters. It is safer with digits too.',

  'password-confirm.empty': 'Type the same clave again.',
  'password-confirm.ok': 'Both claves match.',
  'password-confirm.mismatch': 'The two claves are different. Type it again.',
  'password-confirm.no-first': 'First type the new clave in the field above.',
};

export const ruleMessages: Dicts<RuleCode> = { es, en };
export const tRule = makeTranslator(ruleMessages);

/** Text for a verdict whose code is not known (another engine version): by level only. */
const FALLBACK: Record<Lang, Record<Level, string>> = {
  es: { empty: '', ok: 'Está bien escrito.', warn: 'Revise este dato.', error: 'Hay un error en este dato.' },
  en: { empty: '', ok: 'It is written correctly.', warn: 'Check this entry.', error: 'There is a mistake in this entry.' },
};

/** The text for a level alone ('' for `empty`). */
export function fallbackText(lang: Lang, level: Level): string {
  return FALLBACK[lang]?.[level] ?? '';
}

/** The hint texts of these dictionaries, by the keys of the locale messages (`r.<code>`, `f.<level>`). */
export const ruleTexts: TextLookup = (lang, key) => {
  const rest = key.slice(2);
  if (key.startsWith('r.')) return isRuleCode(rest) ? ruleMessages[lang][rest] : '';
  return key.startsWith('f.') ? fallbackText(lang, rest as Level) : '';
};

/** The hint a person reads for a verdict, from these dictionaries (see ./verdict-text.ts). */
export const verdictText = (lang: Lang, verdict: Pick<Verdict, 'code' | 'level' | 'params'>): string =>
  textOf(lang, verdict, ruleTexts);
