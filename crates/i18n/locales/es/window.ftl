## The window's frame: palette, shortcuts, banners, Settings' accounts and About

## La paleta de comandos (Ctrl+K)

palette-label = Paleta de comandos
palette-placeholder = Ir a una pantalla, una publicación, un periodo…
# The list of what the palette offers, as screen readers name it.
palette-commands = Comandos
palette-empty = No hay coincidencias. Prueba con el nombre de una pantalla o con palabras de una publicación.
# $screen is a screen's name (screen-today…).
palette-go-to = Ir a { $screen }
# $range is a range's name ("30 days").
palette-range = Periodo: { $range }
# $account is a handle (@name).
palette-show-account = Mostrar { $account }
palette-export-chart = Exportar este gráfico…
# $excerpt is the start of a post's text.
palette-post = Publicación: { $excerpt }

## La lista de atajos de teclado (?)

shortcuts-title = Atajos de teclado
shortcuts-screens = Ir a una pantalla, en el orden de la barra lateral
shortcuts-palette = Paleta de comandos: pantallas, publicaciones, periodos, sincronización, exportación
shortcuts-sync = Sincronizar la cuenta mostrada
shortcuts-close-window = Cerrar la ventana (Spool sigue en la bandeja del sistema, si la hay)
shortcuts-chart = Leer los valores de un gráfico cuando tiene el foco
shortcuts-this-list = Esta lista
shortcuts-close-dialogs = Cerrar la paleta o esta lista
shortcuts-close = Cerrar

## El marco de la ventana: la barra lateral

# $version is Spool's version ("0.1.0").
app-version = Spool { $version }
# The sidebar, as screen readers name it.
app-screens = Pantallas
app-show-account = Mostrar cuenta
# The badge of the demo account.
app-demo-badge = DEMO
# An account in the sidebar's switcher: $account is its handle (@name).
app-account-demo = { $account } (DEMO)
# The window could not reach Spool's native side: $detail says what failed, in technical words.
app-ipc-failed = La ventana de Spool no pudo comunicarse con la app: { $detail }. Reinicia Spool; si esto sigue pasando, infórmanos del problema.
# $detail when nothing says what failed.
app-ipc-unknown = un fallo desconocido

## Avisos sobre la pantalla

# $account is a handle (@name), drawn in bold.
banner-needs-login = Threads ya no acepta la sesión de { $account }. Vuelve a iniciar sesión para mantener sus estadísticas al día; lo que Spool guardó se conserva.
banner-log-in-again = Volver a iniciar sesión
banner-dismiss = Descartar
# Folds what Meta's support would ask for about an error.
banner-details = Detalles

## Configuración → Cuentas

settings-accounts = Cuentas
settings-no-account = Aún no hay ninguna cuenta: prueba la demo o conecta la tuya más abajo.
settings-needs-login = Hay que volver a iniciar sesión
# $date is a date.
settings-login-valid-until = Sesión válida hasta el { $date }
settings-show-account = Mostrar
settings-shown = Mostrada
settings-log-out = Cerrar sesión
# $account is a handle (@name).
settings-logged-out = Se cerró la sesión de { $account }: Spool borró de este equipo todas las copias de su sesión. Para quitarle también a Spool el acceso en Threads, abre Threads: Configuración → Cuenta → Permisos de sitios web.

## Configuración → Conectar una cuenta

settings-connect = Conectar una cuenta
settings-demo-note = ¿Aún no tienes una app de Meta? La cuenta demo muestra Spool con 18 meses de estadísticas simuladas; no necesita iniciar sesión.
settings-try-demo = Probar la demo
settings-demo-starting = Iniciando la demo…
settings-own-account = Tu propia cuenta de Threads
settings-own-account-note = Meta solo permite que una app lea las estadísticas de las personas que tiene registradas como testers, así que Spool inicia sesión a través de una app de Meta tuya. Configurarla lleva unos cinco minutos, una sola vez.
# Names in Meta's developer dashboard, drawn in bold in the steps below.
settings-meta-use-case = Access the Threads API
settings-meta-roles = Roles → Roles
settings-meta-tester = Threads Tester
settings-meta-use-case-settings = Use cases → Customize → Settings
settings-meta-basic = App settings → Basic
settings-meta-app-id = Threads app ID
settings-meta-app-secret = Threads app secret
# $usecase is settings-meta-use-case.
settings-step-create-app = En developers.facebook.com, crea una app y elige el caso de uso { $usecase }.
# $roles is settings-meta-roles, $tester settings-meta-tester. The path at the end is Threads' own menus.
settings-step-tester = En { $roles } de la app, agrégate como { $tester } y luego acepta la invitación en Threads (Configuración → Cuenta → Permisos de sitios web → Invitaciones).
# $place is settings-meta-use-case-settings.
settings-step-redirect = En { $place }, agrega exactamente esta URL de devolución de llamada de redireccionamiento:
settings-login-port = Spool recibe el inicio de sesión en este puerto de tu equipo
settings-change-port = Cambiar puerto
settings-port-invalid = Un puerto es un número entero entre 1024 y 65535.
# $place is settings-meta-basic, $id settings-meta-app-id, $secret settings-meta-app-secret.
settings-step-app-id = En { $place }, copia aquí el { $id } y el { $secret } (no el identificador de la app de Facebook):
settings-app-id = Identificador de la app de Threads
settings-app-secret = Clave secreta de la app de Threads
settings-app-secret-saved = guardada (vuelve a escribirla para reemplazarla)
settings-save-app = Guardar
settings-log-in = Iniciar sesión con Threads
settings-save-app-first = Primero guarda el identificador y la clave secreta de la app.
settings-login-browser-opened = Tu navegador abrió el inicio de sesión de Threads. Autoriza a Spool allí; esta página continúa sola.
settings-login-open-address = Abre esta dirección en tu navegador y autoriza a Spool; esta página continúa sola:
settings-login-certificate = El navegador avisa una vez de que la conexión con 127.0.0.1 no es privada: Spool creó ese certificado para recibir el inicio de sesión en tu equipo. Elige Configuración avanzada → Acceder.
settings-login-paste-address = O pega la dirección a la que llegó el navegador
settings-login-continue = Continuar
settings-login-cancel = Cancelar
settings-login-errors = Si Threads muestra un error
# $address is the redirect address, drawn as code.
settings-login-errors-note = La dirección de redireccionamiento que hay que registrar es { $address }. Si pegas abajo la dirección de la página de error de Threads, sabrás cuál de estos errores es.
# One row of that list: $code is Meta's error code (drawn in bold); $meaning and $fix are
# the row's login-window-…-meaning and login-window-…-fix.
settings-login-window-error = { $code }: { $meaning }. { $fix }
settings-token-label = O pega un token de larga duración del User Token Generator de la app
settings-token-log-in = Iniciar sesión con token
settings-copy = Copiar
settings-copied = Copiado

## Qué significan los errores de la ventana de inicio de sesión de Threads y qué cambiar, por código de error de Meta

login-window-1349168-meaning = la dirección de redirección que envió Spool no está registrada en la app
login-window-1349168-fix = En el panel de apps de Meta, abre Use cases → Access the Threads API → Settings y agrega en “Redirect Callback URLs” la dirección de redirección que muestra la Configuración de Spool, exactamente como aparece (https, 127.0.0.1, el mismo puerto y la misma ruta); guarda y vuelve a iniciar sesión.
login-window-1349026-meaning = el identificador no es el de una app de Threads: por lo general se ingresó el identificador de la app de Facebook
login-window-1349026-fix = En el panel de apps de Meta, abre App settings → Basic y copia el “Threads app ID” y el “Threads app secret” (no el App ID de la parte superior de la página) en la Configuración de Spool; luego vuelve a iniciar sesión.
login-window-4476002-meaning = no llegó a la ventana ningún identificador de app utilizable: se ingresó el identificador de la app de Facebook, o la dirección perdió sus parámetros en una redirección de threads.net a threads.com
login-window-4476002-fix = Comprueba que la Configuración de Spool tenga el “Threads app ID” de App settings → Basic (no el Facebook App ID) y luego vuelve a iniciar sesión desde Spool, que abre www.threads.com directamente.
login-window-1349245-meaning = la cuenta de Threads todavía no aceptó la invitación para probar la app
login-window-1349245-fix = En el panel de apps de Meta, agrega la cuenta en App roles → Roles → Threads Testers; luego, en Threads, abre Configuración → Cuenta → Permisos de sitios web → Invitaciones y acepta la invitación. Vuelve a iniciar sesión con esa cuenta.
login-window-1349187-meaning = la dirección de redirección no es https
login-window-1349187-fix = Registra y usa una dirección de redirección https: la de Spool es la dirección https://127.0.0.1 que muestra su Configuración. Se rechazan http simple y los esquemas personalizados.
login-window-1-meaning = Meta no pudo leer la solicitud: un identificador de app que no es un número, parámetros perdidos en el camino o una falla pasajera
login-window-1-fix = Comprueba que el identificador de la app de Threads en la Configuración de Spool sea el número de App settings → Basic, sin espacios, y luego vuelve a iniciar sesión desde Spool. Si el problema continúa, vuelve a intentarlo en unos minutos.

## Configuración → Tus datos

settings-your-data = Tus datos
settings-data-note = Spool guarda tus sesiones, la clave secreta de tu app de Meta, tu configuración y el historial de cada sincronización en su carpeta de datos de este equipo, y en ningún otro lugar.
settings-remove-all = Eliminar todos los datos…
settings-remove-question = ¿Eliminar de este equipo todas las sesiones, la configuración y todo el historial?
settings-remove-warning = Threads conserva tus publicaciones; lo que solo guarda Spool (los seguidores a lo largo del tiempo, el crecimiento de cada publicación) no se puede recuperar. Haz antes una copia de seguridad si crees que podrías necesitarlo.
settings-remove-confirm = Eliminar todo
settings-remove-cancel = Conservar mis datos
settings-removed = Se eliminaron todas las sesiones, la configuración y el historial.

## Configuración → Acerca de

settings-about = Acerca de
settings-loading = Cargando…
settings-about-version = Versión
settings-about-data-folder = Carpeta de datos
settings-about-log-folder = Carpeta de registros
settings-about-system = Sistema
settings-about-logins = Sesiones
# $store is the system's credential store ("the macOS Keychain").
settings-secrets-system-store = Cifradas en el disco; la clave la guarda { $store }.
# $path is a file's path.
settings-secrets-key-file = Cifradas en el disco, pero ningún almacén de credenciales del sistema respondió, así que la clave se guarda en { $path }, que solo tú puedes leer: cualquiera que pueda leer tus archivos puede leer tus sesiones.
settings-secrets-memory = Solo en memoria.
