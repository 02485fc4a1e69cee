## Overview, What works, Audience, Links and the range picker

## Übersicht

# $range is a range-span text, and so is $compared.
overview-range-compared = { $range } · verglichen mit { $compared }
# $percent is the size of the change, already written ("12").
overview-change-up = ▲ { $percent } %
overview-change-down = ▼ { $percent } %
# A badge after a metric that is not summed over the range (followers).
overview-now = aktuell
overview-no-earlier-period = kein früherer Zeitraum gespeichert

## Was funktioniert

# $range is a range-span text.
insights-summary =
    { $range } · { $posts ->
        [one] { $posts } Beitrag mit Aufrufen, der in diesen Tagen veröffentlicht wurde: Jede Zahl unten beruht auf ihm.
       *[other] { $posts } Beiträge mit Aufrufen, die in diesen Tagen veröffentlicht wurden: Jede Zahl unten beruht auf ihnen.
    }
insights-note =
    Die Interaktionsrate bezieht sich auf Beitragsaufrufe: die Likes, Antworten, Reposts und Zitate dieser Beiträge geteilt durch ihre Aufrufe. Eine Gruppe kommt nur in die Rangliste, wenn sie mindestens { $minimum ->
        [one] { $minimum } Beitrag
       *[other] { $minimum } Beiträge
    } umfasst. Aufrufe und Shares sind von Meta als „in Entwicklung“ gekennzeichnet.
insights-top-posts = Top-Beiträge im Vergleich zu deinem Normalwert
insights-engagement = Interaktionen im Zeitverlauf
# Followed by buttons: day, week, month.
insights-bars-per = Balken pro
insights-what-to-post = Was du posten solltest
# Followed by buttons: Format, Length, Weekday…
insights-group-by = Nach
insights-rhythm = Posting-Rhythmus
insights-words = Wörter und Themen, die ankommen
insights-conversation = Gesprächsstarter

## Zielgruppe

audience-gate-title = Threads zeigt erst ab { $minimum } Followern, wer deine Follower sind.
audience-gate-body = Dieses Konto hat { $followers } Follower. Spool erfasst Länder, Städte, Altersgruppen und Geschlechter bei der ersten Synchronisierung, nachdem es { $minimum } erreicht hat.
audience-none = Noch keine Zielgruppendaten erfasst.
audience-none-note = Spool erfasst bei jeder Synchronisierung die Follower nach Land, Stadt, Alter und Geschlecht.
# $segment is a country, city, age or gender; $change is signed ("+3", "−2").
audience-segment-change = { $segment } { $change }
# $day is a date.
audience-read-unchanged = Erfasst am { $day }; keine Änderung seit der vorherigen Messung (oder es gab keine).
# $changes lists audience-segment-change texts.
audience-read-changes = Erfasst am { $day }. Seit der vorherigen Messung: { $changes }

## Links

# $since and $until are dates.
links-window = Klicks vom { $since } bis { $until }, wie Threads sie bei der letzten Synchronisierung gezählt hat.
links-none = Noch keine Linkklicks erfasst.
# After a link and a dash.
links-clicks =
    { $clicks ->
        [one] { $clicks } Klick
       *[other] { $clicks } Klicks
    }
# $change is signed ("+3", "−2").
links-clicks-change =
    { $clicks ->
        [one] { $clicks } Klick
       *[other] { $clicks } Klicks
    } ({ $change } seit der vorherigen Messung)

## Jede Ansicht, während sie lädt

loaded-loading = Wird geladen…

## Die Zeitraumauswahl

# The label of the group of preset buttons (7 days, 30 days…).
range-presets = Zeitraum
range-enter-both-days = Gib beide Tage als JJJJ-MM-TT ein oder wähle sie aus.
# Followed by a choice of range-compare-previous or range-compare-year.
range-compare-with = Vergleichen mit
range-compare-previous = dem Zeitraum davor
range-compare-year = denselben Tagen ein Jahr zuvor
range-from = Von
range-to = Bis
range-show = Anzeigen
# $day is the first day Threads has insights of.
range-note = Tage vor dem { $day } können nicht gewählt werden: Threads speichert davor keine Statistiken. Follower zeigen immer den aktuellen Stand: Threads liefert nur die aktuelle Zahl.
# A range of days: $since and $until are dates.
range-span = { $since } – { $until }

# The unit a bar of the engagement chart stands for, on the buttons that choose it.
insights-granularity-day = Tag
insights-granularity-week = Woche
insights-granularity-month = Monat
