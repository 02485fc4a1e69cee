## The Posts screen, chart readouts in the window and exports

## The Posts screen

posts-best-times = Mejor momento para publicar
posts-in-development-note = Meta marca las vistas y las veces compartidas como “en desarrollo”.

## The table's filters

posts-filter-label = Filtrar publicaciones por texto
posts-filter-placeholder = Filtrar por texto
posts-filter-type = Tipo
posts-filter-all-types = Todos los tipos
# $shown posts of $total pass the filters.
posts-count =
    { $total ->
        [one] { $shown } de { $total } publicación
       *[other] { $shown } de { $total } publicaciones
    }

## A post's media type, in the Type column and filter

posts-type-text = Texto
posts-type-image = Imagen
posts-type-video = Video
posts-type-carousel = Carrusel
posts-type-audio = Audio
posts-type-repost = Repost
posts-type-other = Otro

## The table's columns

posts-column-post = Publicación
posts-column-type = Tipo
posts-column-date = Fecha
posts-column-engagement = Interacción
posts-metric-views = Vistas
posts-metric-likes = Me gusta
posts-metric-replies = Respuestas
posts-metric-reposts = Reposts
posts-metric-quotes = Citas
posts-metric-shares = Compartidos

## The table's rows

posts-repost-row = Un repost de la publicación de otra persona: sus estadísticas son de esa persona.
posts-not-read = Aún sin medir.
# $rate is a percentage, already written ("4.2").
posts-engagement-rate = { $rate } %
# A young post's views as a multiple of the typical post's, already written ("2.4"), in a small badge.
posts-track-multiple = { $multiple }×

## A post's page

posts-back = ← Todas las publicaciones
posts-in-development = en desarrollo
posts-no-text = (sin texto)
# $type is a posts-type-* text; $when a date and time.
posts-published = { $type } · publicada el { $when }
posts-repost-page = Un repost de la publicación de otra persona: sus estadísticas le pertenecen a esa persona.
posts-open-on-threads = Abrir en Threads
posts-no-address = Threads no da ninguna dirección para esta publicación (material protegido por derechos de autor).

## A chart in the window: its readout line and why it could not be drawn

chart-hint = Señala el gráfico, o selecciónalo y usa las flechas del teclado, para leer sus valores.
# $reason says why the chart could not be drawn (chart-no-canvas, chart-canvas-refused…).
chart-failed = { $reason }. Cambia el tamaño de la ventana o vuelve a sincronizar.
# Lower case: it follows "the chart could not be drawn: ".
chart-no-canvas = la vista web no proporcionó un lienzo 2D
# $reason is what the web view said, untranslated, or chart-canvas-no-reason.
chart-canvas-refused = el lienzo se negó a dibujar: { $reason }
chart-canvas-no-reason = no se indicó ningún motivo

## A chart's Export panel

export-panel = Exportar
export-format = Formato
export-size = Tamaño
export-resolution = Resolución
export-scale-1 = 1× (pantalla)
export-scale-2 = 2× (pantallas de alta resolución)
export-scale-3 = 3×
export-scale-dpi = Puntos por pulgada…
# Beside the box where dots per inch are typed.
export-dpi = ppp
export-dpi-range = Escribe una resolución de { $low } a { $high } ppp.
export-save = Guardar…
export-copy = Copiar imagen
export-copied = La imagen está en el portapapeles.

## The data export buttons beside a table

# $dataset names the table ("Profile views").
export-data-heading = { $dataset }:
# $format is CSV or JSON.
export-data-button = Exportar { $format }

## What an export says once done

export-nothing-saved = No se guardó nada.
# $path is the file's path; $size an export-size-mb or export-size-kb text.
export-saved = Se guardó { $path } ({ $size }).
# $size is already written ("1.4").
export-size-mb = { $size } MB
# $size is already written ("312").
export-size-kb = { $size } KB
