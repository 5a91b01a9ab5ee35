import { describe, expect, it } from 'vitest';
import { classifyLabel } from '../../../utils/page/field-labels';
import { idTokens, norm } from '../../../utils/page/normalize-text';

describe('norm', () => {
  it('drops accents, case and punctuation, keeps question marks', () => {
    expect(norm('  Cédula  o CÓDIGO: ')).toBe('cedula o codigo');
    expect(norm('¿Cuál es su celular?')).toBe('? cual es su celular ?');
    expect(norm('E-mail')).toBe('e mail');
  });
  it('splits ids into tokens', () => {
    expect(idTokens('formGenerar:txtConfirmarCorreo_input')).toBe('form generar txt confirmar correo input');
  });
});

describe('classifyLabel', () => {
  it.each([
    ['Cédula o código:', 'cedula'],
    ['Número de identificación', 'cedula'],
    ['Identification number', 'cedula'],
    ['Código dactilar', 'dactilar'],
    ['CÓDIGO DACTILAR (reverso de la cédula)', 'dactilar'],
    ['Código de verificación', 'skip'],
    ['Ingrese el código enviado a su correo', 'skip'],
    ['RUC', 'ruc'],
    ['RUC del empleador', 'ruc'],
    ['Cédula del representante legal', 'cedula'],
    ['Representante legal', 'cedula'],
    ['Nombres del representante legal', 'skip'],
    ['Correo electrónico', 'email'],
    ['E-mail', 'email'],
    ['Email address', 'email'],
    ['Confirmar correo', 'email-confirm'],
    ['Repetir e-mail', 'email-confirm'],
    ['Confirm email', 'email-confirm'],
    ['Teléfono celular', 'phone'],
    ['Móvil', 'phone'],
    ['Teléfono convencional', 'phone'],
    ['Mobile phone', 'phone'],
    ['Clave', 'password'],
    ['Contraseña', 'password'],
    ['Nueva clave', 'password'],
    ['New password', 'password'],
    ['Confirmar clave', 'password-confirm'],
    ['Repetir nueva clave', 'password-confirm'],
    ['Confirm password', 'password-confirm'],
    ['Clave actual', 'skip'],
    ['Current password', 'skip'],
    ['¿Cuál es el número de celular que registró anteriormente?', 'skip'],
    ['Razón social', 'skip'],
    ['Nombre', 'skip'],
  ])('%s → %s', (label, kind) => {
    expect(classifyLabel(label)?.kind).toBe(kind);
  });

  it.each(['Fecha de nacimiento', 'Buscar', '', 'Usuario'])('%j is not a field we know', (label) => {
    expect(classifyLabel(label)).toBeUndefined();
  });

  it('marks a new clave as explicit (never a login clave)', () => {
    expect(classifyLabel('Nueva clave')?.explicit).toBe(true);
    expect(classifyLabel('Clave')?.explicit).toBe(false);
  });
});
