## Errores y avisos del lado nativo

## Lo que se le dice a la ventana cuando algo no se pudo hacer

error-no-account = Primero conecta una cuenta (Configuración → Conectar una cuenta) o prueba la demo.
error-needs-login = Vuelve a iniciar sesión en @{ $username } antes de sincronizar.
error-already-syncing = Esta cuenta ya se está sincronizando.
error-removing = Spool está eliminando todos los datos; mientras tanto no se puede sincronizar nada.
error-logging-out = Se está cerrando la sesión de esta cuenta; mientras tanto no se puede sincronizar nada de ella.
error-sync-did-not-stop = Una sincronización o una comprobación de inicio de sesión no se detuvo a tiempo, así que no se eliminó nada. Vuelve a intentarlo en un momento.
error-sync-interval = Sincroniza cada 1 a 168 horas (una semana).
error-login-port = Elige un puerto entre 1024 y 65535; los puertos más bajos requieren permisos de administrador.
error-post-not-found = Esa publicación no está en el historial de Spool.
error-no-post-address = Threads no da ninguna dirección para esta publicación (contiene material protegido por derechos de autor).
error-not-a-threads-link = Spool solo abre publicaciones de threads.net o threads.com por https; la dirección de esta publicación ({ $url }) no lo es ({ $reason }), así que no se abrió.
error-link-not-an-address = no es una dirección web
error-link-not-https = no es una dirección https
error-link-not-threads = no está en threads.net ni en threads.com
error-browser = No se pudo abrir el navegador ({ $reason }); la publicación está en { $url }
error-start-at-login = Spool no pudo cambiar si se inicia al iniciar sesión en tu equipo ({ $reason }). Vuelve a intentarlo; si sigue fallando, cámbialo en la lista de aplicaciones de inicio de tu escritorio.
error-clipboard = El portapapeles rechazó la imagen ({ $reason }). Mejor expórtala como archivo.
error-chart-image = { $reason }. Por favor, informa de este error.
error-backup = Spool no pudo escribir { $path }: { $reason }
error-fault = Spool tuvo un fallo al { $doing }; tus datos no cambiaron. Vuelve a intentarlo; si vuelve a ocurrir, informa del error adjuntando el registro de Spool (Configuración → Acerca de muestra dónde está).

## Días que el selector de fechas no puede pedir

error-range-before-floor = Threads no guarda estadísticas anteriores al { $floor }; elige un día a partir de esa fecha.
error-range-in-future = El { $day } está en el futuro; elige hoy ({ $today }) o un día anterior.
error-range-reversed = El período termina ({ $until }) antes de empezar ({ $since }).

## Los archivos propios de Spool

error-storage-data-dir = Spool no pudo preparar su carpeta de datos { $path }: { $reason }
error-storage-in-use = Ya hay otra copia de Spool abierta con la carpeta de datos { $path }. Cambia a su ventana (o ciérrala y vuelve a abrir Spool): dos copias sobrescribirían los archivos de la otra.
error-storage-credentials = Spool no pudo leer ni escribir su archivo de credenciales: { $reason }
error-storage-credentials-unreadable = Spool no pudo leer su archivo de credenciales { $path }: { $reason }. No se cambió nada: haz que puedas leer el archivo (o repara el disco) y vuelve a abrir Spool.
error-storage-credentials-not-written = Spool no pudo guardar su archivo de credenciales { $path }: { $reason }. No se cambió nada: libera espacio o revisa los permisos de la carpeta de datos y vuelve a intentarlo.
error-storage-key-unavailable = Spool no pudo obtener la clave que cifra sus credenciales, guardada en { $holder }: { $reason }. Tus sesiones se conservan tal como estaban: desbloquea o inicia { $holder } y vuelve a abrir Spool.
# Where the key that seals the credentials is kept, as $holder (here) and $store
# (Settings → About) name it; key-holder-file's $path is the key's file.
key-holder-macos-keychain = el llavero de macOS
key-holder-windows-credential-manager = el Administrador de credenciales de Windows
key-holder-secret-service = el Secret Service (GNOME Keyring, KWallet)
key-holder-system = el almacén de credenciales del sistema
key-holder-file = el archivo { $path }
error-storage-unknown-account = Spool no conoce esa cuenta; puede que se haya cerrado su sesión

## La base de datos del historial

error-history-damaged = la base de datos del historial está dañada ({ $reason })
error-history-busy = otro programa está usando la base de datos del historial (otra copia de Spool o una herramienta que lee el archivo): cierra el otro Spool o ese programa y vuelve a intentarlo
error-history-read-only = Spool no puede escribir su historial: el disco o la carpeta de datos son de solo lectura ({ $reason }). Permite la escritura (Configuración → Acerca de muestra dónde está) y vuelve a intentarlo
error-history-disk-full = el disco donde está el historial de Spool está lleno: libera espacio y vuelve a intentarlo; no se perdió nada
error-history-cannot-open = Spool no pudo abrir ni leer su archivo de historial ({ $reason }): comprueba que Spool pueda leer y escribir en su carpeta de datos (Configuración → Acerca de muestra dónde está) y vuelve a intentarlo
error-history-migration = Spool no pudo actualizar su historial (paso { $step }: { $reason }); el archivo no cambió. Por favor, informa de este error
error-history-too-new = la base de datos del historial la escribió una versión más reciente de Spool (esquema { $found }); actualiza Spool
error-history-failed = la base de datos del historial falló: { $reason }

## Iniciar sesión

error-login-no-app = Primero ingresa el identificador y la clave secreta de tu app de Threads (Configuración → Conectar una cuenta).
error-login-bad-app-id = El identificador de la app de Threads es un número de 15 o 16 dígitos (App settings → Basic → Threads app ID).
error-login-bad-app-secret = La clave secreta de la app de Threads tiene 32 letras y dígitos (App settings → Basic → Threads app secret, después de "Show").
error-login-denied = Se canceló el inicio de sesión en la ventana de Threads. Vuelve a iniciar sesión y elige "Permitir" para que Spool pueda leer tus estadísticas.
error-login-state-mismatch = Esa dirección es de un intento de inicio de sesión anterior. Vuelve a iniciar sesión y pega la dirección que muestra el navegador al final.
error-login-not-an-address = Eso no es ni la dirección a la que llegó el navegador ni un código de inicio de sesión. Copia la dirección completa de la barra de direcciones del navegador después de permitir el acceso a Spool.
error-login-code-used = Este código de inicio de sesión ya se usó o caducó (los códigos sirven una sola vez, durante una hora). Vuelve a iniciar sesión.
error-login-app-refused = Threads no aceptó juntos el identificador y la clave secreta de la app. Vuelve a copiar ambos del panel de tu app (App settings → Basic, el identificador y la clave secreta de la app de Threads).
error-login-redirect-refused = Threads no aceptó la dirección de redirección. Registra exactamente la que muestra Configuración en los ajustes de Threads de tu app y vuelve a iniciar sesión.
error-login-refused = Threads rechazó el inicio de sesión: { $message }
error-login-timed-out =
    No llegó ninguna respuesta del navegador en { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }; vuelve a iniciar sesión.
error-login-listener = Spool no pudo esperar el inicio de sesión en 127.0.0.1:{ $port } ({ $reason }). Puede que otro programa use ese puerto: elige otro en Configuración y registra la nueva dirección de redirección.
error-login-not-started = No hay ningún inicio de sesión en curso: elige primero "Iniciar sesión con Threads".
error-login-cancelled = Se canceló el inicio de sesión.
error-login-demo = No se pudo iniciar la demo: { $reason }
# Meta's window showed its own error page: $code is its error code; $meaning and $fix
# say it (a login-window-…-meaning and -fix).
error-login-window-refused = La ventana de inicio de sesión de Threads rechazó el inicio de sesión (error { $code }): { $meaning }. { $fix }
# A code Spool does not know: $message is Meta's own words.
error-login-window-unknown = La ventana de inicio de sesión de Threads rechazó el inicio de sesión (error { $code }: { $message }). Revisa el identificador de la app y la dirección de redirección en el panel de apps de Meta y vuelve a iniciar sesión.

## Una sincronización que se detuvo

error-sync-cancelled = Se canceló la sincronización; no se guardó nada y el historial quedó como estaba.
said-as-written = { $text }
error-sync-api = La sincronización se detuvo sin guardar nada: { $reason }
error-sync-too-many-pages = La sincronización se detuvo sin guardar nada: Threads mostró más de { $pages } páginas de publicaciones, más de las que lee una sincronización. Vuelve a intentarlo más tarde; si vuelve a ocurrir, informa del error.
error-sync-too-slow = La sincronización se detuvo sin guardar nada: seguía leyendo después de { $limit }. Revisa la conexión y vuelve a intentarlo más tarde.
error-sync-limit-seconds = { $seconds } s
error-sync-limit-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }

## Exportaciones y archivos guardados

error-export-range-needed = Elige los días que quieres exportar ({ $what }) y vuelve a exportar.
error-export-nothing-stored = Spool todavía no tiene datos guardados de { $what }: sincroniza y vuelve a exportar.
error-export-drawing = no se pudo dibujar el gráfico: { $reason }. Por favor, informa de este error; tus datos no cambiaron.
error-export-too-large = una imagen de { $width } × { $height } píxeles es demasiado grande; elige una resolución menor
error-export-encoding = Spool no pudo escribir el archivo { $format } ({ $reason }); por favor, informa de este error.
error-save-folder-missing = La carpeta de “{ $file }” ya no existe. Elige otra carpeta y vuelve a guardar.
error-save-not-writable = Spool no puede escribir “{ $file }” ahí: la carpeta es de solo lectura u otra app tiene el archivo abierto. Elige otra carpeta, o cierra el archivo en la otra app, y vuelve a guardar.
error-save-disk-full = No hay espacio suficiente para guardar “{ $file }”. Libera espacio o elige otra unidad y vuelve a guardar.
error-save-other = Spool no pudo guardar “{ $file }”: { $reason }. Elige otra carpeta y vuelve a guardar.
error-save-folder-in-the-way = ya hay una carpeta con ese nombre

## Respuestas de Threads

error-api-refused = no se envió: { $reason }
error-api-rate-limited = Threads está limitando las solicitudes (código { $code })
error-api-rate-limited-retry = Threads está limitando las solicitudes (código { $code }); vuelve a intentarlo en { $seconds } s
error-api-token-expired = el inicio de sesión caducó o se revocó (código { $code }): vuelve a iniciar sesión
error-api-permission-missing = al inicio de sesión le falta el permiso { $scope } (código { $code }): vuelve a iniciar sesión y concédelo
error-api-not-found = Threads no encontró ese objeto, o este inicio de sesión no tiene acceso a él (código 100, subcódigo 33): { $message }
error-api-invalid-subcode = Threads rechazó la solicitud (código 100, subcódigo { $subcode }): { $message }
error-api-invalid = Threads rechazó la solicitud (código 100): { $message }
error-api-login-refused = Threads rechazó { $step }: { $message }
error-api-step-code-exchange = la finalización del inicio de sesión
error-api-step-long-lived-exchange = la obtención de un inicio de sesión de larga duración
error-api-step-refresh = la renovación del inicio de sesión
error-api-step-profile = la lectura del perfil
error-api-step-posts = la lista de publicaciones
error-api-step-post-insights = la lectura de las estadísticas de una publicación
error-api-step-account-insights = la lectura de las estadísticas de la cuenta
error-api-transient = Threads tuvo un fallo pasajero ({ $detail }); vuelve a intentarlo en breve
error-api-other = Threads respondió con el error { $code }: { $message }
error-api-network = No se pudo conectar con Threads: { $reason }
error-api-timeout = Threads no respondió a tiempo
error-api-unexpected = Threads envió una respuesta inesperada (HTTP { $status }): { $detail }

## Avisos que no responden a ningún comando

native-history-unopened = Spool no pudo abrir su historial y dejó el archivo como estaba: { $reason }. Mientras tanto, tus cuentas y tu configuración funcionan, y el historial se abrirá solo cuando se resuelva la causa.
# Told once the window is up, about a file opened at start ($path: where the old file was kept).
native-credentials-restored = El archivo de credenciales de Spool estaba dañado, así que Spool restauró tus sesiones desde su copia de seguridad y guardó el archivo dañado en { $path }.
native-credentials-damaged = El archivo de credenciales de Spool estaba dañado, así que Spool se inició sin él y guardó una copia en { $path }. Vuelve a iniciar sesión en tus cuentas; tu historial no se vio afectado.
# $holder: where the key was kept ("the macOS Keychain", "the file …/credentials.key").
native-credentials-key-gone = Spool no pudo descifrar sus credenciales: la clave con la que se cifraron ya no está en { $holder }. Spool guardó el archivo cifrado en { $path } y se inició sin él. Vuelve a iniciar sesión en tus cuentas; tu historial no se vio afectado.
native-history-set-aside = No se pudo leer el historial de Spool, así que Spool empezó uno nuevo y guardó el archivo anterior en { $path }. Al volver a sincronizar se recupera lo que Threads aún conserva.
native-background-fault = Spool tuvo un fallo en segundo plano al { $doing } y siguió funcionando; tus datos no cambiaron y la próxima ronda lo volverá a intentar. Si este aviso vuelve a aparecer, informa del error adjuntando el registro de Spool (Configuración → Acerca de muestra dónde está).

## El cuadro de diálogo para guardar: los tipos de archivo que ofrece

dialog-filter-png = Imagen PNG
dialog-filter-svg = Imagen SVG
dialog-filter-csv = CSV (hojas de cálculo)
dialog-filter-json = JSON
dialog-filter-sqlite = Base de datos SQLite

## El menú de la aplicación en macOS

menu-about = Acerca de Spool
menu-settings = Ajustes…
menu-services = Servicios
menu-hide = Ocultar Spool
menu-hide-others = Ocultar otros
menu-show-all = Mostrar todo
menu-quit = Salir de Spool
menu-edit = Edición
menu-undo = Deshacer
menu-redo = Rehacer
menu-cut = Cortar
menu-copy = Copiar
menu-paste = Pegar
menu-select-all = Seleccionar todo
menu-view = Visualización
menu-full-screen = Activar/desactivar pantalla completa
menu-window = Ventana
menu-minimize = Minimizar
menu-zoom = Zoom
menu-close-window = Cerrar ventana

## Lo que hacía Spool cuando tuvo un fallo (después de «al» en error-fault y native-background-fault)

error-doing-backing-up = hacer la copia de seguridad del historial
error-doing-checking-logins = comprobar las sesiones
error-doing-copying-chart = copiar el gráfico
error-doing-deciding-notifications = decidir qué notificar
error-doing-drawing-chart = dibujar el gráfico
error-doing-emptying-history = vaciar el historial
error-doing-exporting-chart = exportar el gráfico
error-doing-exporting-data = exportar los datos
error-doing-logging-in = iniciar sesión
error-doing-logging-in-with-token = iniciar sesión con el token
error-doing-logging-out = cerrar la sesión
error-doing-opening-demo = abrir la demo
error-doing-opening-history = abrir el historial
error-doing-opening-post = abrir la publicación
error-doing-reading-accounts = leer las cuentas
error-doing-reading-audience = leer el público
error-doing-reading-best-times = leer los mejores horarios
error-doing-reading-best-times-to-post = leer los mejores horarios para publicar
error-doing-reading-content-insights = leer las estadísticas del contenido
error-doing-reading-last-sync = leer la última sincronización
error-doing-reading-link-clicks = leer los clics en enlaces
error-doing-reading-login-settings = leer la configuración de inicio de sesión
error-doing-reading-overview = leer el resumen
error-doing-reading-pasted-address = leer la dirección pegada
error-doing-reading-post = leer la publicación
error-doing-reading-posts = leer las publicaciones
error-doing-reading-preferences = leer las preferencias
error-doing-reading-today = leer «Hoy»
error-doing-reading-todays-numbers = leer las cifras de hoy
error-doing-reading-what-works = leer «Lo que funciona»
error-doing-reading-young-posts = leer las publicaciones recientes
error-doing-recording-failed-sync = registrar una sincronización fallida
error-doing-removing-all-data = eliminar todos los datos
error-doing-running-scheduled-syncs = ejecutar las sincronizaciones programadas
error-doing-saving-file = guardar el archivo
error-doing-saving-login-port = guardar el puerto de inicio de sesión
error-doing-saving-preferences = guardar las preferencias
error-doing-saving-meta-app = guardar tu app de Meta
error-doing-starting-login = iniciar el proceso de inicio de sesión
error-doing-stopping-sync = detener la sincronización
error-doing-switching-accounts = cambiar de cuenta
error-doing-syncing = sincronizar

## Reports

error-unknown-account = Spool no tiene la cuenta @{ $username }: conéctala primero en Spool o indica una que tenga (demo para la cuenta de demostración).
error-report-folder = Spool no puede escribir informes en { $path }: { $reason }. Elige una carpeta que exista.
error-report-sync-failed = La sincronización falló, así que no se escribió ningún informe: { $reason }
error-report-sync-stopped = La sincronización se detuvo, así que no se escribió ningún informe.
error-doing-drawing-report = dibujar el informe
error-doing-writing-report = escribir el informe
error-doing-writing-scheduled-report = escribir el informe programado
error-doing-reading-report-schedule = leer la programación de informes
error-doing-saving-report-schedule = guardar la programación de informes
error-doing-choosing-folder = elegir una carpeta
