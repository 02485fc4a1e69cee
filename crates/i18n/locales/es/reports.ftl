## Informes: la pantalla Informes, las páginas de un informe, el media kit

screen-reports = Informes
screen-reports-purpose = Un mes en Threads en un solo archivo para una marca, una agencia o tu responsable: un informe en PDF con las secciones que elijas, o un media kit de una página para una propuesta.

# Qué es el archivo, en su portada y en sus propiedades.
report-title = Informe de Threads
media-kit-title = Media kit
report-kind-report = Informe
report-kind-media-kit = Media kit
report-look-light = Claro
report-look-print = Para imprimir
report-section-profile-views = Vistas del perfil
report-section-followers = Seguidores
report-section-engagement = Interacción
report-section-top-posts = Mejores publicaciones
report-section-what-worked = Lo que funcionó
report-section-audience = Público
report-section-links = Enlaces
report-every-week = Cada semana, los lunes: la semana anterior
report-every-month = Cada mes, el día 1: el mes anterior

## Las páginas de un informe

# $account is a handle (@name); $range is a range-span text.
report-running-head = { $account } · { $range }
# $version is Spool's version; $page and $pages are numbers.
report-footer = Hecho con Spool { $version } a partir del historial guardado en este equipo · página { $page } de { $pages }
# $compared is a range-span text.
report-cover-compared = Cada cifra se compara con { $compared }, el periodo de la misma duración justo anterior.
report-cover-no-compared = Spool no tiene guardado ningún periodo anterior con el que comparar.
report-cover-note = Los seguidores son los de la última sincronización: Threads solo da la cifra actual. Meta marca las vistas y las veces compartidas como “en desarrollo”.
# $percent is the size of the change, already written ("12"); $previous the number before.
report-change-up = ▲ { $percent } % respecto a { $previous }
report-change-down = ▼ { $percent } % respecto a { $previous }
report-change-level = igual que antes
report-card-posts = Publicaciones hechas
report-card-total = Total en estos días
report-card-daily-average = Promedio por día
report-card-best-day = Mejor día
report-card-interactions = Interacciones en estas publicaciones
report-card-engagement-rate = Tasa de interacción
report-card-followers-now = Seguidores ahora
report-card-typical-views = Vistas típicas por publicación
report-profile-views-intro = Vistas del perfil de cada día, con el promedio de los últimos siete días. Un día que Threads no informó queda como un hueco.
report-followers-intro = Seguidores en cada sincronización que hizo Spool. Threads solo da la cifra actual, así que la línea empieza cuando Spool empezó a guardarla.
report-engagement-intro = Me gusta, respuestas, reposts y citas de las publicaciones hechas en estos días, según el día en que salió cada una, y la tasa de interacción: interacciones por cada 100 vistas.
# $posts is a number of posts.
report-top-posts-intro =
    { $posts ->
        [one] La publicación hecha en estos días frente a lo habitual para publicaciones de la misma antigüedad, con sus cifras y su texto.
       *[other] Las { $posts } publicaciones hechas en estos días frente a lo habitual para publicaciones de la misma antigüedad y, después, las mejores con sus cifras y sus textos.
    }
report-what-worked-intro = Lo que las publicaciones de estos días dicen sobre lo que te funciona: cada conclusión se basa en suficientes publicaciones para significar algo.
report-audience-intro = Quién te sigue, según la medición más reciente. Threads lo muestra a partir de 100 seguidores.
report-links-intro = Clics en los enlaces de tu perfil y de tus publicaciones, en la medición más reciente y en cada sincronización.
report-nothing = Spool aún no tiene nada guardado para esto. Sincroniza la cuenta y vuelve a crear el informe.
# $views, $interactions are numbers; $rate is a percentage, already written.
report-post-numbers = { $views } vistas · { $interactions } interacciones · { $rate } de interacción
# $rank is a number; $day is a date.
report-post-when = { $rank } · { $day }
report-post-no-text = (una publicación sin texto)

## Lo que funcionó: conclusiones

# $breakouts and $posts are numbers of posts.
report-finding-breakouts =
    { $breakouts ->
        [one] Una publicación de { $posts } se destacó: tres veces o más tus vistas habituales para su antigüedad.
       *[other] { $breakouts } publicaciones de { $posts } se destacaron: tres veces o más tus vistas habituales para su antigüedad.
    }
# $group is a format ("Text", "Image"…), $views and $posts numbers.
report-finding-format =
    El formato con mejores resultados fue { $group }: una mediana de { $views } vistas en { $posts ->
        [one] { $posts } publicación
       *[other] { $posts } publicaciones
    }.
# $group is a length of text ("Short (under 100 characters)"…).
report-finding-length =
    Por longitud, el grupo con mejores resultados fue { $group }: una mediana de { $views } vistas en { $posts ->
        [one] { $posts } publicación
       *[other] { $posts } publicaciones
    }.
# $group is a weekday.
report-finding-weekday =
    El día de la semana con mejores resultados para publicar fue { $group }: una mediana de { $views } vistas en { $posts ->
        [one] { $posts } publicación
       *[other] { $posts } publicaciones
    }.
# $word is a word or a hashtag; $views and $median are numbers of views.
report-finding-word = Las publicaciones con “{ $word }” tuvieron una mediana de { $views } vistas, frente a { $median } de todas las publicaciones.
# $minimum is a number of posts.
report-finding-none =
    Hay muy pocas publicaciones en estos días para saber qué funcionó: una conclusión necesita { $minimum ->
        [one] { $minimum } publicación
       *[other] { $minimum } publicaciones
    } en un grupo.

## El media kit

# $day is a date; $range is a range-span text.
media-kit-as-of = Cifras a { $day } · publicaciones de { $range }
media-kit-best-posts = Mejores publicaciones
media-kit-audience = Quién sigue

## La pantalla Informes

reports-kind = Crear un
reports-sections = Secciones
reports-look = Aspecto
reports-preview = Vista previa
# $pages is a number of pages.
reports-pages =
    { $pages ->
        [one] Una página
       *[other] { $pages } páginas
    }
reports-save-pdf = Guardar PDF…
reports-save-png = Guardar PNG…
reports-no-sections = Elige al menos una sección para el informe.
reports-making = Dibujando las páginas…
reports-schedule = Programación
reports-schedule-note = Mientras Spool está en ejecución (también en la bandeja del sistema), guarda un informe de la cuenta que se muestra en la carpeta que elijas y te avisa cuando está listo.
reports-schedule-off = Desactivado
reports-schedule-folder = Carpeta
reports-schedule-choose = Elegir carpeta…
reports-schedule-saved = La programación de informes se guardó.
# $page and $pages are numbers: the page a preview's image shows.
reports-page = Página { $page } de { $pages }
reports-schedule-needs-folder = Elige una carpeta para los informes: la programación empieza en cuanto tenga una.
# $path is where the file was written.
notify-report-written-title = Tu informe está listo
notify-report-written-body = Spool guardó { $path }.
dialog-filter-pdf = Documento PDF
