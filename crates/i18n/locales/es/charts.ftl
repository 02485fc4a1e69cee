## Textos dibujados en los gráficos: títulos, leyendas, ejes, lecturas

## Palabras dibujadas en los gráficos: títulos, leyendas, ejes, notas y lecturas

# Una publicación sin texto, nombrada por su formato (un nombre format-*) y su día.
drawn-post-of = Publicación ({ $format }) del { $day }
drawn-quoted = “{ $text }”
drawn-posts =
    { $count ->
        [one] { $count } publicación
       *[other] { $count } publicaciones
    }
drawn-no-posts-with-views = No hay publicaciones con vistas en este periodo: elige un periodo más largo o sincroniza para leer tus publicaciones.

drawn-quality-note = Líneas discontinuas: tu publicación mediana, { $views } vistas y { $rate } por cada 100 vistas. Tasa de interacción: me gusta, respuestas, reposts y citas por cada 100 vistas.
drawn-views-log-scale = Vistas (escala logarítmica)
drawn-engagement-rate-axis = Tasa de interacción (por cada 100 vistas)
drawn-quality-readout =
    { $post }: { $views ->
        [one] { $views } vista
       *[other] { $views } vistas
    }, { $rate } por cada 100 vistas, { $quadrant }
drawn-in-quadrant-breakout = destacada
drawn-in-quadrant-conversation = conversación
drawn-in-quadrant-broadcast = difusión
drawn-in-quadrant-quiet = discreta

drawn-multiple = { $multiple }×
drawn-top-note =
    { $posts ->
        [one] { $posts } publicación comparada
       *[other] { $posts } publicaciones comparadas
    } con tu publicación mediana de la misma edad; { $breakouts ->
        [one] { $breakouts } de ellas es destacada
       *[other] { $breakouts } de ellas son destacadas
    }.
drawn-top-post = Publicación
drawn-top-breakout = Destacada ({ $multiple }× tus vistas habituales o más)
drawn-top-normal = Lo habitual (1×)
drawn-top-views-readout =
    { $post }: { $multiple } tus vistas habituales ({ $views ->
        [one] { $views } vista
       *[other] { $views } vistas
    })
drawn-top-views-readout-breakout =
    { $post }: { $multiple } tus vistas habituales ({ $views ->
        [one] { $views } vista
       *[other] { $views } vistas
    }), destacada
drawn-top-rate-readout = { $post }: { $multiple } tu tasa de interacción habitual ({ $rate } por cada 100 vistas)
drawn-top-rate-readout-breakout = { $post }: { $multiple } tu tasa de interacción habitual ({ $rate } por cada 100 vistas), destacada
drawn-no-engagement-rate = sin tasa de interacción
drawn-top-no-rate-readout =
    { $post }: sin tasa de interacción ({ $views ->
        [one] { $views } vista
       *[other] { $views } vistas
    })
drawn-views = Vistas
drawn-engagement-rate = Tasa de interacción
drawn-no-posts-to-compare = No hay publicaciones para comparar.
drawn-times-your-normal = × lo habitual

drawn-what-verdict = Lo mejor entre los grupos con { $minimum } publicaciones o más: { $by_views } por vistas ({ $views_posts }), { $by_rate } por interacción ({ $rate_posts }).
drawn-what-no-best =
    Ningún grupo tiene todavía { $minimum ->
        [one] { $minimum } publicación
       *[other] { $minimum } publicaciones
    }, así que ninguno se considera el mejor.
drawn-median-post = Publicación mediana
drawn-middle-half = Mitad central de las publicaciones
drawn-best = Lo mejor
drawn-too-few-posts = muy pocas publicaciones ({ $posts })
drawn-too-few-readout = { $group }: muy pocas publicaciones ({ $posts }) para una mediana; se necesitan { $minimum }
drawn-group-posts = { $group } · { $posts }
drawn-what-views-readout = { $group }: mediana de { $median } vistas (mitad central { $lower }–{ $upper }) en { $posts }
drawn-what-rate-readout = { $group }: tasa de interacción mediana de { $median } por cada 100 vistas (mitad central { $lower }–{ $upper }) en { $posts }
drawn-value-best = { $value } · lo mejor
drawn-best-by-views = { $readout }; el mejor por vistas
drawn-best-by-engagement = { $readout }; el mejor por interacción
drawn-median-views = Vistas medianas
drawn-median-engagement-long = Interacción mediana por cada 100 vistas
drawn-median-engagement-medium = Interacción por cada 100 vistas
drawn-median-engagement-short = Interacción

drawn-words-empty =
    Todavía ninguna palabra aparece en { $minimum ->
        [one] { $minimum } publicación
       *[other] { $minimum } publicaciones
    } o más en este periodo: elige un periodo más largo.
drawn-words-note =
    Palabras y hashtags usados en { $minimum ->
        [one] { $minimum } publicación
       *[other] { $minimum } publicaciones
    } o más, según las vistas medianas de esas publicaciones.
drawn-words-above = Por encima de la mediana de todas las publicaciones
drawn-words-below = Igual o por debajo
drawn-words-all-posts = Todas las publicaciones ({ $views })
drawn-words-value = { $views } · { $posts }
drawn-words-readout = “{ $word }”: mediana de { $views } vistas en { $posts } (tasa de interacción { $rate } por cada 100 vistas); mediana de todas las publicaciones: { $all } vistas

drawn-starters-empty = Ninguna publicación de este periodo tiene respuestas o citas todavía: elige un periodo más largo o sincroniza.
drawn-starters-note = Las publicaciones con más respuestas y citas para las vistas que tuvieron.
drawn-starters-readout =
    { $post }: { $per_thousand } respuestas y citas por cada 1.000 vistas ({ $replies ->
        [one] { $replies } respuesta
       *[other] { $replies } respuestas
    }, { $quotes ->
        [one] { $quotes } cita
       *[other] { $quotes } citas
    }, { $views ->
        [one] { $views } vista
       *[other] { $views } vistas
    })
drawn-starters-axis = Respuestas y citas por cada 1.000 vistas

drawn-calendar-empty = No hay días en este periodo: elige un periodo para ver tus días de publicación.
drawn-calendar-summary =
    Publicaste en { $posted } de { $weeks } semanas · racha actual: { $current ->
        [one] { $current } día
       *[other] { $current } días
    } · racha más larga: { $longest ->
        [one] { $longest } día
       *[other] { $longest } días
    }
drawn-calendar-readout =
    { $day }: { $posts ->
        [0] sin publicaciones
        [one] { $posts } publicación
       *[other] { $posts } publicaciones
    }
drawn-calendar-none = Ninguna
drawn-calendar-four-or-more = 4+ publicaciones al día

drawn-frequency-empty = Ninguna semana de este periodo tiene publicaciones con vistas: elige un periodo más largo o sincroniza.
drawn-frequency-note = ¿Publicar más en una semana diluye el alcance de cada publicación?
drawn-frequency-week = Una semana
drawn-frequency-median = Mediana de las semanas con esa cantidad de publicaciones
drawn-frequency-x = Publicaciones de esa semana
drawn-frequency-y = Vistas medianas por publicación
drawn-frequency-week-readout = Semana del { $week }: { $posts }, mediana de { $views } vistas por publicación
drawn-frequency-median-readout =
    Semanas con { $posts }: { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }, mediana de { $views } vistas por publicación

drawn-engagement-empty = No se publicó nada en este periodo: elige un periodo más largo, o publica y sincroniza.
drawn-engagement-note = Según el día en que se publicó cada publicación. Tasa de interacción: me gusta, respuestas, reposts y citas por cada 100 vistas de las publicaciones de los 7 días hasta cada día.
drawn-shares-in-development = Veces compartida (en desarrollo)
drawn-engagement-rate-7-days = Tasa de interacción, 7 días
drawn-interactions = Interacciones
drawn-per-100-views = Por cada 100 vistas
drawn-week-of = Semana del { $day }
drawn-engagement-readout =
    { $period }: { $likes } me gusta, { $replies ->
        [one] { $replies } respuesta
       *[other] { $replies } respuestas
    }, { $reposts } reposts, { $quotes ->
        [one] { $quotes } cita
       *[other] { $quotes } citas
    }, { $shares } veces compartida (en desarrollo), en { $posts } con { $views ->
        [one] { $views } vista
       *[other] { $views } vistas
    }; { $rate }
drawn-engagement-rate-of = tasa de interacción de { $rate } por cada 100 vistas
drawn-engagement-rate-of-smoothed = tasa de interacción de { $rate } por cada 100 vistas (7 días: { $smoothed })
drawn-engagement-no-views = sin vistas para una tasa de interacción
drawn-engagement-no-views-smoothed = sin vistas para una tasa de interacción (7 días: { $smoothed })

drawn-segment-other = Otros
drawn-segment-women = Mujeres
drawn-segment-men = Hombres
drawn-segment-unspecified = Sin especificar
drawn-no-followers = No hay seguidores en esta lectura.
drawn-no-link-clicks = No hay clics en enlaces en esta lectura.
drawn-followers-readout =
    { $name }: { $count ->
        [one] { $count } seguidor
       *[other] { $count } seguidores
    } ({ $share })
drawn-clicks-readout =
    { $name }: { $count ->
        [one] { $count } clic
       *[other] { $count } clics
    } ({ $share })

drawn-best-times-title = Vistas medianas según la hora de publicación
drawn-best-times-withheld = { $posts }×
drawn-weekday-hour = { $weekday } { $hour }
drawn-best-times-readout = { $when }: mediana de { $views } vistas en { $posts }
drawn-best-times-too-few = { $when }: { $posts }, muy pocas para una mediana
drawn-best-times-note = Celdas grises: menos de { $minimum } publicaciones, muy pocas para una mediana (el número indica cuántas).

drawn-observation-began = Observación desde el { $day }
drawn-no-follower-readings = Aún no hay lecturas de seguidores: empiezan con la primera sincronización.
drawn-followers-reading =
    { $when }: { $count ->
        [one] { $count } seguidor
       *[other] { $count } seguidores
    }
drawn-this-post = Esta publicación (vistas, en desarrollo en Meta)
drawn-no-post-readings = Aún no hay lecturas de esta publicación: empiezan con la próxima sincronización.
drawn-published = Publicada el { $when }
drawn-views-reading =
    { $when }: { $count ->
        [one] { $count } vista
       *[other] { $count } vistas
    }
drawn-all-links = Clics en todos los enlaces, desde el primer día leído
drawn-no-click-readings = Aún no hay lecturas de clics en enlaces: empiezan con la primera sincronización.
drawn-clicks-reading =
    { $when }: { $count ->
        [one] { $count } clic
       *[other] { $count } clics
    }
drawn-typical-post = Tu publicación típica (mitad central)
drawn-typical-readout = Con { $age }: { $median } vistas típicas (mitad central { $lower }–{ $upper })

drawn-no-profile-views = No se informaron vistas del perfil para estos días.
drawn-7-day-average = Promedio de 7 días
drawn-profile-views-readout =
    { $day }: { $views ->
        [one] { $views } vista del perfil
       *[other] { $views } vistas del perfil
    }
drawn-not-reported = { $day }: Threads no lo informó

## Nombres de lo que Spool mide y muestra, dondequiera que aparezcan

metric-profile-views = Vistas del perfil
metric-likes = Me gusta
metric-replies = Respuestas
metric-reposts = Reposts
metric-quotes = Citas
metric-link-clicks = Clics en enlaces
metric-followers = Seguidores
metric-audience = Público

breakdown-country = País
breakdown-city = Ciudad
breakdown-age = Edad
breakdown-gender = Género

sync-phase-profile = Leyendo el perfil
sync-phase-posts = Listando publicaciones
sync-phase-post-insights = Leyendo las estadísticas de las publicaciones
sync-phase-profile-views = Leyendo las vistas del perfil
sync-phase-engagement = Leyendo me gusta, respuestas, reposts y citas
sync-phase-link-clicks = Leyendo los clics en enlaces
sync-phase-audience = Leyendo seguidores y público
sync-phase-saving = Guardando

dataset-posts = Publicaciones con métricas
dataset-profile-views = Vistas del perfil por día
dataset-followers = Seguidores a lo largo del tiempo
dataset-audience = Público (país, ciudad, edad, género)
dataset-link-clicks = Clics en enlaces
dataset-post-insights = Publicaciones frente a lo habitual
dataset-what-to-post = Qué publicar (por formato, longitud, día de la semana)
dataset-words = Palabras y temas
dataset-engagement = Interacción por día

data-format-csv = CSV (hojas de cálculo)
data-format-json = JSON
image-format-png = Imagen PNG
image-format-svg = SVG (vectorial)

layout-as-shown = Como en pantalla
layout-slide = Diapositiva 16:9
layout-square = Tarjeta cuadrada para redes sociales
layout-a4 = A4 horizontal

kind-profile-views = Vistas del perfil por día
kind-followers = Seguidores a lo largo del tiempo
kind-best-times = Mejor momento para publicar
kind-post-growth = Vistas desde la publicación
kind-audience-country = Seguidores por país
kind-audience-city = Seguidores por ciudad
kind-audience-age = Seguidores por edad
kind-audience-gender = Seguidores por género
kind-link-clicks = Clics por enlace
kind-clicks-over-time = Clics en enlaces a lo largo del tiempo
kind-top-posts = Mejores publicaciones frente a lo habitual
kind-quality-map = Mapa de calidad de las publicaciones
kind-engagement-day = Interacción por día
kind-engagement-week = Interacción por semana
kind-engagement-month = Interacción por mes
kind-what-to-post-format = Qué publicar: por formato
kind-what-to-post-length = Qué publicar: por longitud
kind-what-to-post-weekday = Qué publicar: por día de la semana
kind-posting-calendar = Calendario de publicaciones
kind-posting-frequency = Publicaciones por semana y su alcance
kind-words = Palabras y temas que llegan lejos
kind-conversation-starters = Publicaciones que inician conversaciones

preset-last-7-days = 7 días
preset-last-30-days = 30 días
preset-last-90-days = 90 días
preset-this-month = Este mes
preset-last-month = El mes pasado
preset-year-to-date = En lo que va del año
preset-everything = Todo

format-text = Texto
format-image = Imagen
format-video = Video
format-carousel = Carrusel
format-audio = Audio
format-other = Otro

length-no-text = Sin texto
length-short = Hasta 80 caracteres
length-medium = 81–200 caracteres
length-long = 201–350 caracteres
length-very-long = Más de 350 caracteres

group-with-link = Con enlace
group-without-link = Sin enlace
group-by-format = Formato
group-by-length = Longitud
group-by-weekday = Día de la semana
weekday-monday = Lunes
weekday-tuesday = Martes
weekday-wednesday = Miércoles
weekday-thursday = Jueves
weekday-friday = Viernes
weekday-saturday = Sábado
weekday-sunday = Domingo
weekday-unknown = ?

quadrant-breakout = Destacada
quadrant-conversation = Conversación
quadrant-broadcast = Difusión
quadrant-quiet = Discreta

# A share of followers or clicks, written as the language writes a percentage.
drawn-share = { NUMBER($share, style: "percent", maximumFractionDigits: 0) }
