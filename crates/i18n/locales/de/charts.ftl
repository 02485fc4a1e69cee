## Texte in den Diagrammen: Titel, Legenden, Achsen, Werte unter dem Zeiger

## Wörter in den Diagrammen: Titel, Legenden, Achsen, Hinweise und Werte

# Ein Beitrag ohne Text, benannt nach seinem Format (ein format-*-Name) und seinem Tag.
drawn-post-of = Beitrag ({ $format }) vom { $day }
drawn-quoted = „{ $text }“
drawn-posts =
    { $count ->
        [one] { $count } Beitrag
       *[other] { $count } Beiträge
    }
drawn-no-posts-with-views = Keine Beiträge mit Aufrufen in diesem Zeitraum: Wähle einen längeren Zeitraum oder synchronisiere, um deine Beiträge einzulesen.

drawn-quality-note = Gestrichelte Linien: dein mittlerer Beitrag, { $views } Aufrufe und { $rate } pro 100 Aufrufe. Interaktionsrate: Likes, Antworten, Reposts und Zitate pro 100 Aufrufe.
drawn-views-log-scale = Aufrufe (logarithmische Skala)
drawn-engagement-rate-axis = Interaktionsrate (pro 100 Aufrufe)
drawn-quality-readout =
    { $post }: { $views ->
        [one] { $views } Aufruf
       *[other] { $views } Aufrufe
    }, { $rate } pro 100 Aufrufe, { $quadrant }
drawn-in-quadrant-breakout = Durchstarter
drawn-in-quadrant-conversation = Gesprächsstoff
drawn-in-quadrant-broadcast = Reichweite
drawn-in-quadrant-quiet = Ruhig

drawn-multiple = { $multiple }×
drawn-top-note =
    { $posts ->
        [one] { $posts } Beitrag
       *[other] { $posts } Beiträge
    } mit deinem mittleren Beitrag im selben Alter verglichen; { $breakouts ->
        [one] { $breakouts } davon ist ein Durchstarter
       *[other] { $breakouts } davon sind Durchstarter
    }.
drawn-top-post = Beitrag
drawn-top-breakout = Durchstarter ({ $multiple }× deine normalen Aufrufe oder mehr)
drawn-top-normal = Dein Normalwert (1×)
drawn-top-views-readout =
    { $post }: { $multiple } deiner normalen Aufrufe ({ $views ->
        [one] { $views } Aufruf
       *[other] { $views } Aufrufe
    })
drawn-top-views-readout-breakout =
    { $post }: { $multiple } deiner normalen Aufrufe ({ $views ->
        [one] { $views } Aufruf
       *[other] { $views } Aufrufe
    }), Durchstarter
drawn-top-rate-readout = { $post }: { $multiple } deiner normalen Interaktionsrate ({ $rate } pro 100 Aufrufe)
drawn-top-rate-readout-breakout = { $post }: { $multiple } deiner normalen Interaktionsrate ({ $rate } pro 100 Aufrufe), Durchstarter
drawn-no-engagement-rate = keine Interaktionsrate
drawn-top-no-rate-readout =
    { $post }: keine Interaktionsrate ({ $views ->
        [one] { $views } Aufruf
       *[other] { $views } Aufrufe
    })
drawn-views = Aufrufe
drawn-engagement-rate = Interaktionsrate
drawn-no-posts-to-compare = Keine Beiträge zum Vergleichen.
drawn-times-your-normal = × dein Normalwert

drawn-what-verdict = Bestes unter den Gruppen mit mindestens { $minimum } Beiträgen: { $by_views } nach Aufrufen ({ $views_posts }), { $by_rate } nach Interaktion ({ $rate_posts }).
drawn-what-no-best =
    Noch keine Gruppe hat { $minimum ->
        [one] { $minimum } Beitrag
       *[other] { $minimum } Beiträge
    }, daher wird keine als beste genannt.
drawn-median-post = Mittlerer Beitrag
drawn-middle-half = Mittlere Hälfte der Beiträge
drawn-best = Am besten
drawn-too-few-posts = zu wenige Beiträge ({ $posts })
drawn-too-few-readout = { $group }: zu wenige Beiträge ({ $posts }) für einen Median; { $minimum } nötig
drawn-group-posts = { $group } · { $posts }
drawn-what-views-readout = { $group }: Median { $median } Aufrufe (mittlere Hälfte { $lower }–{ $upper }) bei { $posts }
drawn-what-rate-readout = { $group }: mittlere Interaktionsrate { $median } pro 100 Aufrufe (mittlere Hälfte { $lower }–{ $upper }) bei { $posts }
drawn-value-best = { $value } · am besten
drawn-best-by-views = { $readout }; die beste nach Aufrufen
drawn-best-by-engagement = { $readout }; die beste nach Interaktion
drawn-median-views = Mittlere Aufrufe
drawn-median-engagement-long = Mittlere Interaktion pro 100 Aufrufe
drawn-median-engagement-medium = Interaktion pro 100 Aufrufe
drawn-median-engagement-short = Interaktion

drawn-words-empty =
    Noch kein Wort kommt in diesem Zeitraum in { $minimum ->
        [one] { $minimum } Beitrag
       *[other] { $minimum } Beiträgen
    } oder mehr vor: Wähle einen längeren Zeitraum.
drawn-words-note =
    Wörter und Hashtags aus { $minimum ->
        [one] { $minimum } Beitrag
       *[other] { $minimum } Beiträgen
    } oder mehr, nach den mittleren Aufrufen dieser Beiträge.
drawn-words-above = Über dem Median aller Beiträge
drawn-words-below = Auf oder unter ihm
drawn-words-all-posts = Alle Beiträge ({ $views })
drawn-words-value = { $views } · { $posts }
drawn-words-readout = „{ $word }“: Median { $views } Aufrufe bei { $posts } (Interaktionsrate { $rate } pro 100 Aufrufe); Median aller Beiträge { $all } Aufrufe

drawn-starters-empty = In diesem Zeitraum hat noch kein Beitrag Antworten oder Zitate: Wähle einen längeren Zeitraum oder synchronisiere.
drawn-starters-note = Die Beiträge mit den meisten Antworten und Zitaten im Verhältnis zu ihren Aufrufen.
drawn-starters-readout =
    { $post }: { $per_thousand } Antworten und Zitate pro 1.000 Aufrufe ({ $replies ->
        [one] { $replies } Antwort
       *[other] { $replies } Antworten
    }, { $quotes ->
        [one] { $quotes } Zitat
       *[other] { $quotes } Zitate
    }, { $views ->
        [one] { $views } Aufruf
       *[other] { $views } Aufrufe
    })
drawn-starters-axis = Antworten und Zitate pro 1.000 Aufrufe

drawn-calendar-empty = Keine Tage in diesem Zeitraum: Wähle einen Zeitraum, um deine Posting-Tage zu sehen.
drawn-calendar-summary =
    In { $posted } von { $weeks } Wochen gepostet · aktuelle Serie { $current ->
        [one] { $current } Tag
       *[other] { $current } Tage
    } · längste Serie { $longest ->
        [one] { $longest } Tag
       *[other] { $longest } Tage
    }
drawn-calendar-readout =
    { $day }: { $posts ->
        [0] keine Beiträge
        [one] { $posts } Beitrag
       *[other] { $posts } Beiträge
    }
drawn-calendar-none = Keine
drawn-calendar-four-or-more = 4+ Beiträge am Tag

drawn-frequency-empty = Keine Woche in diesem Zeitraum hat Beiträge mit Aufrufen: Wähle einen längeren Zeitraum oder synchronisiere.
drawn-frequency-note = Verringert mehr Posten pro Woche die Reichweite jedes Beitrags?
drawn-frequency-week = Eine Woche
drawn-frequency-median = Median der Wochen mit so vielen Beiträgen
drawn-frequency-x = Beiträge in der Woche
drawn-frequency-y = Mittlere Aufrufe pro Beitrag
drawn-frequency-week-readout = Woche ab { $week }: { $posts }, Median { $views } Aufrufe pro Beitrag
drawn-frequency-median-readout =
    Wochen mit { $posts }: { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }, Median { $views } Aufrufe pro Beitrag

drawn-engagement-empty = In diesem Zeitraum wurden keine Beiträge veröffentlicht: Wähle einen längeren Zeitraum oder poste und synchronisiere.
drawn-engagement-note = Nach dem Tag, an dem jeder Beitrag veröffentlicht wurde. Interaktionsrate: Likes, Antworten, Reposts und Zitate pro 100 Aufrufe der Beiträge der 7 Tage bis zum jeweiligen Tag.
drawn-shares-in-development = Shares (in Entwicklung)
drawn-engagement-rate-7-days = Interaktionsrate, 7 Tage
drawn-interactions = Interaktionen
drawn-per-100-views = Pro 100 Aufrufe
drawn-week-of = Woche ab { $day }
drawn-engagement-readout =
    { $period }: { $likes } Likes, { $replies ->
        [one] { $replies } Antwort
       *[other] { $replies } Antworten
    }, { $reposts } Reposts, { $quotes ->
        [one] { $quotes } Zitat
       *[other] { $quotes } Zitate
    }, { $shares } Shares (in Entwicklung), bei { $posts } mit { $views ->
        [one] { $views } Aufruf
       *[other] { $views } Aufrufen
    }; { $rate }
drawn-engagement-rate-of = Interaktionsrate { $rate } pro 100 Aufrufe
drawn-engagement-rate-of-smoothed = Interaktionsrate { $rate } pro 100 Aufrufe (7 Tage: { $smoothed })
drawn-engagement-no-views = keine Aufrufe für eine Interaktionsrate
drawn-engagement-no-views-smoothed = keine Aufrufe für eine Interaktionsrate (7 Tage: { $smoothed })

drawn-segment-other = Andere
drawn-segment-women = Frauen
drawn-segment-men = Männer
drawn-segment-unspecified = Nicht angegeben
drawn-no-followers = Keine Follower in dieser Erfassung.
drawn-no-link-clicks = Keine Linkklicks in dieser Erfassung.
drawn-followers-readout = { $name }: { $count } Follower ({ $share })
drawn-clicks-readout =
    { $name }: { $count ->
        [one] { $count } Klick
       *[other] { $count } Klicks
    } ({ $share })

drawn-best-times-title = Mittlere Aufrufe nach der Uhrzeit der Veröffentlichung
drawn-best-times-withheld = { $posts }×
drawn-weekday-hour = { $weekday } { $hour }
drawn-best-times-readout = { $when }: Median { $views } Aufrufe bei { $posts }
drawn-best-times-too-few = { $when }: { $posts }, zu wenige für einen Median
drawn-best-times-note = Graue Felder: weniger als { $minimum } Beiträge, zu wenige für einen Median (die Zahl zeigt, wie viele).

drawn-observation-began = Beobachtung seit { $day }
drawn-no-follower-readings = Noch keine Follower-Erfassungen: Sie beginnen mit der ersten Synchronisierung.
drawn-followers-reading = { $when }: { $count } Follower
drawn-this-post = Dieser Beitrag (Aufrufe, bei Meta in Entwicklung)
drawn-no-post-readings = Noch keine Erfassungen dieses Beitrags: Sie beginnen mit der nächsten Synchronisierung.
drawn-published = Veröffentlicht { $when }
drawn-views-reading =
    { $when }: { $count ->
        [one] { $count } Aufruf
       *[other] { $count } Aufrufe
    }
drawn-all-links = Klicks auf alle Links seit dem ersten erfassten Tag
drawn-no-click-readings = Noch keine Linkklick-Erfassungen: Sie beginnen mit der ersten Synchronisierung.
drawn-clicks-reading =
    { $when }: { $count ->
        [one] { $count } Klick
       *[other] { $count } Klicks
    }
drawn-typical-post = Dein typischer Beitrag (mittlere Hälfte)
drawn-typical-readout = Nach { $age }: typisch { $median } Aufrufe (mittlere Hälfte { $lower }–{ $upper })

drawn-no-profile-views = Für diese Tage wurden keine Profilaufrufe gemeldet.
drawn-7-day-average = 7-Tage-Durchschnitt
drawn-profile-views-readout =
    { $day }: { $views ->
        [one] { $views } Profilaufruf
       *[other] { $views } Profilaufrufe
    }
drawn-not-reported = { $day }: von Threads nicht gemeldet

## Namen dessen, was Spool misst und zeigt, wo immer sie stehen

metric-profile-views = Profilaufrufe
metric-likes = Likes
metric-replies = Antworten
metric-reposts = Reposts
metric-quotes = Zitate
metric-link-clicks = Linkklicks
metric-followers = Follower
metric-audience = Zielgruppe

breakdown-country = Land
breakdown-city = Stadt
breakdown-age = Alter
breakdown-gender = Geschlecht

sync-phase-profile = Profil wird gelesen
sync-phase-posts = Beiträge werden aufgelistet
sync-phase-post-insights = Beitragsstatistiken werden gelesen
sync-phase-profile-views = Profilaufrufe werden gelesen
sync-phase-engagement = Likes, Antworten, Reposts und Zitate werden gelesen
sync-phase-link-clicks = Linkklicks werden gelesen
sync-phase-audience = Follower und Zielgruppe werden gelesen
sync-phase-saving = Wird gespeichert

dataset-posts = Beiträge mit Kennzahlen
dataset-profile-views = Profilaufrufe pro Tag
dataset-followers = Follower im Zeitverlauf
dataset-audience = Zielgruppe (Land, Stadt, Alter, Geschlecht)
dataset-link-clicks = Linkklicks
dataset-post-insights = Beiträge im Vergleich zu deinem Normalwert
dataset-what-to-post = Was du posten solltest (nach Format, Länge, Wochentag)
dataset-words = Wörter und Themen
dataset-engagement = Interaktion pro Tag

data-format-csv = CSV (Tabellenkalkulation)
data-format-json = JSON
image-format-png = PNG-Bild
image-format-svg = SVG (Vektor)

layout-as-shown = Wie auf dem Bildschirm
layout-slide = 16:9-Folie
layout-square = Quadratische Social-Media-Karte
layout-a4 = A4 quer

kind-profile-views = Profilaufrufe pro Tag
kind-followers = Follower im Zeitverlauf
kind-best-times = Beste Zeit zum Posten
kind-post-growth = Aufrufe seit Veröffentlichung
kind-audience-country = Follower nach Land
kind-audience-city = Follower nach Stadt
kind-audience-age = Follower nach Alter
kind-audience-gender = Follower nach Geschlecht
kind-link-clicks = Klicks pro Link
kind-clicks-over-time = Linkklicks im Zeitverlauf
kind-top-posts = Top-Beiträge im Vergleich zu deinem Normalwert
kind-quality-map = Qualitätskarte der Beiträge
kind-engagement-day = Interaktion pro Tag
kind-engagement-week = Interaktion pro Woche
kind-engagement-month = Interaktion pro Monat
kind-what-to-post-format = Was du posten solltest: nach Format
kind-what-to-post-length = Was du posten solltest: nach Länge
kind-what-to-post-weekday = Was du posten solltest: nach Wochentag
kind-posting-calendar = Posting-Kalender
kind-posting-frequency = Beiträge pro Woche und ihre Reichweite
kind-words = Wörter und Themen, die ankommen
kind-conversation-starters = Gesprächsstarter

preset-last-7-days = 7 Tage
preset-last-30-days = 30 Tage
preset-last-90-days = 90 Tage
preset-this-month = Dieser Monat
preset-last-month = Letzter Monat
preset-year-to-date = Seit Jahresbeginn
preset-everything = Alles

format-text = Text
format-image = Bild
format-video = Video
format-carousel = Karussell
format-audio = Audio
format-other = Sonstiges

length-no-text = Kein Text
length-short = Bis 80 Zeichen
length-medium = 81–200 Zeichen
length-long = 201–350 Zeichen
length-very-long = Über 350 Zeichen

group-with-link = Mit Link
group-without-link = Ohne Link
group-by-format = Format
group-by-length = Länge
group-by-weekday = Wochentag
weekday-monday = Montag
weekday-tuesday = Dienstag
weekday-wednesday = Mittwoch
weekday-thursday = Donnerstag
weekday-friday = Freitag
weekday-saturday = Samstag
weekday-sunday = Sonntag
weekday-unknown = ?

quadrant-breakout = Durchstarter
quadrant-conversation = Gesprächsstoff
quadrant-broadcast = Reichweite
quadrant-quiet = Ruhig

# A share of followers or clicks, written as the language writes a percentage.
drawn-share = { NUMBER($share, style: "percent", maximumFractionDigits: 0) }
