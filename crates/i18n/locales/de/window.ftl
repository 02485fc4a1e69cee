## The window's frame: palette, shortcuts, banners, Settings' accounts and About

## Die Befehlspalette (Strg+K)

palette-label = Befehlspalette
palette-placeholder = Gehe zu einer Ansicht, einem Beitrag, einem Zeitraum…
# The list of what the palette offers, as screen readers name it.
palette-commands = Befehle
palette-empty = Keine Treffer. Versuch es mit dem Namen einer Ansicht oder mit Wörtern aus einem Beitrag.
# $screen is a screen's name (screen-today…).
palette-go-to = Gehe zu { $screen }
# $range is a range's name ("30 days").
palette-range = Zeitraum: { $range }
# $account is a handle (@name).
palette-show-account = { $account } anzeigen
palette-export-chart = Dieses Diagramm exportieren…
# $excerpt is the start of a post's text.
palette-post = Beitrag: { $excerpt }

## Die Liste der Tastenkürzel (?)

shortcuts-title = Tastenkürzel
shortcuts-screens = Zu einer Ansicht wechseln, in der Reihenfolge der Seitenleiste
shortcuts-palette = Befehlspalette: Ansichten, Beiträge, Zeiträume, Synchronisieren, Exportieren
shortcuts-sync = Das angezeigte Konto synchronisieren
shortcuts-close-window = Fenster schließen (Spool bleibt im Infobereich, sofern es einen gibt)
shortcuts-chart = Die Werte eines Diagramms vorlesen, wenn es den Fokus hat
shortcuts-this-list = Diese Liste
shortcuts-close-dialogs = Palette oder diese Liste schließen
shortcuts-close = Schließen

## Der Rahmen des Fensters: die Seitenleiste

# $version is Spool's version ("0.1.0").
app-version = Spool { $version }
# The sidebar, as screen readers name it.
app-screens = Ansichten
app-show-account = Konto anzeigen
# The badge of the demo account.
app-demo-badge = DEMO
# An account in the sidebar's switcher: $account is its handle (@name).
app-account-demo = { $account } (DEMO)
# The window could not reach Spool's native side: $detail says what failed, in technical words.
app-ipc-failed = Das Fenster von Spool konnte die App nicht erreichen: { $detail }. Starte Spool neu; falls das immer wieder passiert, melde es bitte.
# $detail when nothing says what failed.
app-ipc-unknown = ein unbekannter Fehler

## Hinweise über der Ansicht

# $account is a handle (@name), drawn in bold.
banner-needs-login = Threads akzeptiert die Anmeldung von { $account } nicht mehr. Melde dich erneut an, damit die Statistiken aktuell bleiben; was Spool gespeichert hat, bleibt erhalten.
banner-log-in-again = Erneut anmelden
banner-dismiss = Schließen
# Folds what Meta's support would ask for about an error.
banner-details = Details

## Einstellungen → Konten

settings-accounts = Konten
settings-no-account = Noch kein Konto: Probier die Demo aus oder verbinde unten dein eigenes.
settings-needs-login = Erneute Anmeldung nötig
# $date is a date.
settings-login-valid-until = Anmeldung gültig bis { $date }
settings-show-account = Anzeigen
settings-shown = Angezeigt
settings-log-out = Abmelden
# $account is a handle (@name).
settings-logged-out = { $account } ist abgemeldet: Spool hat jede Kopie der Anmeldung von diesem Computer gelöscht. Um Spool auch auf Threads den Zugriff zu entziehen, öffne Threads: Einstellungen → Konto → Website-Berechtigungen.

## Einstellungen → Konto verbinden

settings-connect = Konto verbinden
settings-demo-note = Noch keine Meta-App? Das Demokonto zeigt Spool mit 18 Monaten simulierter Statistiken; dafür ist keine Anmeldung nötig.
settings-try-demo = Demo ausprobieren
settings-demo-starting = Demo wird gestartet…
settings-own-account = Dein eigenes Threads-Konto
settings-own-account-note = Meta erlaubt einer App, Statistiken nur von Personen zu lesen, die sie als Tester führt. Deshalb meldet sich Spool über eine eigene Meta-App von dir an. Die Einrichtung dauert einmalig etwa fünf Minuten.
# Names in Meta's developer dashboard, drawn in bold in the steps below.
settings-meta-use-case = Access the Threads API
settings-meta-roles = Roles → Roles
settings-meta-tester = Threads Tester
settings-meta-use-case-settings = Use cases → Customize → Settings
settings-meta-basic = App settings → Basic
settings-meta-app-id = Threads app ID
settings-meta-app-secret = Threads app secret
# $usecase is settings-meta-use-case.
settings-step-create-app = Erstelle auf developers.facebook.com eine App und wähle den Anwendungsfall { $usecase }.
# $roles is settings-meta-roles, $tester settings-meta-tester. The path at the end is Threads' own menus.
settings-step-tester = Füge dich unter { $roles } der App als { $tester } hinzu und nimm dann die Einladung in Threads an (Einstellungen → Konto → Website-Berechtigungen → Einladungen).
# $place is settings-meta-use-case-settings.
settings-step-redirect = Füge unter { $place } genau diese Redirect-Callback-URL hinzu:
settings-login-port = Spool empfängt die Anmeldung auf diesem Port deines Computers
settings-change-port = Port ändern
settings-port-invalid = Ein Port ist eine ganze Zahl von 1024 bis 65535.
# $place is settings-meta-basic, $id settings-meta-app-id, $secret settings-meta-app-secret.
settings-step-app-id = Kopiere unter { $place } die { $id } und das { $secret } (nicht die Facebook-App-ID) hierher:
settings-app-id = Threads-App-ID
settings-app-secret = Threads-App-Geheimnis
settings-app-secret-saved = gespeichert (zum Ersetzen erneut eingeben)
settings-save-app = Speichern
settings-log-in = Mit Threads anmelden
settings-save-app-first = Speichere zuerst die App-ID und das Geheimnis.
settings-login-browser-opened = Dein Browser hat die Threads-Anmeldung geöffnet. Erlaube Spool dort den Zugriff; diese Seite macht dann von selbst weiter.
settings-login-open-address = Öffne diese Adresse in deinem Browser und erlaube Spool den Zugriff; diese Seite macht dann von selbst weiter:
settings-login-certificate = Der Browser warnt einmal, dass die Verbindung zu 127.0.0.1 nicht privat ist: Spool hat dieses Zertifikat selbst erstellt, um die Anmeldung auf deinem Computer zu empfangen. Wähle „Erweitert“ → „Weiter“.
settings-login-paste-address = Oder füge die Adresse ein, auf der der Browser gelandet ist
settings-login-continue = Weiter
settings-login-cancel = Abbrechen
settings-login-errors = Wenn Threads einen Fehler anzeigt
# $address is the redirect address, drawn as code.
settings-login-errors-note = Die zu registrierende Redirect-Adresse ist { $address }. Wenn du unten die Adresse der Fehlerseite von Threads einfügst, erfährst du, welcher dieser Fehler es ist.
# One row of that list: $code is Meta's error code (drawn in bold); $meaning and $fix are
# the row's login-window-…-meaning and login-window-…-fix.
settings-login-window-error = { $code }: { $meaning }. { $fix }
settings-token-label = Oder füge ein langlebiges Token aus dem User Token Generator der App ein
settings-token-log-in = Mit Token anmelden
settings-copy = Kopieren
settings-copied = Kopiert

## Was die Fehler des Threads-Anmeldefensters bedeuten und was zu ändern ist, nach Metas Fehlercode

login-window-1349168-meaning = die von Spool gesendete Redirect-Adresse ist für die App nicht registriert
login-window-1349168-fix = Öffne im Meta-App-Dashboard Use cases → Access the Threads API → Settings und füge unter „Redirect Callback URLs“ die Redirect-Adresse hinzu, die die Einstellungen von Spool zeigen, genau wie angezeigt (https, 127.0.0.1, derselbe Port und Pfad); speichere und melde dich dann erneut an.
login-window-1349026-meaning = die App-ID ist keine Threads-App-ID: Meist wurde die Facebook-App-ID eingegeben
login-window-1349026-fix = Öffne im Meta-App-Dashboard App settings → Basic und kopiere die „Threads app ID“ und das „Threads app secret“ (nicht die App ID oben auf der Seite) in die Einstellungen von Spool; melde dich dann erneut an.
login-window-4476002-meaning = keine verwendbare App-ID hat das Fenster erreicht: Die Facebook-App-ID wurde eingegeben, oder die Adresse hat bei einer Weiterleitung von threads.net zu threads.com ihre Parameter verloren
login-window-4476002-fix = Prüfe, ob in den Einstellungen von Spool die „Threads app ID“ aus App settings → Basic steht (nicht die Facebook App ID), und starte die Anmeldung dann erneut aus Spool, das direkt www.threads.com öffnet.
login-window-1349245-meaning = das Threads-Konto hat die Einladung als Tester der App noch nicht angenommen
login-window-1349245-fix = Füge das Konto im Meta-App-Dashboard unter App roles → Roles → Threads Testers hinzu; öffne dann in Threads Einstellungen → Konto → Website-Berechtigungen → Einladungen und nimm die Einladung an. Melde dich anschließend mit diesem Konto erneut an.
login-window-1349187-meaning = die Redirect-Adresse ist nicht https
login-window-1349187-fix = Registriere und verwende eine https-Redirect-Adresse: Die von Spool ist die https://127.0.0.1-Adresse, die seine Einstellungen zeigen. Einfaches http und eigene Schemata werden abgelehnt.
login-window-1-meaning = Meta konnte die Anfrage nicht lesen: eine App-ID, die keine Zahl ist, unterwegs verlorene Parameter oder ein vorübergehender Fehler
login-window-1-fix = Prüfe, ob die Threads-App-ID in den Einstellungen von Spool die Zahl aus App settings → Basic ist, ohne Leerzeichen, und starte die Anmeldung dann erneut aus Spool. Wenn der Fehler bleibt, versuche es in ein paar Minuten noch einmal.

## Einstellungen → Deine Daten

settings-your-data = Deine Daten
settings-data-note = Spool speichert deine Anmeldungen, das Geheimnis deiner Meta-App, deine Einstellungen und den Verlauf jeder Synchronisierung in seinem Datenordner auf diesem Computer und nirgendwo sonst.
settings-remove-all = Alle Daten entfernen…
settings-remove-question = Jede Anmeldung, jede Einstellung und den gesamten Verlauf von diesem Computer entfernen?
settings-remove-warning = Threads behält deine Beiträge; was nur Spool speichert (Follower im Zeitverlauf, das Wachstum jedes Beitrags), lässt sich nicht wiederherstellen. Sichere die Daten vorher, falls du sie noch brauchen könntest.
settings-remove-confirm = Alles entfernen
settings-remove-cancel = Meine Daten behalten
settings-removed = Alle Anmeldungen, Einstellungen und der Verlauf wurden entfernt.

## Einstellungen → Über Spool

settings-about = Über Spool
settings-loading = Wird geladen…
settings-about-version = Version
settings-about-data-folder = Datenordner
settings-about-log-folder = Protokollordner
settings-about-system = System
settings-about-logins = Anmeldungen
# $store is the system's credential store ("the macOS Keychain").
settings-secrets-system-store = Verschlüsselt auf der Festplatte; der Schlüssel wird hier verwahrt: { $store }.
# $path is a file's path.
settings-secrets-key-file = Verschlüsselt auf der Festplatte, aber kein Anmeldedatenspeicher des Systems hat geantwortet, daher liegt der Schlüssel in { $path } und ist nur für dich lesbar: Wer deine Dateien lesen kann, kann auch deine Anmeldungen lesen.
settings-secrets-memory = Nur im Arbeitsspeicher.
