# Spool en español, traducido del inglés (locales/en/spool.ftl).
# Los ids empiezan por la parte de Spool que dice el mensaje.

## Quién es una cuenta, en la bandeja y en las notificaciones

account-handle = @{ $username }
account-handle-demo = @{ $username } (demo)

## El menú de la bandeja (el de la barra de menús en macOS)

tray-profile-views = Vistas del perfil: { $today } en lo que va de hoy, { $yesterday } ayer
tray-followers = Seguidores: { $followers }
tray-followers-change = Seguidores: { $followers } ({ $change } desde ayer)
tray-best-post =
    Mejor publicación de las últimas 24 h: { $views ->
        [one] { $views } vista
       *[other] { $views } vistas
    }
tray-best-post-against =
    Mejor publicación de las últimas 24 h: { $views ->
        [one] { $views } vista
       *[other] { $views } vistas
    }, { NUMBER($multiple, maximumFractionDigits: 1) } veces lo que tiene tu publicación típica en { $hours } h
tray-quote = “{ $excerpt }”
tray-no-post = Sin publicaciones en las últimas 24 horas
tray-no-account = Aún no hay ninguna cuenta: abre Spool para conectar una
tray-sync-now = Sincronizar ahora
tray-open = Abrir Spool
tray-quit = Salir de Spool
tray-sync-failed = Spool no pudo sincronizar
tray-still-running = Spool sigue en ejecución
tray-still-running-body = Sigue sincronizando en segundo plano y te avisa cuando pasa algo. Ábrelo o ciérralo desde su icono en la bandeja del sistema (la barra de menús en macOS); en Configuración puedes elegir que al cerrar la ventana se cierre Spool por completo.

## Notificaciones

notify-breakout = Una publicación de { $account } está despegando
notify-breakout-body =
    “{ $excerpt }” tiene { $views ->
        [one] { $views } vista
       *[other] { $views } vistas
    } en { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }: { NUMBER($multiple, maximumFractionDigits: 1) } veces lo que tiene tu publicación típica en el mismo tiempo.
notify-milestone = { $account } llegó a { $milestone } seguidores
notify-milestone-body = Ahora son { $followers } seguidores; en la sincronización anterior eran { $before }.
notify-login-needed = Vuelve a iniciar sesión en { $account }
notify-login-needed-body = Threads ya no acepta el inicio de sesión de Spool, así que no se sincronizará nada hasta que vuelvas a iniciar sesión en Configuración. Tu historial se conserva.
notify-login-ending =
    { $days ->
        [0] La sesión de { $account } vence hoy
        [1] La sesión de { $account } vence mañana
       *[other] La sesión de { $account } vence en { $days } días
    }
notify-login-ending-body = Spool no pudo renovarla. Vuelve a iniciar sesión en Configuración antes de que venza para seguir sincronizando.
notify-syncs-failing = Las sincronizaciones de { $account } siguen fallando
notify-syncs-failing-body = Las últimas { $failed } sincronizaciones fallaron. La última indicó: { $reason }
notify-no-reason = no se indicó ningún motivo

## Las pantallas: sus nombres en la barra lateral y como títulos, y lo que muestra cada una

screen-today = Hoy
screen-overview = Resumen
screen-insights = Lo que funciona
screen-posts = Publicaciones
screen-audience = Público
screen-links = Enlaces
screen-settings = Configuración
screen-today-purpose = Tus publicaciones de los últimos tres días frente a tu publicación típica, las vistas del perfil y los seguidores de hoy, y lo que necesita tu atención.
screen-overview-purpose = Vistas del perfil, me gusta, respuestas, reposts, citas, clics en enlaces y seguidores en el periodo que elijas.
screen-insights-purpose = Lo que te funciona: tus mejores publicaciones frente a lo habitual, formatos, longitudes, días de la semana, palabras y tu ritmo de publicación.
screen-posts-purpose = Cada publicación con sus vistas, me gusta, respuestas, reposts, citas y veces compartida, y cómo fue creciendo.
screen-audience-purpose = Dónde viven tus seguidores, su edad y su género, cuando tengas al menos 100 seguidores.
screen-links-purpose = Cuántas veces se hizo clic en los enlaces de tus publicaciones y de tu perfil.
screen-settings-purpose = Cuentas, preferencias e información sobre Spool.

## Configuración → Idioma

settings-language = Idioma
settings-language-label = Idioma de Spool
# $language is the system's language in its own name ("日本語", "Deutsch").
settings-language-system = Idioma del sistema ({ $language })
settings-language-note = Los menús, mensajes, notificaciones y gráficos exportados siguen esta elección al instante, y los números y las fechas se escriben como se escriben en este idioma en tu región.

## Edades de una publicación, como las llaman sus puntos de control

age-hours = { $hours } h
age-days =
    { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
# $multiple is how many times the typical post's views; $age is an age-hours or age-days text.
on-track = { NUMBER($multiple, maximumFractionDigits: 1) } veces lo que tiene tu publicación típica en { $age }

## Una pantalla antes de tener estadísticas que mostrar

waiting-no-account = Aún no hay ninguna cuenta de Threads conectada.
waiting-connected = La cuenta { $account } está conectada.
waiting-connect = Conectar una cuenta
waiting-try-demo = Probar la cuenta demo
waiting-demo-note = La demo muestra todas las pantallas con datos simulados, marcados como demo; no necesita ninguna app de Meta.

## Sincronización

sync-now = Sincronizar ahora
sync-cancel = Cancelar
# $done and $total count requests; $rate is requests per second.
sync-progress = { $done } de { $total } · { NUMBER($rate, maximumFractionDigits: 0) } solicitudes/s
sync-never = Aún sin sincronizar: Spool no tiene guardado ningún dato de esta cuenta.
# $when is a date and time.
sync-completed =
    Última sincronización: { $when } ({ $requests ->
        [one] { $requests } solicitud
       *[other] { $requests } solicitudes
    }).
sync-cancelled = La sincronización del { $when } se canceló; no se guardó nada.
sync-failed = Última sincronización, el { $when }: { $reason }
sync-failed-no-reason = falló sin que se indicara ningún motivo; no se guardó nada.
# $day is a day and month, $time a time of day.
sync-short-completed = Sincronizado el { $day }, a las { $time }
sync-short-cancelled = Última sincronización cancelada
sync-short-failed = Falló la última sincronización

## Hoy

today-views = Vistas del perfil en lo que va de hoy
today-usual-day = un día normal: { $views }
today-no-usual-day = aún no hay un día normal guardado
today-followers = Seguidores
today-followers-up = ▲ { $change } desde ayer
today-followers-down = ▼ { $change } desde ayer
today-no-reading = ninguna medición antes de hoy
today-recent = Tus últimos tres días
today-no-recent = No hay publicaciones en los últimos tres días.
# $ages lists the checkpoints ("1 h, 6 h, 24 h, 3 days, 7 days").
today-typical-note = Tu publicación típica es la del medio de tus publicaciones anteriores medidas a la misma edad ({ $ages }); mientras está en ejecución, Spool mide cada hora las publicaciones de menos de dos días y, si no, en cada sincronización.
today-typical-unknown =
    Spool necesita al menos { $posts ->
        [one] { $posts } publicación anterior medida
       *[other] { $posts } publicaciones anteriores medidas
    } a la misma edad para conocer tu publicación típica; mientras está en ejecución, mide las publicaciones recientes cada hora.
today-login-ending = Tu sesión vence el { $when }: vuelve a iniciar sesión antes para que Spool siga sincronizando.
today-login-needed = Threads ya no acepta esta sesión: vuelve a iniciar sesión para sincronizar.
today-log-in-again = Volver a iniciar sesión
today-sync-failed = La última sincronización, el { $when }, falló: { $reason }
today-not-synced =
    { $hours ->
        [one] Hace { $hours } hora que no se sincroniza nada.
       *[other] Hace { $hours } horas que no se sincroniza nada.
    }
today-no-text = (sin texto)
today-not-read = aún sin medir
today-post-views =
    { $views ->
        [one] { $views } vista
       *[other] { $views } vistas
    }
today-not-compared = Aún sin comparar: una publicación se compara cuando se ha medido a 1 h o más y ya se conoce tu publicación típica.
today-newest = Tu publicación más reciente frente a tu publicación típica

## Lists

# Between the items of a list ("1 h, 6 h, 24 h").
list-separator = { ", " }

## Configuración → Sincronización y En el escritorio

settings-syncing = Sincronización
# Followed by a choice of settings-sync-every-hours.
settings-sync-every = Mientras Spool esté en ejecución, sincronizar cada cuenta
settings-sync-every-hours =
    { $hours ->
        [one] cada hora
       *[other] cada { $hours } h
    }
settings-history-note = Spool guarda cada sincronización en un historial en este equipo; Threads por sí mismo no guarda ningún historial de seguidores ni del crecimiento de las publicaciones.
settings-back-up = Hacer una copia de seguridad de los datos…
settings-backed-up = Se guardó una copia del historial en { $path }.
settings-desktop = En el escritorio
settings-keep-in-tray = Al cerrar la ventana, mantener Spool en ejecución en la bandeja del sistema, sincronizando
settings-no-tray = Este escritorio no muestra iconos en la bandeja del sistema (en GNOME, la extensión AppIndicator los añade), así que al cerrar la ventana se cierra Spool: nunca se ejecuta donde no puedas verlo ni cerrarlo.
settings-start-at-login = Iniciar Spool en la bandeja del sistema cuando inicie sesión en este equipo
settings-notify-when = Avísame cuando…
settings-notify-breakouts = una publicación despegue (el doble de vistas que mi publicación típica a la misma edad)
settings-notify-milestones = mis seguidores lleguen a un hito (1.000, 2.500, 5.000…)
settings-notify-logins = una sesión vaya a vencer en menos de una semana, o haya que volver a iniciar sesión
settings-notify-failing-syncs = las sincronizaciones sigan fallando (tres seguidas)

# The sync panel before the first step of a sync is known.
sync-starting = Iniciando…
