## Fehler und Hinweise der nativen Seite

## Was das Fenster erfährt, wenn etwas nicht geschehen ist

error-no-account = Verbinde zuerst ein Konto (Einstellungen → Konto verbinden) oder probiere die Demo aus.
error-needs-login = Melde dich erneut bei @{ $username } an, bevor du synchronisierst.
error-already-syncing = Dieses Konto wird bereits synchronisiert.
error-removing = Spool entfernt gerade alle Daten; solange kann nichts synchronisiert werden.
error-logging-out = Dieses Konto wird gerade abgemeldet; solange kann nichts davon synchronisiert werden.
error-sync-did-not-stop = Eine Synchronisierung oder eine Anmeldeprüfung wurde nicht rechtzeitig beendet, daher wurde nichts entfernt. Versuche es gleich noch einmal.
error-sync-interval = Synchronisiere alle 1 bis 168 Stunden (eine Woche).
error-login-port = Wähle einen Port von 1024 bis 65535; niedrigere Ports erfordern Administratorrechte.
error-post-not-found = Dieser Beitrag ist nicht im Verlauf von Spool.
error-no-post-address = Threads gibt für diesen Beitrag keine Adresse an (er enthält urheberrechtlich geschütztes Material).
error-not-a-threads-link = Spool öffnet nur Beiträge auf threads.net oder threads.com über https; die Adresse dieses Beitrags ({ $url }) gehört nicht dazu ({ $reason }), daher wurde sie nicht geöffnet.
error-link-not-an-address = sie ist keine Webadresse
error-link-not-https = sie ist keine https-Adresse
error-link-not-threads = sie liegt nicht auf threads.net oder threads.com
error-browser = Der Browser konnte nicht geöffnet werden ({ $reason }); der Beitrag ist unter { $url }
error-start-at-login = Spool konnte nicht ändern, ob es bei deiner Anmeldung startet ({ $reason }). Versuche es erneut; wenn es weiter fehlschlägt, ändere es in der Liste der Autostart-Programme deines Desktops.
error-clipboard = Die Zwischenablage hat das Bild nicht angenommen ({ $reason }). Exportiere es stattdessen als Datei.
error-chart-image = { $reason }. Bitte melde diesen Fehler.
error-backup = Spool konnte { $path } nicht schreiben: { $reason }
error-fault = Beim { $doing } ist in Spool ein Fehler aufgetreten; deine Daten sind unverändert. Versuche es erneut; wenn es wieder passiert, melde den Fehler bitte mit dem Protokoll von Spool (Einstellungen → Über Spool zeigt, wo es liegt).

## Tage, die die Datumsauswahl nicht anfragen kann

error-range-before-floor = Threads speichert keine Statistiken vor dem { $floor }; wähle einen Tag ab diesem Datum.
error-range-in-future = Der { $day } liegt in der Zukunft; wähle heute ({ $today }) oder früher.
error-range-reversed = Der Zeitraum endet ({ $until }), bevor er beginnt ({ $since }).

## Die eigenen Dateien von Spool

error-storage-data-dir = Spool konnte seinen Datenordner { $path } nicht vorbereiten: { $reason }
error-storage-in-use = Eine andere Instanz von Spool läuft bereits mit dem Datenordner { $path }. Wechsle zu ihrem Fenster (oder schließe sie und starte Spool erneut): Zwei Instanzen würden gegenseitig ihre Dateien überschreiben.
error-storage-credentials = Spool konnte seine Anmeldedatendatei nicht lesen oder schreiben: { $reason }
error-storage-credentials-unreadable = Spool konnte seine Anmeldedatendatei { $path } nicht lesen: { $reason }. Es wurde nichts geändert: Mach die Datei für dich lesbar (oder repariere den Datenträger) und starte Spool dann erneut.
error-storage-credentials-not-written = Spool konnte seine Anmeldedatendatei { $path } nicht speichern: { $reason }. Es wurde nichts geändert: Gib Speicherplatz frei oder prüfe die Berechtigungen des Datenordners und versuche es dann erneut.
error-storage-key-unavailable = Spool konnte den Schlüssel, der seine Anmeldedaten verschlüsselt, nicht abrufen ({ $holder }): { $reason }. Deine Anmeldungen bleiben unverändert erhalten: Entsperre oder starte den Schlüsselspeicher ({ $holder }) und starte Spool dann erneut.
# Where the key that seals the credentials is kept, as $holder (here) and $store
# (Settings → About) name it; key-holder-file's $path is the key's file.
key-holder-macos-keychain = macOS-Schlüsselbund
key-holder-windows-credential-manager = Windows-Anmeldeinformationsverwaltung
key-holder-secret-service = Secret Service (GNOME Keyring, KWallet)
key-holder-system = Anmeldedatenspeicher des Systems
key-holder-file = Datei { $path }
error-storage-unknown-account = dieses Konto ist Spool nicht bekannt; möglicherweise wurde es abgemeldet

## Die Verlaufsdatenbank

error-history-damaged = die Verlaufsdatenbank ist beschädigt ({ $reason })
error-history-busy = die Verlaufsdatenbank wird von einem anderen Programm verwendet (einer anderen Instanz von Spool oder einem Programm, das die Datei liest): Schließe das andere Spool oder dieses Programm und versuche es dann erneut
error-history-read-only = Spool darf seinen Verlauf nicht schreiben: Der Datenträger oder der Datenordner ist schreibgeschützt ({ $reason }). Mach ihn beschreibbar (Einstellungen → Über Spool zeigt, wo er liegt) und versuche es dann erneut
error-history-disk-full = der Datenträger mit dem Verlauf von Spool ist voll: Gib Speicherplatz frei und versuche es dann erneut; es ging nichts verloren
error-history-cannot-open = Spool konnte seine Verlaufsdatei nicht öffnen oder lesen ({ $reason }): Prüfe, ob Spool seinen Datenordner lesen und schreiben darf (Einstellungen → Über Spool zeigt, wo er liegt), und versuche es dann erneut
error-history-migration = Spool konnte seinen Verlauf nicht auf den neuesten Stand bringen (Schritt { $step }: { $reason }); die Datei ist unverändert. Bitte melde diesen Fehler
error-history-too-new = die Verlaufsdatenbank wurde von einer neueren Version von Spool geschrieben (Schema { $found }); aktualisiere Spool
error-history-failed = die Verlaufsdatenbank hat einen Fehler gemeldet: { $reason }

## Anmelden

error-login-no-app = Gib zuerst die App-ID und das App-Geheimnis deiner Threads-App ein (Einstellungen → Konto verbinden).
error-login-bad-app-id = Die Threads-App-ID ist eine Zahl mit 15 oder 16 Ziffern (App settings → Basic → Threads app ID).
error-login-bad-app-secret = Das Threads-App-Geheimnis besteht aus 32 Buchstaben und Ziffern (App settings → Basic → Threads app secret, nach „Show“).
error-login-denied = Die Anmeldung wurde im Threads-Fenster abgebrochen. Melde dich erneut an und wähle „Zulassen“, damit Spool deine Statistiken lesen darf.
error-login-state-mismatch = Diese Adresse gehört zu einem früheren Anmeldeversuch. Starte die Anmeldung erneut und füge die Adresse ein, die der Browser an ihrem Ende anzeigt.
error-login-not-an-address = Das ist weder die Adresse, auf der der Browser gelandet ist, noch ein Anmeldecode. Kopiere die vollständige Adresse aus der Adressleiste des Browsers, nachdem du Spool zugelassen hast.
error-login-code-used = Dieser Anmeldecode wurde bereits verwendet oder ist abgelaufen (Codes gelten einmal, innerhalb einer Stunde). Starte die Anmeldung erneut.
error-login-app-refused = Threads hat App-ID und App-Geheimnis nicht als zusammengehörig akzeptiert. Kopiere beide erneut aus dem Dashboard deiner App (App settings → Basic, die Threads-App-ID und das Threads-App-Geheimnis).
error-login-redirect-refused = Threads hat die Weiterleitungsadresse nicht akzeptiert. Trage in den Threads-Einstellungen deiner App genau die Adresse ein, die die Einstellungen zeigen, und melde dich dann erneut an.
error-login-refused = Threads hat die Anmeldung abgelehnt: { $message }
error-login-timed-out =
    Vom Browser kam innerhalb von { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } keine Antwort; starte die Anmeldung erneut.
error-login-listener = Spool konnte auf 127.0.0.1:{ $port } nicht auf die Anmeldung warten ({ $reason }). Möglicherweise verwendet ein anderes Programm diesen Port: Wähle in den Einstellungen einen anderen und registriere die neue Weiterleitungsadresse.
error-login-not-started = Es läuft keine Anmeldung: Wähle zuerst „Mit Threads anmelden“.
error-login-cancelled = Die Anmeldung wurde abgebrochen.
error-login-demo = Die Demo konnte nicht starten: { $reason }
# Meta's window showed its own error page: $code is its error code; $meaning and $fix
# say it (a login-window-…-meaning and -fix).
error-login-window-refused = Das Anmeldefenster von Threads hat die Anmeldung abgelehnt (Fehler { $code }): { $meaning }. { $fix }
# A code Spool does not know: $message is Meta's own words.
error-login-window-unknown = Das Anmeldefenster von Threads hat die Anmeldung abgelehnt (Fehler { $code }: { $message }). Prüfe die App-ID und die Weiterleitungsadresse im Meta-App-Dashboard und starte die Anmeldung dann erneut.

## Eine abgebrochene Synchronisierung

error-sync-cancelled = Die Synchronisierung wurde abgebrochen; es wurde nichts gespeichert und der Verlauf ist unverändert.
said-as-written = { $text }
error-sync-api = Die Synchronisierung wurde beendet und hat nichts gespeichert: { $reason }
error-sync-too-many-pages = Die Synchronisierung wurde beendet und hat nichts gespeichert: Threads hat mehr als { $pages } Seiten mit Beiträgen aufgelistet, mehr als eine Synchronisierung liest. Versuche es später erneut; wenn es wieder passiert, melde den Fehler bitte.
error-sync-too-slow = Die Synchronisierung wurde beendet und hat nichts gespeichert: Sie las nach { $limit } immer noch. Prüfe die Verbindung und versuche es später erneut.
error-sync-limit-seconds = { $seconds } s
error-sync-limit-minutes =
    { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }

## Exporte und gespeicherte Dateien

error-export-range-needed = Wähle die Tage für den Export ({ $what }) und exportiere dann erneut.
error-export-nothing-stored = Spool hat noch keine Daten gespeichert ({ $what }): Synchronisiere und exportiere dann erneut.
error-export-drawing = das Diagramm konnte nicht gezeichnet werden: { $reason }. Bitte melde diesen Fehler; deine Daten sind unverändert.
error-export-too-large = ein Bild mit { $width } × { $height } Pixeln ist zu groß; wähle eine niedrigere Auflösung
error-export-encoding = Spool konnte die { $format }-Datei nicht schreiben ({ $reason }); bitte melde diesen Fehler.
error-save-folder-missing = Der Ordner für „{ $file }“ existiert nicht mehr. Wähle einen anderen Ordner und speichere erneut.
error-save-not-writable = Spool darf „{ $file }“ dort nicht schreiben: Der Ordner ist schreibgeschützt oder eine andere App hat die Datei geöffnet. Wähle einen anderen Ordner oder schließe die Datei in der anderen App und speichere erneut.
error-save-disk-full = Es ist nicht genug Speicherplatz vorhanden, um „{ $file }“ zu speichern. Gib Speicherplatz frei oder wähle ein anderes Laufwerk und speichere erneut.
error-save-other = Spool konnte „{ $file }“ nicht speichern: { $reason }. Wähle einen anderen Ordner und speichere erneut.
error-save-folder-in-the-way = dort gibt es bereits einen Ordner mit diesem Namen

## Antworten von Threads

error-api-refused = nicht gesendet: { $reason }
error-api-rate-limited = Threads begrenzt die Anfragen (Code { $code })
error-api-rate-limited-retry = Threads begrenzt die Anfragen (Code { $code }); versuche es in { $seconds } s erneut
error-api-token-expired = die Anmeldung ist abgelaufen oder wurde widerrufen (Code { $code }): Melde dich erneut an
error-api-permission-missing = der Anmeldung fehlt die Berechtigung { $scope } (Code { $code }): Melde dich erneut an und erlaube sie
error-api-not-found = Threads konnte dieses Objekt nicht finden, oder diese Anmeldung darf es nicht sehen (Code 100, Subcode 33): { $message }
error-api-invalid-subcode = Threads hat die Anfrage abgelehnt (Code 100, Subcode { $subcode }): { $message }
error-api-invalid = Threads hat die Anfrage abgelehnt (Code 100): { $message }
error-api-login-refused = Threads hat { $step } abgelehnt: { $message }
error-api-step-code-exchange = den Abschluss der Anmeldung
error-api-step-long-lived-exchange = das Erstellen einer langlebigen Anmeldung
error-api-step-refresh = das Verlängern der Anmeldung
error-api-step-profile = das Lesen des Profils
error-api-step-posts = das Auflisten der Beiträge
error-api-step-post-insights = das Lesen der Statistiken eines Beitrags
error-api-step-account-insights = das Lesen der Kontostatistiken
error-api-transient = Bei Threads ist ein vorübergehender Fehler aufgetreten ({ $detail }); versuche es gleich noch einmal
error-api-other = Threads hat mit Fehler { $code } geantwortet: { $message }
error-api-network = Threads war nicht erreichbar: { $reason }
error-api-timeout = Threads hat nicht rechtzeitig geantwortet
error-api-unexpected = Threads hat eine unerwartete Antwort gesendet (HTTP { $status }): { $detail }

## Hinweise, die auf keinen Befehl antworten

native-history-unopened = Spool konnte seinen Verlauf nicht öffnen und hat die Datei unverändert gelassen: { $reason }. Deine Konten und Einstellungen funktionieren solange, und der Verlauf öffnet sich von selbst, sobald die Ursache behoben ist.
# Told once the window is up, about a file opened at start ($path: where the old file was kept).
native-credentials-restored = Die Anmeldedatendatei von Spool war beschädigt, daher hat Spool deine Anmeldungen aus der Sicherungskopie wiederhergestellt und die beschädigte Datei unter { $path } aufbewahrt.
native-credentials-damaged = Die Anmeldedatendatei von Spool war beschädigt, daher hat Spool ohne sie gestartet und eine Kopie unter { $path } aufbewahrt. Melde dich erneut bei deinen Konten an; dein Verlauf ist nicht betroffen.
# $holder: where the key was kept ("the macOS Keychain", "the file …/credentials.key").
native-credentials-key-gone = Spool konnte seine Anmeldedaten nicht entschlüsseln: Der Schlüssel, mit dem sie verschlüsselt wurden, ist nicht mehr vorhanden ({ $holder }). Spool hat die verschlüsselte Datei unter { $path } aufbewahrt und ohne sie gestartet. Melde dich erneut bei deinen Konten an; dein Verlauf ist nicht betroffen.
native-history-set-aside = Der Verlauf von Spool konnte nicht gelesen werden, daher hat Spool einen neuen begonnen und die alte Datei unter { $path } aufbewahrt. Eine erneute Synchronisierung stellt wieder her, was Threads noch hat.
native-background-fault = Beim { $doing } ist in Spool im Hintergrund ein Fehler aufgetreten, doch Spool läuft weiter; deine Daten sind unverändert, und die nächste Runde versucht es erneut. Wenn dieser Hinweis wiederkommt, melde den Fehler bitte mit dem Protokoll von Spool (Einstellungen → Über Spool zeigt, wo es liegt).

## Der Speichern-Dialog: die angebotenen Dateitypen

dialog-filter-png = PNG-Bild
dialog-filter-svg = SVG-Bild
dialog-filter-csv = CSV (Tabellenkalkulation)
dialog-filter-json = JSON
dialog-filter-sqlite = SQLite-Datenbank

## Das Programmmenü unter macOS

menu-about = Über Spool
menu-settings = Einstellungen …
menu-services = Dienste
menu-hide = Spool ausblenden
menu-hide-others = Andere ausblenden
menu-show-all = Alle einblenden
menu-quit = Spool beenden
menu-edit = Bearbeiten
menu-undo = Widerrufen
menu-redo = Wiederholen
menu-cut = Ausschneiden
menu-copy = Kopieren
menu-paste = Einsetzen
menu-select-all = Alles auswählen
menu-view = Darstellung
menu-full-screen = Vollbildmodus ein/aus
menu-window = Fenster
menu-minimize = Im Dock ablegen
menu-zoom = Zoomen
menu-close-window = Fenster schließen

## Was Spool gerade tat, als ein Fehler auftrat (nach „Beim“ in error-fault und native-background-fault)

error-doing-backing-up = Sichern des Verlaufs
error-doing-checking-logins = Prüfen der Anmeldungen
error-doing-copying-chart = Kopieren des Diagramms
error-doing-deciding-notifications = Auswählen der Mitteilungen
error-doing-drawing-chart = Zeichnen des Diagramms
error-doing-emptying-history = Leeren des Verlaufs
error-doing-exporting-chart = Exportieren des Diagramms
error-doing-exporting-data = Exportieren der Daten
error-doing-logging-in = Anmelden
error-doing-logging-in-with-token = Anmelden mit dem Token
error-doing-logging-out = Abmelden
error-doing-opening-demo = Öffnen der Demo
error-doing-opening-history = Öffnen des Verlaufs
error-doing-opening-post = Öffnen des Beitrags
error-doing-reading-accounts = Lesen der Konten
error-doing-reading-audience = Lesen der Zielgruppe
error-doing-reading-best-times = Lesen der besten Zeiten
error-doing-reading-best-times-to-post = Lesen der besten Zeiten zum Posten
error-doing-reading-content-insights = Lesen der Inhaltsstatistiken
error-doing-reading-last-sync = Lesen der letzten Synchronisierung
error-doing-reading-link-clicks = Lesen der Linkklicks
error-doing-reading-login-settings = Lesen der Anmeldeeinstellungen
error-doing-reading-overview = Lesen der Übersicht
error-doing-reading-pasted-address = Lesen der eingefügten Adresse
error-doing-reading-post = Lesen des Beitrags
error-doing-reading-posts = Lesen der Beiträge
error-doing-reading-preferences = Lesen der Präferenzen
error-doing-reading-today = Lesen von „Heute“
error-doing-reading-todays-numbers = Lesen der heutigen Zahlen
error-doing-reading-what-works = Lesen von „Was funktioniert“
error-doing-reading-young-posts = Lesen neuer Beiträge
error-doing-recording-failed-sync = Festhalten einer fehlgeschlagenen Synchronisierung
error-doing-removing-all-data = Entfernen aller Daten
error-doing-running-scheduled-syncs = Ausführen der geplanten Synchronisierungen
error-doing-saving-file = Speichern der Datei
error-doing-saving-login-port = Speichern des Anmeldeports
error-doing-saving-preferences = Speichern der Präferenzen
error-doing-saving-meta-app = Speichern deiner Meta-App
error-doing-starting-login = Starten der Anmeldung
error-doing-stopping-sync = Beenden der Synchronisierung
error-doing-switching-accounts = Wechseln des Kontos
error-doing-syncing = Synchronisieren

## Reports

error-unknown-account = Spool hat kein Konto @{ $username }: Verbinde es zuerst in Spool oder nenne eines, das Spool hat (demo für das Demo-Konto).
error-report-folder = Spool kann keine Berichte in { $path } schreiben: { $reason }. Wähle einen Ordner, den es gibt.
error-report-sync-failed = Die Synchronisierung ist fehlgeschlagen, daher wurde kein Bericht geschrieben: { $reason }
error-report-sync-stopped = Die Synchronisierung wurde angehalten, daher wurde kein Bericht geschrieben.
error-doing-drawing-report = Zeichnen des Berichts
error-doing-writing-report = Schreiben des Berichts
error-doing-writing-scheduled-report = Schreiben des geplanten Berichts
error-doing-reading-report-schedule = Lesen des Berichtsplans
error-doing-saving-report-schedule = Speichern des Berichtsplans
error-doing-choosing-folder = Auswählen eines Ordners
