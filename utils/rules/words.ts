/**
 * Short, common Spanish words (ASCII only: no ñ, no accents, 3–6 letters) for suggestClave.
 * Exactly 256 distinct words, so one random byte picks one word without bias: 8 bits each.
 * Validated (lazily, on the first suggestion) by WordsSchema in suggest.ts.
 */
export const WORDS: readonly string[] = [
  'casa', 'luna', 'sol', 'mar', 'rio', 'flor', 'nube', 'lago', 'cielo', 'rosa', 'hoja', 'rama',
  'raiz', 'monte', 'campo', 'selva', 'bosque', 'arbol', 'playa', 'arena', 'piedra', 'roca', 'isla',
  'costa', 'lluvia', 'viento', 'nieve', 'hielo', 'fuego', 'tierra', 'valle', 'volcan', 'prado',
  'cerro', 'ola', 'brisa', 'trueno', 'rayo', 'astro', 'cometa', 'gato', 'perro', 'vaca', 'toro',
  'pato', 'oso', 'lobo', 'leon', 'tigre', 'mono', 'rana', 'pez', 'ave', 'loro', 'buho', 'cabra',
  'oveja', 'zorro', 'conejo', 'raton', 'pollo', 'gallo', 'llama', 'puma', 'foca', 'tucan', 'cisne',
  'garza', 'grillo', 'abeja', 'pulpo', 'delfin', 'iguana', 'cuy', 'venado', 'condor', 'jaguar',
  'pan', 'maiz', 'arroz', 'queso', 'leche', 'miel', 'cafe', 'agua', 'papa', 'coco', 'mango',
  'pera', 'uva', 'lima', 'melon', 'sandia', 'tomate', 'ajo', 'sal', 'sopa', 'torta', 'dulce',
  'fresa', 'limon', 'yuca', 'mote', 'choclo', 'cacao', 'menta', 'canela', 'avena', 'trigo',
  'huevo', 'jugo', 'salsa', 'pastel', 'tamal', 'humita', 'bolon', 'mesa', 'silla', 'cama',
  'puerta', 'techo', 'piso', 'pared', 'vaso', 'plato', 'taza', 'olla', 'jarra', 'reloj', 'libro',
  'papel', 'lapiz', 'carta', 'caja', 'llave', 'radio', 'foto', 'cuadro', 'sofa', 'cocina', 'patio',
  'jardin', 'balcon', 'espejo', 'rojo', 'azul', 'verde', 'blanco', 'gris', 'morado', 'dorado',
  'plata', 'oro', 'lila', 'flauta', 'tambor', 'piano', 'banda', 'baile', 'canto', 'poema',
  'cuento', 'fiesta', 'musica', 'ritmo', 'coro', 'arpa', 'violin', 'barco', 'tren', 'bus', 'auto',
  'avion', 'bici', 'moto', 'camino', 'puente', 'plaza', 'parque', 'ciudad', 'pueblo', 'calle',
  'mapa', 'norte', 'sur', 'este', 'oeste', 'ruta', 'faro', 'puerto', 'amigo', 'abuelo', 'nieto',
  'tio', 'primo', 'vecino', 'padre', 'madre', 'hijo', 'hija', 'paz', 'feliz', 'alegre', 'suerte',
  'risa', 'juego', 'salud', 'fuerza', 'calma', 'nuevo', 'grande', 'bueno', 'claro', 'suave',
  'firme', 'rapido', 'lento', 'dia', 'noche', 'tarde', 'lunes', 'martes', 'marzo', 'abril', 'mayo',
  'junio', 'julio', 'agosto', 'enero', 'verano', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis',
  'siete', 'ocho', 'nueve', 'diez', 'cien', 'mil', 'gorra', 'bolso', 'zapato', 'camisa', 'falda',
  'poncho', 'anillo', 'perla', 'cinta', 'globo', 'pelota', 'trompo', 'dado', 'carro',
];
