import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PracticeApp } from '../../../../components/practice/PracticeApp';
import type { FakePerson } from '../../../../utils/practice/fake-data';
import { PORTAL_URLS } from '../../../../utils/portal/pages';
import { CLAVE_RULE } from '../../../../utils/i18n/hints';

const person: FakePerson = {
  cedula: '1714307103',
  ruc: '1714307103001',
  repCedula: '0926687856',
  name: 'PERSONA DE PRUEBA UNO',
  company: 'EMPRESA FICTICIA S.A.',
  birthDate: '05/06/1960',
  answers: [
    { question: 'q1', answer: 'a2' },
    { question: 'q2', answer: 'a3' },
  ],
  email: 'persona.prueba@ejemplo.com',
  mobile: '0991234567',
  dactilar: 'V4443V4444',
};

afterEach(cleanup);

const field = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const screenId = () => document.querySelector('[data-practice-screen]')!.getAttribute('data-practice-screen');
const submit = (text: RegExp) => fireEvent.click(screen.getByRole('button', { name: text }));

describe('practice portal, generate flow', () => {
  it('walks every screen with the made-up data', () => {
    render(<PracticeApp lang="es" makePerson={() => person} />);
    expect(screen.getByText('PRÁCTICA — no es el sitio del IESS')).toBeTruthy();
    expect(screenId()).toBe('id');

    // 1. A wrong cédula is refused: practice accepts only the made-up one.
    fireEvent.input(field('formGenerar:j_id15'), { target: { value: '0926687856' } });
    submit(/^Buscar$/);
    expect(screenId()).toBe('id');
    expect(screen.getByRole('alert').textContent).toMatch(/cédula de prueba/);
    field('formGenerar:j_id15').value = '171430710-3';
    fireEvent.click(screen.getByLabelText(/No soy un robot/));
    submit(/^Buscar$/);
    expect(screenId()).toBe('questions');

    // 2. Birth date and questions. A date that is no date gets the format; the day written
    // with dashes or without its zeros is the same day.
    fireEvent.click(document.querySelector('input[name="q1"][value="a2"]')!);
    fireEvent.click(document.querySelector('input[name="q2"][value="a3"]')!);
    field('formPreguntas:j_id31').value = '1960';
    submit(/Continuar/);
    expect(screenId()).toBe('questions');
    expect(screen.getByRole('alert').textContent).toBe('Escriba la fecha de nacimiento como día/mes/año, por ejemplo 05/11/1961.');
    field('formPreguntas:j_id31').value = '06/05/1960'; // month and day swapped: a wrong answer
    submit(/Continuar/);
    expect(screenId()).toBe('questions');
    expect(screen.getByRole('alert').textContent).toMatch(/no coincide/);
    field('formPreguntas:j_id31').value = '5-6-1960';
    submit(/Continuar/);
    expect(screenId()).toBe('contact');

    // 3. Email, confirmation (must match), mobile.
    field('formDatos:j_id41').value = person.email;
    field('formDatos:j_id43').value = 'otra@ejemplo.com';
    field('formDatos:j_id45').value = person.mobile;
    submit(/Enviar/);
    expect(screenId()).toBe('contact');
    field('formDatos:j_id43').value = person.email;
    submit(/Enviar/);
    expect(screenId()).toBe('sent');

    // 4. The sent screen says so, with the 15-minute countdown.
    expect(document.body.textContent).toMatch(/Se ha enviado un correo a p\*\*\*\*\*@ejemplo\.com/);
    const left = Number(document.querySelector('[data-countdown-left]')!.getAttribute('data-countdown-left'));
    expect(left).toBeGreaterThan(14 * 60);
    expect(left).toBeLessThanOrEqual(15 * 60);
    submit(/Abrir mi correo/);

    // 5. The inbox is empty; the message is in Spam.
    expect(screenId()).toBe('mailbox');
    expect(document.querySelector('[data-practice-target="message"]')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: /Spam/ }));
    fireEvent.click(document.querySelector('[data-practice-target="message"]')!);
    fireEvent.click(screen.getByText('Clic para continuar'));
    expect(screenId()).toBe('clave');

    // 6. Terms, then the on-screen keyboard writes the value by script.
    const clave = field('formClave:j_id61');
    let inputEvents = 0;
    clave.addEventListener('input', () => inputEvents++);
    for (const ch of 'abc123') fireEvent.click(screen.getByRole('button', { name: ch }));
    expect(clave.value).toBe('abc123');
    expect(inputEvents).toBe(0);
    fireEvent.click(field('formClave:j_id63'));
    for (const ch of 'abc12') fireEvent.click(screen.getByRole('button', { name: ch }));
    fireEvent.click(screen.getByLabelText(/Acepto/));
    submit(/Generar la clave/);
    expect(screenId()).toBe('clave'); // confirmation does not match yet: the error names that field
    expect(screen.getByRole('alert').textContent).toBe('El campo «Confirmar clave» no es igual a la nueva clave. Escríbala otra vez.');
    fireEvent.click(screen.getByRole('button', { name: '3' }));
    submit(/Generar la clave/);

    // 7. Success, "log in once to test it", and the next step on the real portal, in a new tab.
    expect(screenId()).toBe('done');
    expect(document.body.textContent).toMatch(/ingrese una vez/i);
    const real = screen.getByRole<HTMLAnchorElement>('link', { name: /Abrir la página oficial del IESS \(se abre en otra pestaña\)/ });
    expect(real.getAttribute('href')).toBe(PORTAL_URLS.generate);
    expect(real.getAttribute('target')).toBe('_blank');
    expect(real.getAttribute('rel')).toContain('noopener');
    // The address on show wraps only after a "/", never inside a word.
    const address = document.querySelector('.real-address .address')!;
    expect(address.textContent).toBe(PORTAL_URLS.generate);
    expect(Array.from(address.querySelectorAll('.address-part')).map((p) => p.textContent)).toEqual(
      // 'https://', the host + '/', the application path + '/'
      PORTAL_URLS.generate.match(/[^/]*\/+/g),
    );
    expect(address.querySelectorAll('wbr')).toHaveLength(2);
  });

  it('a clave error names the "Nueva clave" field and says what is wrong with it', () => {
    render(<PracticeApp lang="es" makePerson={() => person} />);
    // Straight to the clave screen: cédula, questions, contact, sent, mailbox.
    field('formGenerar:j_id15').value = person.cedula;
    fireEvent.click(screen.getByLabelText(/No soy un robot/));
    submit(/^Buscar$/);
    field('formPreguntas:j_id31').value = person.birthDate;
    fireEvent.click(document.querySelector('input[name="q1"][value="a2"]')!);
    fireEvent.click(document.querySelector('input[name="q2"][value="a3"]')!);
    submit(/Continuar/);
    field('formDatos:j_id41').value = person.email;
    field('formDatos:j_id43').value = person.email;
    field('formDatos:j_id45').value = person.mobile;
    submit(/Enviar/);
    submit(/Abrir mi correo/);
    fireEvent.click(screen.getByRole('tab', { name: /Spam/ }));
    fireEvent.click(document.querySelector('[data-practice-target="message"]')!);
    fireEvent.click(screen.getByText('Clic para continuar'));
    expect(screenId()).toBe('clave');
    fireEvent.click(screen.getByLabelText(/Acepto/));
    for (const ch of 'ab1') fireEvent.click(screen.getByRole('button', { name: ch }));
    submit(/Generar la clave/);
    expect(screen.getByRole('alert').textContent).toBe('Revise el campo «Nueva clave»: Muy corta: use al menos 6 letras o números.');
    // The policy line above the fields is the one clave rule.
    expect(document.querySelector('.policy')!.textContent).toBe(CLAVE_RULE.es);
  });

  it('forgets everything on Reiniciar', () => {
    let n = 0;
    const people = [person, { ...person, cedula: '0926687856' }];
    render(<PracticeApp lang="es" makePerson={() => people[n++ % 2]!} />);
    field('formGenerar:j_id15').value = 'algo escrito';
    expect(document.querySelector('[data-fake="cedula"]')!.textContent).toBe('1714307103');
    fireEvent.click(screen.getByRole('button', { name: 'Reiniciar' }));
    expect(document.querySelector('[data-fake="cedula"]')!.textContent).toBe('0926687856');
    expect(field('formGenerar:j_id15').value).toBe('');
  });

  it('has the unlock flow with a 3-minute link and the employer flow with office documents', () => {
    render(<PracticeApp lang="en" makePerson={() => person} />);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock the clave' }));
    expect(screenId()).toBe('unlock-id');
    field('formDesbloqueo:j_id11').value = person.cedula;
    submit(/^Unlock$/);
    const left = Number(document.querySelector('[data-countdown-left]')!.getAttribute('data-countdown-left'));
    expect(left).toBeLessThanOrEqual(180);
    expect(left).toBeGreaterThan(170);

    fireEvent.click(screen.getByRole('button', { name: 'Employer' }));
    expect(screenId()).toBe('employer-form');
    field('formEmpleador:j_id21').value = person.ruc;
    field('formEmpleador:j_id23').value = person.repCedula;
    field('formEmpleador:j_id25').value = person.email;
    field('formEmpleador:j_id27').value = person.email;
    submit(/Create request/);
    expect(screenId()).toBe('employer-done');
    expect(document.body.textContent).toMatch(/IESS office/);
    const real = screen.getByRole('link', { name: /Open the official IESS page \(opens in a new tab\)/ });
    expect(real.getAttribute('href')).toBe(PORTAL_URLS.employer);
  });

  it('the data card shows the email whole, wrapping only before the @', () => {
    render(<PracticeApp lang="es" makePerson={() => person} />);
    const dd = document.querySelector('[data-fake="email"]')!;
    expect(dd.textContent).toBe(person.email);
    expect(dd.querySelectorAll('wbr')).toHaveLength(1);
    expect(dd.querySelector('wbr')!.nextElementSibling!.textContent).toBe('@ejemplo.com');
  });
});

describe('presenter mode on the practice portal', () => {
  it('highlights the step element, moves with arrows and leaves with Esc', () => {
    // happy-dom does no layout: give the highlighted targets a box.
    const rect = { top: 10, left: 10, width: 100, height: 30, right: 110, bottom: 40, x: 10, y: 10 };
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return (this.hasAttribute('data-practice-target') ? rect : { ...rect, width: 0, height: 0 }) as DOMRect;
    });
    let presenter = true;
    const { rerender } = render(
      <PracticeApp lang="es" makePerson={() => person} presenter onPresenter={(on) => (presenter = on)} />,
    );
    const caption = () => document.querySelector('.presenter-text')!.textContent;
    expect(caption()).toMatch(/^Paso 1 de 14: Escriba la cédula/);
    expect(document.querySelector('[data-presenter-spotlight]')).not.toBeNull();
    expect(document.querySelector<HTMLElement>('[data-presenter-spotlight]')!.style.width).toBe('112px');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(caption()).toMatch(/^Paso 2 de 14/);
    // Arrows typed into a text field belong to the field.
    field('formGenerar:j_id15').focus();
    fireEvent.keyDown(field('formGenerar:j_id15'), { key: 'ArrowRight' });
    expect(caption()).toMatch(/^Paso 2 de 14/);
    field('formGenerar:j_id15').blur();
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(caption()).toMatch(/^Paso 1 de 14/);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(presenter).toBe(false);
    rerender(<PracticeApp lang="es" makePerson={() => person} presenter={false} />);
    expect(document.querySelector('.presenter')).toBeNull();
  });
});
