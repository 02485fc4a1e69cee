# Spool auf Deutsch, übersetzt aus dem Englischen (locales/en/spool.ftl).
# Die Ids beginnen mit dem Teil von Spool, der die Meldung ausgibt.

## Wer ein Konto ist, im Infobereich und in Mitteilungen

account-handle = @{ $username }
account-handle-demo = @{ $username } (Demo)

## Das Menü im Infobereich (unter macOS in der Menüleiste)

tray-profile-views = Profilaufrufe: heute bisher { $today }, gestern { $yesterday }
tray-followers = Follower: { $followers }
tray-followers-change = Follower: { $followers } ({ $change } seit gestern)
tray-best-post =
    Bester Beitrag der letzten 24 Std.: { $views ->
        [one] { $views } Aufruf
       *[other] { $views } Aufrufe
    }
tray-best-post-against =
    Bester Beitrag der letzten 24 Std.: { $views ->
        [one] { $views } Aufruf
       *[other] { $views } Aufrufe
    }, { NUMBER($multiple, maximumFractionDigits: 1) }-mal so viele wie dein typischer Beitrag nach { $hours } Std.
tray-quote = „{ $excerpt }“
tray-no-post = Kein Beitrag in den letzten 24 Stunden
tray-no-account = Noch kein Konto: Öffne Spool, um eines zu verbinden
tray-sync-now = Jetzt synchronisieren
tray-open = Spool öffnen
tray-quit = Spool beenden
tray-sync-failed = Spool konnte nicht synchronisieren
tray-still-running = Spool läuft weiter
tray-still-running-body = Spool synchronisiert im Hintergrund weiter und sagt dir Bescheid, wenn etwas passiert. Über das Symbol im Infobereich (unter macOS in der Menüleiste) kannst du es öffnen oder beenden; in den Einstellungen legst du fest, ob Spool stattdessen beim Schließen des Fensters beendet wird.

## Mitteilungen

notify-breakout = Ein Beitrag von { $account } hebt gerade ab
notify-breakout-body =
    „{ $excerpt }“ hat nach { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } schon { $views ->
        [one] { $views } Aufruf
       *[other] { $views } Aufrufe
    }: { NUMBER($multiple, maximumFractionDigits: 1) }-mal so viele wie dein typischer Beitrag zum selben Zeitpunkt.
notify-milestone = { $account } hat { $milestone } Follower
notify-milestone-body = Jetzt { $followers } Follower, bei der letzten Synchronisierung waren es noch { $before }.
notify-login-needed = Melde dich erneut bei { $account } an
notify-login-needed-body = Threads akzeptiert die Anmeldung von Spool nicht mehr, daher wird nichts synchronisiert, bis du dich in den Einstellungen erneut anmeldest. Dein Verlauf bleibt erhalten.
notify-login-ending =
    { $days ->
        [0] Die Anmeldung von { $account } läuft heute ab
        [1] Die Anmeldung von { $account } läuft morgen ab
       *[other] Die Anmeldung von { $account } läuft in { $days } Tagen ab
    }
notify-login-ending-body = Spool konnte sie nicht verlängern. Melde dich vor Ablauf in den Einstellungen erneut an, damit weiter synchronisiert wird.
notify-syncs-failing = Synchronisierungen von { $account } schlagen weiterhin fehl
notify-syncs-failing-body = Die letzten { $failed } Synchronisierungen sind fehlgeschlagen. Die letzte meldete: { $reason }
notify-no-reason = kein Grund angegeben

## Die Ansichten: ihre Namen in der Seitenleiste und als Überschriften, und was jede zeigt

screen-today = Heute
screen-overview = Übersicht
screen-insights = Was funktioniert
screen-posts = Beiträge
screen-audience = Zielgruppe
screen-links = Links
screen-settings = Einstellungen
screen-today-purpose = Deine Beiträge der letzten drei Tage im Vergleich zu deinem typischen Beitrag, die heutigen Profilaufrufe und Follower und alles, was deine Aufmerksamkeit braucht.
screen-overview-purpose = Profilaufrufe, Likes, Antworten, Reposts, Zitate, Linkklicks und Follower im gewählten Zeitraum.
screen-insights-purpose = Was bei dir funktioniert: deine Top-Beiträge im Vergleich zu deinem Normalwert, Formate, Längen, Wochentage, Wörter und dein Posting-Rhythmus.
screen-posts-purpose = Jeder Beitrag mit seinen Aufrufen, Likes, Antworten, Reposts, Zitaten und Shares und wie er sich entwickelt hat.
screen-audience-purpose = Wo deine Follower leben, wie alt sie sind und welches Geschlecht sie haben – sobald du mindestens 100 Follower hast.
screen-links-purpose = Wie oft die Links in deinen Beiträgen und deinem Profil angeklickt wurden.
screen-settings-purpose = Konten, Präferenzen und Informationen über Spool.

## Einstellungen → Sprache

settings-language = Sprache
settings-language-label = Spool spricht
# $language is the system's language in its own name ("日本語", "Deutsch").
settings-language-system = Systemsprache ({ $language })
settings-language-note = Menüs, Meldungen, Mitteilungen und exportierte Diagramme übernehmen diese Auswahl sofort, und Zahlen und Datumsangaben erscheinen so, wie man sie in dieser Sprache in deiner Region schreibt.

## Alter eines Beitrags, wie seine Messpunkte sie nennen

age-hours = { $hours } Std.
age-days =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
# $multiple is how many times the typical post's views; $age is an age-hours or age-days text.
on-track = { NUMBER($multiple, maximumFractionDigits: 1) }-mal so viele Aufrufe wie dein typischer Beitrag im selben Alter ({ $age })

## Eine Ansicht, bevor sie Statistiken zeigen kann

waiting-no-account = Noch ist kein Threads-Konto verbunden.
waiting-connected = { $account } ist verbunden.
waiting-connect = Konto verbinden
waiting-try-demo = Demokonto ausprobieren
waiting-demo-note = Die Demo zeigt jede Ansicht mit simulierten Daten, als Demo gekennzeichnet; sie braucht keine Meta-App.

## Synchronisierung

sync-now = Jetzt synchronisieren
sync-cancel = Abbrechen
# $done and $total count requests; $rate is requests per second.
sync-progress = { $done } von { $total } · { NUMBER($rate, maximumFractionDigits: 0) } Anfragen/s
sync-never = Noch nicht synchronisiert: Spool hat noch keine Daten dieses Kontos gespeichert.
# $when is a date and time.
sync-completed =
    Zuletzt synchronisiert am { $when } ({ $requests ->
        [one] { $requests } Anfrage
       *[other] { $requests } Anfragen
    }).
sync-cancelled = Die Synchronisierung vom { $when } wurde abgebrochen; nichts wurde gespeichert.
sync-failed = Letzte Synchronisierung am { $when }: { $reason }
sync-failed-no-reason = ohne Angabe eines Grundes fehlgeschlagen; nichts wurde gespeichert.
# $day is a day and month, $time a time of day.
sync-short-completed = Synchronisiert am { $day } um { $time }
sync-short-cancelled = Letzte Synchronisierung abgebrochen
sync-short-failed = Letzte Synchronisierung fehlgeschlagen

## Heute

today-views = Profilaufrufe heute bisher
today-usual-day = an einem normalen Tag: { $views }
today-no-usual-day = noch kein normaler Tag gespeichert
today-followers = Follower
today-followers-up = ▲ { $change } seit gestern
today-followers-down = ▼ { $change } seit gestern
today-no-reading = kein Messwert von vor heute
today-recent = Deine letzten drei Tage
today-no-recent = Keine Beiträge in den letzten drei Tagen.
# $ages lists the checkpoints ("1 h, 6 h, 24 h, 3 days, 7 days").
today-typical-note = Dein typischer Beitrag liegt in der Mitte deiner früheren Beiträge, jeweils im selben Alter erfasst ({ $ages }); solange Spool läuft, erfasst es Beiträge, die jünger als zwei Tage sind, stündlich, sonst bei jeder Synchronisierung.
today-typical-unknown =
    Spool braucht mindestens { $posts ->
        [one] { $posts } früheren Beitrag
       *[other] { $posts } frühere Beiträge
    }, im selben Alter erfasst, um deinen typischen Beitrag zu kennen; solange Spool läuft, erfasst es junge Beiträge stündlich.
today-login-ending = Deine Anmeldung läuft am { $when } ab: Melde dich vorher erneut an, damit Spool weiter synchronisiert.
today-login-needed = Threads akzeptiert diese Anmeldung nicht mehr: Melde dich erneut an, um zu synchronisieren.
today-log-in-again = Erneut anmelden
today-sync-failed = Die letzte Synchronisierung am { $when } ist fehlgeschlagen: { $reason }
today-not-synced =
    { $hours ->
        [one] Seit { $hours } Stunde wurde nichts synchronisiert.
       *[other] Seit { $hours } Stunden wurde nichts synchronisiert.
    }
today-no-text = (kein Text)
today-not-read = noch nicht erfasst
today-post-views =
    { $views ->
        [one] { $views } Aufruf
       *[other] { $views } Aufrufe
    }
today-not-compared = Noch nicht verglichen: Ein Beitrag wird verglichen, sobald er im Alter von mindestens 1 Std. erfasst wurde und dein typischer Beitrag bekannt ist.
today-newest = Dein neuester Beitrag im Vergleich zu deinem typischen Beitrag

## Lists

# Between the items of a list ("1 h, 6 h, 24 h").
list-separator = { ", " }

## Einstellungen → Synchronisierung und Auf dem Desktop

settings-syncing = Synchronisierung
# Followed by a choice of settings-sync-every-hours.
settings-sync-every = Solange Spool läuft, jedes Konto synchronisieren
settings-sync-every-hours =
    { $hours ->
        [one] stündlich
       *[other] alle { $hours } Std.
    }
settings-history-note = Spool speichert jede Synchronisierung in einem Verlauf auf diesem Computer; Threads selbst speichert weder einen Follower-Verlauf noch das Wachstum von Beiträgen.
settings-back-up = Daten sichern…
settings-backed-up = Eine Kopie des Verlaufs wurde unter { $path } gespeichert.
settings-desktop = Auf dem Desktop
settings-keep-in-tray = Beim Schließen des Fensters Spool im Infobereich weiterlaufen und synchronisieren lassen
settings-no-tray = Dieser Desktop zeigt keine Symbole im Infobereich an (unter GNOME fügt die Erweiterung AppIndicator sie hinzu), daher beendet das Schließen des Fensters Spool: Es läuft nie, ohne dass du es sehen oder beenden kannst.
settings-start-at-login = Spool im Infobereich starten, wenn ich mich an diesem Computer anmelde
settings-notify-when = Benachrichtige mich, wenn…
settings-notify-breakouts = ein Beitrag durchstartet (doppelt so viele Aufrufe wie mein typischer Beitrag im selben Alter)
settings-notify-milestones = meine Follower eine Marke überschreiten (1.000, 2.500, 5.000 …)
settings-notify-logins = eine Anmeldung innerhalb einer Woche abläuft oder ich mich erneut anmelden muss
settings-notify-failing-syncs = Synchronisierungen immer wieder fehlschlagen (drei hintereinander)

# The sync panel before the first step of a sync is known.
sync-starting = Wird gestartet…
