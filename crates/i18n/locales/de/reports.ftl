## Berichte: die Ansicht Berichte, die Seiten eines Berichts, das Media-Kit

screen-reports = Berichte
screen-reports-purpose = Ein Monat auf Threads in einer Datei für eine Marke, eine Agentur oder deine Vorgesetzten: ein PDF-Bericht mit den Abschnitten deiner Wahl oder ein einseitiges Media-Kit für einen Pitch.

# Was die Datei ist, auf ihrem Deckblatt und in ihren Eigenschaften.
report-title = Threads-Bericht
media-kit-title = Media-Kit
report-kind-report = Bericht
report-kind-media-kit = Media-Kit
report-look-light = Hell
report-look-print = Druckfreundlich
report-section-profile-views = Profilaufrufe
report-section-followers = Follower
report-section-engagement = Interaktion
report-section-top-posts = Top-Beiträge
report-section-what-worked = Was funktioniert hat
report-section-audience = Zielgruppe
report-section-links = Links
report-every-week = Jede Woche, montags: die Woche davor
report-every-month = Jeden Monat, am 1.: der Monat davor

## Die Seiten eines Berichts

# $account is a handle (@name); $range is a range-span text.
report-running-head = { $account } · { $range }
# $version is Spool's version; $page and $pages are numbers.
report-footer = Erstellt mit Spool { $version } aus dem Verlauf auf diesem Computer · Seite { $page } von { $pages }
# $compared is a range-span text.
report-cover-compared = Jede Zahl im Vergleich zu { $compared }, dem gleich langen Zeitraum direkt davor.
report-cover-no-compared = Spool hat keinen früheren Zeitraum zum Vergleichen gespeichert.
report-cover-note = Follower entsprechen dem Stand der letzten Synchronisierung: Threads liefert nur die aktuelle Zahl. Aufrufe und Shares sind von Meta als „in Entwicklung“ gekennzeichnet.
# $percent is the size of the change, already written ("12"); $previous the number before.
report-change-up = ▲ { $percent } % gegenüber { $previous }
report-change-down = ▼ { $percent } % gegenüber { $previous }
report-change-level = unverändert
report-card-posts = Veröffentlichte Beiträge
report-card-total = Insgesamt in diesen Tagen
report-card-daily-average = Durchschnitt pro Tag
report-card-best-day = Bester Tag
report-card-interactions = Interaktionen mit diesen Beiträgen
report-card-engagement-rate = Interaktionsrate
report-card-followers-now = Follower aktuell
report-card-typical-views = Typische Aufrufe pro Beitrag
report-profile-views-intro = Profilaufrufe pro Tag, mit dem Durchschnitt der letzten sieben Tage. Ein Tag, den Threads ausgelassen hat, bleibt eine Lücke.
report-followers-intro = Follower bei jeder Synchronisierung durch Spool. Threads liefert nur die aktuelle Zahl, daher beginnt die Linie dort, wo Spool angefangen hat, sie zu speichern.
report-engagement-intro = Likes, Antworten, Reposts und Zitate der in diesen Tagen veröffentlichten Beiträge, nach dem Tag, an dem jeder erschienen ist, und die Interaktionsrate: Interaktionen pro 100 Aufrufe.
# $posts is a number of posts.
report-top-posts-intro =
    { $posts ->
        [one] Der in diesen Tagen veröffentlichte Beitrag im Vergleich zu deinem Normalwert für Beiträge im selben Alter, mit seinen Zahlen und seinem Text.
       *[other] Die { $posts } in diesen Tagen veröffentlichten Beiträge im Vergleich zu deinem Normalwert für Beiträge im selben Alter, dann die besten davon mit ihren Zahlen und Texten.
    }
report-what-worked-intro = Was die Beiträge dieser Tage darüber sagen, was bei dir funktioniert: Jede Erkenntnis beruht auf genug Beiträgen, um aussagekräftig zu sein.
report-audience-intro = Wer dir folgt, laut der neuesten Erfassung. Threads zeigt das ab 100 Followern.
report-links-intro = Klicks auf die Links in deinem Profil und deinen Beiträgen, laut der neuesten Erfassung und bei jeder Synchronisierung.
report-nothing = Spool hat hierzu noch nichts gespeichert. Synchronisiere das Konto und erstelle den Bericht dann erneut.
# $views, $interactions are numbers; $rate is a percentage, already written.
report-post-numbers = { $views } Aufrufe · { $interactions } Interaktionen · { $rate } Interaktionsrate
# $rank is a number; $day is a date.
report-post-when = { $rank } · { $day }
report-post-no-text = (ein Beitrag ohne Text)

## Was funktioniert hat: Erkenntnisse

# $breakouts and $posts are numbers of posts.
report-finding-breakouts =
    { $breakouts ->
        [one] Einer von { $posts } Beiträgen ist durchgestartet: dreimal so viele Aufrufe wie dein Normalwert für sein Alter oder mehr.
       *[other] { $breakouts } von { $posts } Beiträgen sind durchgestartet: dreimal so viele Aufrufe wie dein Normalwert für ihr Alter oder mehr.
    }
# $group is a format ("Text", "Image"…), $views and $posts numbers.
report-finding-format =
    Das Format { $group } schnitt am besten ab: im Median { $views } Aufrufe bei { $posts ->
        [one] { $posts } Beitrag
       *[other] { $posts } Beiträgen
    }.
# $group is a length of text ("Short (under 100 characters)"…).
report-finding-length =
    Nach Länge schnitt „{ $group }“ am besten ab: im Median { $views } Aufrufe bei { $posts ->
        [one] { $posts } Beitrag
       *[other] { $posts } Beiträgen
    }.
# $group is a weekday.
report-finding-weekday =
    Beiträge, die an einem { $group } veröffentlicht wurden, schnitten am besten ab: im Median { $views } Aufrufe bei { $posts ->
        [one] { $posts } Beitrag
       *[other] { $posts } Beiträgen
    }.
# $word is a word or a hashtag; $views and $median are numbers of views.
report-finding-word = Beiträge mit „{ $word }“ hatten im Median { $views } Aufrufe, gegenüber { $median } bei allen Beiträgen.
# $minimum is a number of posts.
report-finding-none =
    Zu wenige Beiträge in diesen Tagen, um zu sagen, was funktioniert hat: Eine Erkenntnis braucht { $minimum ->
        [one] { $minimum } Beitrag
       *[other] { $minimum } Beiträge
    } in einer Gruppe.

## Das Media-Kit

# $day is a date; $range is a range-span text.
media-kit-as-of = Zahlen mit Stand vom { $day } · Beiträge aus { $range }
media-kit-best-posts = Beste Beiträge
media-kit-audience = Wer folgt

## Die Ansicht Berichte

reports-kind = Erstellen
reports-sections = Abschnitte
reports-look = Aussehen
reports-preview = Vorschau
# $pages is a number of pages.
reports-pages =
    { $pages ->
        [one] Eine Seite
       *[other] { $pages } Seiten
    }
reports-save-pdf = PDF speichern…
reports-save-png = PNG speichern…
reports-no-sections = Wähle mindestens einen Abschnitt für den Bericht.
reports-making = Seiten werden gezeichnet…
reports-schedule = Nach Zeitplan
reports-schedule-note = Solange Spool läuft (auch im Infobereich), speichert es einen Bericht des angezeigten Kontos in dem Ordner, den du wählst, und sagt dir Bescheid, sobald er gespeichert ist.
reports-schedule-off = Aus
reports-schedule-folder = Ordner
reports-schedule-choose = Ordner wählen…
reports-schedule-saved = Der Zeitplan für Berichte ist gespeichert.
# $page and $pages are numbers: the page a preview's image shows.
reports-page = Seite { $page } von { $pages }
reports-schedule-needs-folder = Wähle einen Ordner für die Berichte: Der Zeitplan beginnt, sobald einer gewählt ist.
# $path is where the file was written.
notify-report-written-title = Dein Bericht ist fertig
notify-report-written-body = Spool hat { $path } gespeichert.
dialog-filter-pdf = PDF-Dokument
