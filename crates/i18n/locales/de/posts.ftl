## The Posts screen, chart readouts in the window and exports

## The Posts screen

posts-best-times = Beste Zeit zum Posten
posts-in-development-note = Aufrufe und Shares sind bei Meta als „in Entwicklung“ gekennzeichnet.

## The table's filters

posts-filter-label = Beiträge nach Text filtern
posts-filter-placeholder = Nach Text filtern
posts-filter-type = Typ
posts-filter-all-types = Alle Typen
# $shown posts of $total pass the filters.
posts-count =
    { $total ->
        [one] { $shown } von { $total } Beitrag
       *[other] { $shown } von { $total } Beiträgen
    }

## A post's media type, in the Type column and filter

posts-type-text = Text
posts-type-image = Bild
posts-type-video = Video
posts-type-carousel = Karussell
posts-type-audio = Audio
posts-type-repost = Repost
posts-type-other = Sonstiges

## The table's columns

posts-column-post = Beitrag
posts-column-type = Typ
posts-column-date = Datum
posts-column-engagement = Engagement
posts-metric-views = Aufrufe
posts-metric-likes = Likes
posts-metric-replies = Antworten
posts-metric-reposts = Reposts
posts-metric-quotes = Zitate
posts-metric-shares = Shares

## The table's rows

posts-repost-row = Repost eines fremden Beitrags: Seine Statistiken liegen beim Original.
posts-not-read = Noch nicht erfasst.
# $rate is a percentage, already written ("4.2").
posts-engagement-rate = { $rate } %
# A young post's views as a multiple of the typical post's, already written ("2.4"), in a small badge.
posts-track-multiple = { $multiple }×

## A post's page

posts-back = ← Alle Beiträge
posts-in-development = in Entwicklung
posts-no-text = (kein Text)
# $type is a posts-type-* text; $when a date and time.
posts-published = { $type } · veröffentlicht am { $when }
posts-repost-page = Ein Repost eines fremden Beitrags: Seine Statistiken gehören zum Originalbeitrag.
posts-open-on-threads = Auf Threads öffnen
posts-no-address = Threads gibt für diesen Beitrag keine Adresse an (urheberrechtlich geschütztes Material).

## A chart in the window: its readout line and why it could not be drawn

chart-hint = Zeige auf das Diagramm oder fokussiere es und nutze die Pfeiltasten, um seine Werte abzulesen.
# $reason says why the chart could not be drawn (chart-no-canvas, chart-canvas-refused…).
chart-failed = { $reason }. Ändere die Fenstergröße oder synchronisiere erneut.
# Lower case: it follows "the chart could not be drawn: ".
chart-no-canvas = die Web-Ansicht hat keine 2D-Zeichenfläche bereitgestellt
# $reason is what the web view said, untranslated, or chart-canvas-no-reason.
chart-canvas-refused = die Zeichenfläche hat das Zeichnen verweigert: { $reason }
chart-canvas-no-reason = kein Grund angegeben

## A chart's Export panel

export-panel = Exportieren
export-format = Format
export-size = Größe
export-resolution = Auflösung
export-scale-1 = 1× (Bildschirm)
export-scale-2 = 2× (hochauflösende Bildschirme)
export-scale-3 = 3×
export-scale-dpi = Punkte pro Zoll…
# Beside the box where dots per inch are typed.
export-dpi = dpi
export-dpi-range = Gib eine Auflösung von { $low } bis { $high } dpi ein.
export-save = Speichern…
export-copy = Bild kopieren
export-copied = Das Bild ist in der Zwischenablage.

## The data export buttons beside a table

# $dataset names the table ("Profile views").
export-data-heading = { $dataset }:
# $format is CSV or JSON.
export-data-button = { $format } exportieren

## What an export says once done

export-nothing-saved = Es wurde nichts gespeichert.
# $path is the file's path; $size an export-size-mb or export-size-kb text.
export-saved = { $path } gespeichert ({ $size }).
# $size is already written ("1.4").
export-size-mb = { $size } MB
# $size is already written ("312").
export-size-kb = { $size } KB
