## Overview, What works, Audience, Links and the range picker

## Resumen

# $range is a range-span text, and so is $compared.
overview-range-compared = { $range } · comparado con { $compared }
# $percent is the size of the change, already written ("12").
overview-change-up = ▲ { $percent } %
overview-change-down = ▼ { $percent } %
# A badge after a metric that is not summed over the range (followers).
overview-now = ahora
overview-no-earlier-period = no hay ningún periodo anterior guardado

## Lo que funciona

# $range is a range-span text.
insights-summary =
    { $range } · { $posts ->
        [one] { $posts } publicación con vistas hecha en estos días: todas las cifras de abajo se basan en ella.
       *[other] { $posts } publicaciones con vistas hechas en estos días: todas las cifras de abajo se basan en ellas.
    }
insights-note =
    La tasa de interacción es por vista: los me gusta, respuestas, reposts y citas de estas publicaciones divididos entre sus vistas. Un grupo solo entra en la clasificación con { $minimum ->
        [one] { $minimum } publicación
       *[other] { $minimum } publicaciones
    } o más. Meta marca las vistas y las veces compartidas como "en desarrollo".
insights-top-posts = Mejores publicaciones frente a lo habitual
insights-engagement = Interacción a lo largo del tiempo
# Followed by buttons: day, week, month.
insights-bars-per = Barras por
insights-what-to-post = Qué publicar
# Followed by buttons: Format, Length, Weekday…
insights-group-by = Por
insights-rhythm = Ritmo de publicación
insights-words = Palabras y temas que llegan lejos
insights-conversation = Publicaciones que inician conversaciones

## Público

audience-gate-title = Threads muestra quiénes son tus seguidores a partir de { $minimum } seguidores.
audience-gate-body =
    Esta cuenta tiene { $followers ->
        [one] { $followers } seguidor
       *[other] { $followers } seguidores
    }. Spool mide países, ciudades, edades y géneros en la primera sincronización después de que llegue a { $minimum }.
audience-none = Aún no hay ninguna medición del público.
audience-none-note = Spool mide los seguidores por país, ciudad, edad y género en cada sincronización.
# $segment is a country, city, age or gender; $change is signed ("+3", "−2").
audience-segment-change = { $segment } { $change }
# $day is a date.
audience-read-unchanged = Medido el { $day }; sin cambios desde la medición anterior (o no hubo una anterior).
# $changes lists audience-segment-change texts.
audience-read-changes = Medido el { $day }. Desde la medición anterior: { $changes }

## Enlaces

# $since and $until are dates.
links-window = Clics del { $since } al { $until }, tal como los contó Threads en la última sincronización.
links-none = Aún no se midió ningún clic en enlaces.
# After a link and a dash.
links-clicks =
    { $clicks ->
        [one] { $clicks } clic
       *[other] { $clicks } clics
    }
# $change is signed ("+3", "−2").
links-clicks-change =
    { $clicks ->
        [one] { $clicks } clic
       *[other] { $clicks } clics
    } ({ $change } desde la medición anterior)

## Cualquier pantalla mientras carga

loaded-loading = Cargando…

## El selector de periodo

# The label of the group of preset buttons (7 days, 30 days…).
range-presets = Periodo
range-enter-both-days = Escribe ambos días como AAAA-MM-DD, o elígelos.
# Followed by a choice of range-compare-previous or range-compare-year.
range-compare-with = Comparar con
range-compare-previous = el periodo anterior
range-compare-year = los mismos días un año antes
range-from = Desde
range-to = Hasta
range-show = Mostrar
# $day is the first day Threads has insights of.
range-note = No se pueden elegir días anteriores al { $day }: Threads no guarda datos anteriores a esa fecha. Los seguidores siempre son los de ahora: Threads solo da la cifra actual.
# A range of days: $since and $until are dates.
range-span = { $since } – { $until }

# The unit a bar of the engagement chart stands for, on the buttons that choose it.
insights-granularity-day = día
insights-granularity-week = semana
insights-granularity-month = mes
