/**
 * Every string the popup and the background notifications show, Spanish (Ecuador, "usted") and
 * English. `en` is typed against `es`: a key missing (or extra) in either language is a type error.
 * The flows table (utils/flows/table.ts) refers to step texts by key.
 */
import { CLAVE_RULE } from './clave-rule';
import { makeTranslator, type Lang } from './core';

const es = {
  // Header, every screen
  'app.title': 'Asistente Clave IESS',
  'app.unofficial': 'No oficial: no es del IESS ni del BIESS.',
  'app.loading': 'Cargando…',
  'app.privacy':
    'Su avance se guarda solo en este dispositivo. No se guarda su cédula, correo, teléfono ni clave.',
  'lang.label': 'Idioma / Language',
  'lang.es': 'Español',
  'lang.en': 'English',

  // Official-site check
  'site.heading': 'La pestaña abierta',
  'site.official': 'Sitio oficial del IESS o del BIESS',
  'site.lookalike': 'Cuidado: esta página NO es del IESS ni del BIESS',
  'site.other': 'Esta pestaña no es una página del IESS ni del BIESS',
  'site.unknown': 'No se puede saber qué página está abierta',
  'site.host': 'Dirección: {host}',
  'site.reason.official': 'La dirección termina en iess.gob.ec o biess.fin.ec y la conexión es segura (https).',
  'site.reason.http': 'La conexión no es segura (http). Las páginas oficiales usan https.',
  'site.reason.userinfo':
    'La dirección esconde el sitio real detrás de una «@». El sitio real es otro. No escriba nada aquí.',
  'site.reason.punycode':
    'La dirección usa letras especiales que pueden imitar a otras. No escriba su clave aquí.',
  'site.reason.retired': 'iess.gov.ec ya no es una dirección del IESS. Use iess.gob.ec.',
  'site.reason.similar':
    'El nombre se parece al del IESS o del BIESS, pero no es oficial. Las páginas oficiales terminan en iess.gob.ec o biess.fin.ec.',
  'site.reason.unrelated': 'Para su clave, use solo páginas que terminen en iess.gob.ec o biess.fin.ec.',
  'site.reason.not-web': 'Esta pestaña no es una página web.',
  'site.reason.no-url': 'Abra este asistente desde la pestaña que quiere revisar.',
  'site.reason.unparseable': 'La dirección no se pudo leer.',
  'site.neverAsks':
    'El IESS nunca pide su clave por correo, teléfono, chat ni por enlaces fuera de su sitio. No la comparta con nadie.',

  // Firefox: host permission withdrawn
  'perm.missing': 'El asistente no tiene permiso para ayudarle en las páginas del IESS y del BIESS.',
  'perm.grant': 'Dar permiso otra vez',
  'perm.denied': 'No se dio el permiso. Puede intentarlo otra vez.',

  // Profile chooser
  'choose.heading': '¿Qué necesita hacer?',
  'choose.started': 'En curso',
  'choose.waiting': 'Esperando el correo',
  'profile.afiliado.name': 'Generar o recuperar mi clave',
  'profile.afiliado.desc': 'Afiliados y jubilados: clave nueva u olvidada.',
  'profile.unlock.name': 'Desbloquear mi clave',
  'profile.unlock.desc': 'Su clave se bloqueó por intentos fallidos.',
  'profile.update.name': 'Actualizar mis datos de contacto',
  'profile.update.desc': 'Correo y celular registrados en el IESS.',
  'profile.empleador.name': 'Clave de empleador',
  'profile.empleador.desc': 'Se pide en línea y se termina en una oficina del IESS.',
  'profile.biess.name': 'Entrar al BIESS',
  'profile.biess.desc': 'Préstamos: el BIESS usa la misma clave del IESS.',

  // Checklist
  'list.heading': 'Pasos: {profile}',
  'list.count': '{done} de {total} hechos',
  'list.change': 'Cambiar de trámite',
  'list.ifFails': 'Si esto falla',
  'list.open': 'Abrir la página oficial',
  'list.allDone': 'Listo: completó todos los pasos.',
  'list.doneMark': 'Hecho',
  'list.todoMark': 'Pendiente',
  'list.practice': 'Práctica',
  'list.showAll': 'Ver todos los pasos',
  'list.showLess': 'Ver solo el paso de ahora',
  'list.more': 'Ver',
  'list.less': 'Ocultar',
  'list.stepN': 'paso {n}',
  'list.markDone': 'Ya lo hice',
  'practice.open': 'Practicar sin datos reales',
  'mode.label': 'Qué pasos ver',
  'mode.real': 'Mi trámite',
  'practice.desc': 'Un portal de práctica con datos inventados. Sin internet, no guarda nada.',
  'practice.presenter': 'Modo presentador (para mostrar los pasos en una pantalla grande)',

  // Employer, honestly
  'employer.note':
    'La clave de empleador no se termina solo en línea: la solicitud se genera aquí y se termina en una oficina del IESS.',
  'employer.bring': 'Lleve: RUC, cédula del representante legal y la solicitud firmada.',

  // Email wait and countdown
  'email.heading': 'Revise su correo',
  'email.countdownLabel': 'El enlace del correo vence en',
  'email.minutesLeft': 'Quedan unos {n} minutos para usar el enlace del correo.',
  'email.oneMinuteLeft': 'Queda menos de 1 minuto para usar el enlace del correo.',
  'email.expired': 'El enlace del correo ya venció.',
  'email.expired.afiliado': 'Vuelva a la página oficial «Generar / Recuperar clave» y empiece otra vez para recibir un correo nuevo.',
  'email.expired.unlock': 'Pida el desbloqueo otra vez y abra el correo enseguida: el enlace dura 3 minutos.',
  'email.expired.generic': 'Vuelva a la página oficial y pida un correo nuevo.',
  'email.noLimit': 'Llega un código o un enlace. Puede tardar unos minutos.',
  'email.spamNow': '¿No llega? Revise Spam, Promociones y Correo no deseado.',
  'email.lookSpam': 'Mire también en Spam y Promociones.',
  'email.noAccess': 'Ya no tengo acceso a mi correo',
  'email.notArriving': 'No me llega el correo',
  'email.notArriving.wait': 'Espere unos minutos. A veces tarda.',
  'email.notArriving.address': 'Revise que sea el correo que registró en el IESS.',
  'email.notArriving.again': 'Si no llega, pida el correo otra vez en la página oficial.',
  'email.askAgain': 'Pedir otro correo',
  'email.unmark.q': '¿Marcar los pasos del correo como no hechos?',
  'email.unmark.yes': 'Sí',
  'email.unmark.no': 'No',
  'mailbox.question': '¿Qué correo usa?',
  'mailbox.gmail': 'Gmail',
  'mailbox.outlook': 'Outlook / Hotmail',
  'mailbox.yahoo': 'Yahoo',
  'mailbox.other': 'Otro',
  'mailbox.tip.gmail':
    'En Gmail: mire «Recibidos», la pestaña «Promociones» y la carpeta «Spam» (en el menú, «Más»). Si está en Spam, pulse «No es spam».',
  'mailbox.tip.outlook':
    'En Outlook / Hotmail: mire «Bandeja de entrada», la pestaña «Otros» y la carpeta «Correo no deseado».',
  'mailbox.tip.yahoo': 'En Yahoo: mire «Bandeja de entrada» y la carpeta «Spam».',
  'mailbox.tip.other':
    'Mire la bandeja de entrada y las carpetas Spam, Promociones o Correo no deseado. Busque «IESS» en el buscador de su correo.',

  // No access to the registered email

  // Start over
  'reset.button': 'Empezar de nuevo',
  'reset.confirm': '¿Borrar el avance de este trámite? Los otros trámites no se borran.',
  'reset.yes': 'Sí, borrar',
  'reset.no': 'No, volver',

  // Notifications (background)
  'notify.spam.title': '¿No llega el correo del IESS?',
  'notify.spam.body': '¿No llega? Revise Spam, Promociones y Correo no deseado.',
  'notify.expired.title': 'El enlace del correo venció',

  // Steps: afiliado / jubilado, generate or recover
  'step.afiliado.open.title': 'Abra la página oficial «Generar / Recuperar clave»',
  'step.afiliado.open.tip': 'Use el botón de abajo. La dirección debe empezar con https://app.iess.gob.ec/',
  'step.afiliado.open.fail':
    'Si la página no carga, espere unos minutos y vuelva a intentarlo. No use páginas de terceros.',
  'step.afiliado.cedula.title': 'Escriba su cédula tal como está registrada',
  'step.afiliado.cedula.tip': '10 dígitos, sin guiones ni espacios. Extranjeros sin cédula: su código del IESS.',
  'step.afiliado.cedula.fail':
    'Si dice que no existe, revise cada número. Si sigue igual, acuda a una oficina del IESS con su cédula.',
  'step.afiliado.robot.title': 'Marque «No soy un robot» y pulse «Buscar»',
  'step.afiliado.robot.tip': 'Si aparecen imágenes, elija las que le pide y pulse «Verificar».',
  'step.afiliado.robot.fail': 'Si no avanza, recargue la página y marque la casilla otra vez.',
  'step.afiliado.questions.title': 'Responda las preguntas de validación',
  'step.afiliado.questions.tip': 'Son preguntas sobre su historia laboral y sus datos. Tómese su tiempo.',
  'step.afiliado.questions.fail':
    'Si una respuesta es incorrecta, las preguntas cambian. Si no las sabe, acuda a una oficina del IESS con su cédula.',
  'step.afiliado.email.title': 'Confirme su correo registrado',
  'step.afiliado.email.tip': 'Debe ser un correo que usted pueda abrir hoy: allí llega el enlace.',
  'step.afiliado.email.fail': 'Si ya no puede abrir ese correo, vea «Ya no tengo acceso a mi correo registrado».',
  'step.afiliado.inbox.title': 'Espere el correo y ábralo',
  'step.afiliado.inbox.tip': 'Busque en Recibidos, Spam y Promociones. Pulse «Clic para continuar».',
  'step.afiliado.inbox.fail': 'El enlace dura unos 15 minutos. Si venció, empiece otra vez en la página oficial.',
  'step.afiliado.clave.title': 'Cree su clave',
  'step.afiliado.clave.tip':
    'Acepte los términos y escriba la clave con el teclado de la pantalla. No use su cédula ni su fecha de nacimiento.',
  'step.afiliado.clave.fail': `Si no la acepta, revísela: ${CLAVE_RULE.es}`,
  'step.afiliado.test.title': 'Entre una vez para probar su clave',
  'step.afiliado.test.tip': 'Ingrese con su cédula y la clave nueva. Guárdela en un lugar seguro y no la comparta.',
  'step.afiliado.test.fail':
    'Si no entra, revise mayúsculas y minúsculas. Tras varios intentos la clave se bloquea: elija «Desbloquear mi clave».',

  // Steps: unlock
  'step.unlock.check.title': 'Compruebe que puede hacerlo en línea',
  'step.unlock.check.tip':
    'Solo funciona si antes registró su huella en una oficina del IESS y si puede abrir su correo registrado.',
  'step.unlock.check.fail':
    'Si no registró su huella, acuda a una oficina del IESS (Centro de Atención Universal) con su cédula.',
  'step.unlock.open.title': 'Abra la página oficial «Desbloqueo de clave»',
  'step.unlock.open.tip': 'Use el botón de abajo. La dirección debe empezar con https://app.iess.gob.ec/',
  'step.unlock.open.fail': 'Si la página no carga, espere unos minutos y vuelva a intentarlo.',
  'step.unlock.cedula.title': 'Escriba su cédula y pulse «Desbloquear»',
  'step.unlock.cedula.tip': '10 dígitos, sin guiones ni espacios. Tenga su correo abierto antes de pulsar.',
  'step.unlock.cedula.fail':
    'Si no le deja desbloquear, quizá falta el registro de huella: acuda a una oficina del IESS.',
  'step.unlock.email.title': 'Abra el correo enseguida: el enlace dura 3 minutos',
  'step.unlock.email.tip': 'Busque en Recibidos, Spam y Promociones.',
  'step.unlock.email.fail': 'Si el enlace venció, pida el desbloqueo otra vez y ábralo de inmediato.',
  'step.unlock.link.title': 'Pulse el enlace del correo',
  'step.unlock.link.tip': 'La página debe decir que su clave fue desbloqueada.',
  'step.unlock.link.fail': 'Si dice que venció, repita desde «Escriba su cédula».',
  'step.unlock.test.title': 'Entre una vez para probar su clave',
  'step.unlock.test.tip': 'Use su clave de siempre. Si no la recuerda, elija «Generar o recuperar mi clave».',
  'step.unlock.test.fail': 'Si se bloquea otra vez, no siga intentando: acuda a una oficina del IESS.',

  // Steps: update contact data
  'step.update.open.title': 'Abra la página oficial de actualización de datos',
  'step.update.open.tip': 'Use el botón de abajo. La dirección debe empezar con https://app.iess.gob.ec/',
  'step.update.open.fail': 'Si el sistema está lento, intente en otro horario, por ejemplo temprano en la mañana.',
  'step.update.login.title': 'Identifíquese como le pide la página',
  'step.update.login.tip': 'Con su cédula y su clave del IESS. Si no tiene clave, primero genérela.',
  'step.update.login.fail':
    'Si su clave no funciona, elija «Generar o recuperar mi clave» o «Desbloquear mi clave».',
  'step.update.data.title': 'Revise su correo y su celular',
  'step.update.data.tip': 'Escriba un correo que usted mismo abra. Celular: 09 y 8 dígitos.',
  'step.update.data.fail': 'El trámite es gratuito: no pague a nadie por llenar el formulario.',
  'step.update.code.title': 'Busque el código de verificación en su correo',
  'step.update.code.tip': 'Busque en Recibidos, Spam y Promociones.',
  'step.update.code.fail': 'Si no llega en unos minutos, vuelva a pedirlo desde la misma página.',
  'step.update.confirm.title': 'Escriba el código y guarde los cambios',
  'step.update.confirm.tip': 'Espere a que la página confirme que sus datos se actualizaron.',
  'step.update.confirm.fail': 'Si no se guarda, intente más tarde o acuda a una oficina del IESS con su cédula.',

  // Steps: employer
  'step.empleador.open.title': 'Abra la página oficial de empleadores',
  'step.empleador.open.tip': 'Elija «Registro de nuevo empleador» o la solicitud de clave que le corresponda.',
  'step.empleador.open.fail': 'Si la página no carga, espere unos minutos y vuelva a intentarlo.',
  'step.empleador.form.title': 'Llene la solicitud en línea',
  'step.empleador.form.tip':
    'Tenga a mano: RUC, sucursal, razón social, cédula del representante legal, correo, dirección y teléfono.',
  'step.empleador.form.fail': 'Si el RUC no es aceptado, compárelo con su certificado de RUC del SRI.',
  'step.empleador.print.title': 'Imprima la solicitud y fírmela',
  'step.empleador.print.tip': 'Firma el representante legal.',
  'step.empleador.docs.title': 'Prepare los documentos',
  'step.empleador.docs.tip': 'Lleve la solicitud firmada, el RUC y la cédula del representante legal.',
  'step.empleador.docs.fail': 'Si va otra persona, pregunte antes en el IESS qué autorización necesita.',
  'step.empleador.office.title': 'Termine el trámite en una oficina del IESS',
  'step.empleador.office.tip': 'La clave de empleador no queda lista solo en línea: se termina en persona.',
  'step.empleador.test.title': 'Reciba su clave y entre una vez para probarla',
  'step.empleador.test.tip': 'Siga lo que le indiquen en la oficina. Si le envían un correo, revise también Spam.',

  // Steps: BIESS
  'step.biess.clave.title': 'Tenga lista su clave del IESS',
  'step.biess.clave.tip': 'El BIESS no tiene clave propia: se entra con la cédula y la clave del IESS.',
  'step.biess.clave.fail':
    'Si no tiene clave o la olvidó, elija «Generar o recuperar mi clave». Si está bloqueada, «Desbloquear mi clave».',
  'step.biess.open.title': 'Abra la página oficial del BIESS',
  'step.biess.open.tip': 'La dirección debe empezar con https:// y terminar en biess.fin.ec',
  'step.biess.login.title': 'Entre con su cédula y su clave del IESS',
  'step.biess.login.tip': 'Escríbala usted mismo. El BIESS no le pide la clave por teléfono.',
  'step.biess.login.fail': 'Ayuda del BIESS: 1800-BIESS7 (1800-243777).',
  'step.biess.done.title': 'Al terminar, cierre la sesión',
  'step.biess.done.tip': 'Sobre todo en una computadora que no es suya.',
} as const;

export type PopupKey = keyof typeof es;

const en: Record<PopupKey, string> = {
  'app.title': 'IESS Clave Assistant',
  'app.unofficial': 'Unofficial: not by the IESS or the BIESS.',
  'app.loading': 'Loading…',
  'app.privacy':
    'Your progress is kept only on this device. Your cédula, email, phone and clave are never stored.',
  'lang.label': 'Idioma / Language',
  'lang.es': 'Español',
  'lang.en': 'English',

  'site.heading': 'The open tab',
  'site.official': 'Official IESS or BIESS site',
  'site.lookalike': 'Careful: this page is NOT the IESS or the BIESS',
  'site.other': 'This tab is not an IESS or BIESS page',
  'site.unknown': 'Cannot tell which page is open',
  'site.host': 'Address: {host}',
  'site.reason.official': 'The address ends in iess.gob.ec or biess.fin.ec and the connection is secure (https).',
  'site.reason.http': 'The connection is not secure (http). Official pages use https.',
  'site.reason.userinfo':
    'The address hides the real site behind an “@”. The real site is another one. Do not type anything here.',
  'site.reason.punycode': 'The address uses special letters that can imitate others. Do not type your clave here.',
  'site.reason.retired': 'iess.gov.ec is no longer an IESS address. Use iess.gob.ec.',
  'site.reason.similar':
    'The name looks like the IESS or the BIESS, but it is not official. Official pages end in iess.gob.ec or biess.fin.ec.',
  'site.reason.unrelated': 'For your clave, use only pages ending in iess.gob.ec or biess.fin.ec.',
  'site.reason.not-web': 'This tab is not a web page.',
  'site.reason.no-url': 'Open this assistant from the tab you want to check.',
  'site.reason.unparseable': 'The address could not be read.',
  'site.neverAsks':
    'The IESS never asks for your clave by email, phone, chat or links outside its site. Never share it.',

  'perm.missing': 'The assistant has no permission to help you on IESS and BIESS pages.',
  'perm.grant': 'Grant permission again',
  'perm.denied': 'Permission was not granted. You can try again.',

  'choose.heading': 'What do you need to do?',
  'choose.started': 'In progress',
  'choose.waiting': 'Waiting for the email',
  'profile.afiliado.name': 'Create or recover my clave',
  'profile.afiliado.desc': 'Members and retirees: a new or forgotten clave.',
  'profile.unlock.name': 'Unlock my clave',
  'profile.unlock.desc': 'Your clave was blocked after failed attempts.',
  'profile.update.name': 'Update my contact details',
  'profile.update.desc': 'Email and mobile phone registered with the IESS.',
  'profile.empleador.name': 'Employer clave',
  'profile.empleador.desc': 'Requested online and finished at an IESS office.',
  'profile.biess.name': 'Log in to the BIESS',
  'profile.biess.desc': 'Loans: the BIESS uses the same IESS clave.',

  'list.heading': 'Steps: {profile}',
  'list.count': '{done} of {total} done',
  'list.change': 'Change task',
  'list.ifFails': 'If this fails',
  'list.open': 'Open the official page',
  'list.allDone': 'Done: you completed every step.',
  'list.doneMark': 'Done',
  'list.todoMark': 'To do',
  'list.practice': 'Practice',
  'list.showAll': 'Show all steps',
  'list.showLess': 'Show only the current step',
  'list.more': 'Show',
  'list.less': 'Hide',
  'list.stepN': 'step {n}',
  'list.markDone': 'I did it',
  'practice.open': 'Practise without real data',
  'mode.label': 'Which steps to show',
  'mode.real': 'My task',
  'practice.desc': 'A practice portal with made-up data. Works offline and keeps nothing.',
  'practice.presenter': 'Presenter mode (to show the steps on a big screen)',

  'employer.note':
    'The employer clave is not finished online only: the request is generated here and finished at an IESS office.',
  'employer.bring': "Bring: RUC, the legal representative's cédula and the signed request.",

  'email.heading': 'Check your email',
  'email.countdownLabel': 'The email link expires in',
  'email.minutesLeft': 'About {n} minutes left to use the email link.',
  'email.oneMinuteLeft': 'Less than 1 minute left to use the email link.',
  'email.expired': 'The email link has expired.',
  'email.expired.afiliado':
    'Go back to the official “Generar / Recuperar clave” page and start again to get a new email.',
  'email.expired.unlock': 'Ask for the unlock again and open the email right away: the link lasts 3 minutes.',
  'email.expired.generic': 'Go back to the official page and ask for a new email.',
  'email.noLimit': 'A code or a link arrives. It can take a few minutes.',
  'email.spamNow': 'Not there? Check Spam, Promotions and Junk.',
  'email.lookSpam': 'Also look in Spam and Promotions.',
  'email.noAccess': 'I can no longer open my email',
  'email.notArriving': 'The email does not arrive',
  'email.notArriving.wait': 'Wait a few minutes. Sometimes it is slow.',
  'email.notArriving.address': 'Check that it is the email you registered with the IESS.',
  'email.notArriving.again': 'If it still does not arrive, ask for the email again on the official page.',
  'email.askAgain': 'Ask for another email',
  'email.unmark.q': 'Mark the email steps as not done?',
  'email.unmark.yes': 'Yes',
  'email.unmark.no': 'No',
  'mailbox.question': 'Which email do you use?',
  'mailbox.gmail': 'Gmail',
  'mailbox.outlook': 'Outlook / Hotmail',
  'mailbox.yahoo': 'Yahoo',
  'mailbox.other': 'Other',
  'mailbox.tip.gmail':
    'In Gmail: look in “Inbox”, the “Promotions” tab and the “Spam” folder (in the menu, “More”). If it is in Spam, press “Not spam”.',
  'mailbox.tip.outlook': 'In Outlook / Hotmail: look in “Inbox”, the “Other” tab and the “Junk Email” folder.',
  'mailbox.tip.yahoo': 'In Yahoo: look in “Inbox” and the “Spam” folder.',
  'mailbox.tip.other': 'Look in the inbox and the Spam, Promotions or Junk folders. Search your mail for “IESS”.',


  'reset.button': 'Start over',
  'reset.confirm': 'Delete the progress of this task? Other tasks are kept.',
  'reset.yes': 'Yes, delete',
  'reset.no': 'No, go back',

  'notify.spam.title': 'IESS email not arriving?',
  'notify.spam.body': 'Not there? Check Spam, Promotions and Junk.',
  'notify.expired.title': 'The email link has expired',

  'step.afiliado.open.title': 'Open the official “Generar / Recuperar clave” page',
  'step.afiliado.open.tip': 'Use the button below. The address must start with https://app.iess.gob.ec/',
  'step.afiliado.open.fail': 'If the page does not load, wait a few minutes and try again. Do not use third-party pages.',
  'step.afiliado.cedula.title': 'Type your cédula exactly as registered',
  'step.afiliado.cedula.tip': '10 digits, no dashes or spaces. Foreigners without a cédula: your IESS code.',
  'step.afiliado.cedula.fail':
    'If it says it does not exist, check each digit. If it still fails, go to an IESS office with your cédula.',
  'step.afiliado.robot.title': 'Tick “No soy un robot” (I am not a robot) and press “Buscar”',
  'step.afiliado.robot.tip': 'If pictures appear, pick the ones it asks for and press “Verificar”.',
  'step.afiliado.robot.fail': 'If it does not move on, reload the page and tick the box again.',
  'step.afiliado.questions.title': 'Answer the validation questions',
  'step.afiliado.questions.tip': 'They are about your work history and your details. Take your time.',
  'step.afiliado.questions.fail':
    'A wrong answer changes the questions. If you do not know them, go to an IESS office with your cédula.',
  'step.afiliado.email.title': 'Confirm your registered email',
  'step.afiliado.email.tip': 'It must be an email you can open today: the link goes there.',
  'step.afiliado.email.fail': 'If you can no longer open that email, see “I no longer have access to my registered email”.',
  'step.afiliado.inbox.title': 'Wait for the email and open it',
  'step.afiliado.inbox.tip': 'Look in Inbox, Spam and Promotions. Press “Clic para continuar”.',
  'step.afiliado.inbox.fail': 'The link lasts about 15 minutes. If it expired, start again on the official page.',
  'step.afiliado.clave.title': 'Create your clave',
  'step.afiliado.clave.tip':
    'Accept the terms and type the clave with the on-screen keyboard. Do not use your cédula or birth date.',
  'step.afiliado.clave.fail': `If it is refused, check it: ${CLAVE_RULE.en}`,
  'step.afiliado.test.title': 'Log in once to test your clave',
  'step.afiliado.test.tip': 'Log in with your cédula and the new clave. Keep it somewhere safe and never share it.',
  'step.afiliado.test.fail':
    'If it fails, check capital and small letters. After several tries the clave is blocked: choose “Unlock my clave”.',

  'step.unlock.check.title': 'Check that you can do it online',
  'step.unlock.check.tip':
    'It only works if you registered your fingerprint at an IESS office before and can open your registered email.',
  'step.unlock.check.fail':
    'If you never registered your fingerprint, go to an IESS office (Centro de Atención Universal) with your cédula.',
  'step.unlock.open.title': 'Open the official “Desbloqueo de clave” page',
  'step.unlock.open.tip': 'Use the button below. The address must start with https://app.iess.gob.ec/',
  'step.unlock.open.fail': 'If the page does not load, wait a few minutes and try again.',
  'step.unlock.cedula.title': 'Type your cédula and press “Desbloquear”',
  'step.unlock.cedula.tip': '10 digits, no dashes or spaces. Have your email open before you press it.',
  'step.unlock.cedula.fail':
    'If it will not unlock, the fingerprint registration may be missing: go to an IESS office.',
  'step.unlock.email.title': 'Open the email right away: the link lasts 3 minutes',
  'step.unlock.email.tip': 'Look in Inbox, Spam and Promotions.',
  'step.unlock.email.fail': 'If the link expired, ask for the unlock again and open it immediately.',
  'step.unlock.link.title': 'Press the link in the email',
  'step.unlock.link.tip': 'The page must say that your clave was unlocked.',
  'step.unlock.link.fail': 'If it says it expired, repeat from “Type your cédula”.',
  'step.unlock.test.title': 'Log in once to test your clave',
  'step.unlock.test.tip': 'Use your usual clave. If you do not remember it, choose “Create or recover my clave”.',
  'step.unlock.test.fail': 'If it blocks again, stop trying: go to an IESS office.',

  'step.update.open.title': 'Open the official data update page',
  'step.update.open.tip': 'Use the button below. The address must start with https://app.iess.gob.ec/',
  'step.update.open.fail': 'If the system is slow, try at another time, for example early in the morning.',
  'step.update.login.title': 'Identify yourself as the page asks',
  'step.update.login.tip': 'With your cédula and IESS clave. If you have no clave, create it first.',
  'step.update.login.fail': 'If your clave does not work, choose “Create or recover my clave” or “Unlock my clave”.',
  'step.update.data.title': 'Check your email and mobile phone',
  'step.update.data.tip': 'Type an email you open yourself. Mobile: 09 and 8 digits.',
  'step.update.data.fail': 'It is free: do not pay anyone to fill in the form.',
  'step.update.code.title': 'Find the verification code in your email',
  'step.update.code.tip': 'Look in Inbox, Spam and Promotions.',
  'step.update.code.fail': 'If it does not arrive within a few minutes, ask for it again on the same page.',
  'step.update.confirm.title': 'Type the code and save the changes',
  'step.update.confirm.tip': 'Wait until the page confirms that your details were updated.',
  'step.update.confirm.fail': 'If it does not save, try later or go to an IESS office with your cédula.',

  'step.empleador.open.title': 'Open the official employer page',
  'step.empleador.open.tip': 'Choose “Registro de nuevo empleador” or the clave request that applies to you.',
  'step.empleador.open.fail': 'If the page does not load, wait a few minutes and try again.',
  'step.empleador.form.title': 'Fill in the request online',
  'step.empleador.form.tip':
    "Have at hand: RUC, branch, company name, the legal representative's cédula, email, address and phone.",
  'step.empleador.form.fail': 'If the RUC is refused, compare it with your SRI RUC certificate.',
  'step.empleador.print.title': 'Print the request and sign it',
  'step.empleador.print.tip': 'The legal representative signs.',
  'step.empleador.docs.title': 'Get the documents ready',
  'step.empleador.docs.tip': "Bring the signed request, the RUC and the legal representative's cédula.",
  'step.empleador.docs.fail': 'If someone else goes, ask the IESS first which authorisation they need.',
  'step.empleador.office.title': 'Finish at an IESS office',
  'step.empleador.office.tip': 'The employer clave is not ready online only: it is finished in person.',
  'step.empleador.test.title': 'Get your clave and log in once to test it',
  'step.empleador.test.tip': 'Follow what the office tells you. If they send an email, check Spam too.',

  'step.biess.clave.title': 'Have your IESS clave ready',
  'step.biess.clave.tip': 'The BIESS has no clave of its own: you log in with your cédula and IESS clave.',
  'step.biess.clave.fail':
    'If you have no clave or forgot it, choose “Create or recover my clave”. If it is blocked, “Unlock my clave”.',
  'step.biess.open.title': 'Open the official BIESS page',
  'step.biess.open.tip': 'The address must start with https:// and end in biess.fin.ec',
  'step.biess.login.title': 'Log in with your cédula and IESS clave',
  'step.biess.login.tip': 'Type it yourself. The BIESS does not ask for your clave by phone.',
  'step.biess.login.fail': 'BIESS help line: 1800-BIESS7 (1800-243777).',
  'step.biess.done.title': 'When you finish, log out',
  'step.biess.done.tip': 'Especially on a computer that is not yours.',
};

export const POPUP_DICTS = { es: es as Record<PopupKey, string>, en };
export const POPUP_KEYS = Object.keys(es) as PopupKey[];

export const tp = makeTranslator<PopupKey>(POPUP_DICTS);

export function isPopupKey(key: string): key is PopupKey {
  return Object.prototype.hasOwnProperty.call(es, key);
}

export type { Lang };
