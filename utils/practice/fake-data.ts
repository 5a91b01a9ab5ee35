/**
 * Made-up data for the practice portal: identifiers that pass the checks, and names that are
 * obviously fake. Generated in memory with crypto.getRandomValues; never stored.
 */
import { cedulaCheckDigit } from '../rules/cedula';
import { randomBelow } from '../rules/suggest';

type Random = (n: number) => number; // integer in [0, n)

/** Uniform and unbiased, from crypto.getRandomValues (the rules engine's sampler). */
export const cryptoRandom: Random = (n) => randomBelow(n, globalThis.crypto);

export function fakeCedula(random: Random = cryptoRandom): string {
  const province = String(1 + random(24)).padStart(2, '0');
  const third = String(random(6));
  let rest = '';
  for (let i = 0; i < 6; i++) rest += String(random(10));
  const nine = province + third + rest;
  return nine + String(cedulaCheckDigit(nine));
}

export interface FakePerson {
  cedula: string;
  /** RUC of a natural person: the cédula + establishment 001. */
  ruc: string;
  repCedula: string;
  name: string;
  company: string;
  birthDate: string; // dd/mm/aaaa, as the portal shows it
  answers: { question: 'q1' | 'q2'; answer: 'a1' | 'a2' | 'a3' }[];
  email: string;
  mobile: string;
  dactilar: string;
}

const NAMES = ['PERSONA DE PRUEBA UNO', 'PERSONA DE PRUEBA DOS', 'USUARIO FICTICIO TRES', 'AFILIADA DE EJEMPLO'];
const COMPANIES = ['EMPRESA FICTICIA S.A.', 'COMERCIAL DE PRUEBA CIA. LTDA.', 'NEGOCIO DE EJEMPLO'];

export function fakePerson(random: Random = cryptoRandom): FakePerson {
  const cedula = fakeCedula(random);
  const day = String(1 + random(28)).padStart(2, '0');
  const month = String(1 + random(12)).padStart(2, '0');
  const year = String(1950 + random(50));
  let mobile = '09';
  for (let i = 0; i < 8; i++) mobile += String(random(10));
  const letter = () => String.fromCharCode(65 + random(26));
  const digits4 = () => String(random(10_000)).padStart(4, '0');
  return {
    cedula,
    ruc: `${cedula}001`,
    repCedula: fakeCedula(random),
    name: NAMES[random(NAMES.length)]!,
    company: COMPANIES[random(COMPANIES.length)]!,
    birthDate: `${day}/${month}/${year}`,
    answers: [
      { question: 'q1', answer: (['a1', 'a2', 'a3'] as const)[random(3)]! },
      { question: 'q2', answer: (['a1', 'a2', 'a3'] as const)[random(3)]! },
    ],
    email: 'persona.prueba@ejemplo.com',
    mobile,
    dactilar: `${letter()}${digits4()}${letter()}${digits4()}`,
  };
}
