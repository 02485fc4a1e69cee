## ネイティブ側のエラーとお知らせ

## 頼まれたことができなかったときにウィンドウに伝える内容

error-no-account = 先にアカウントを接続してください（設定 → アカウントを接続）。デモを試すこともできます。
error-needs-login = 同期する前に @{ $username } に再度ログインしてください。
error-already-syncing = このアカウントはすでに同期中です。
error-removing = Spool はすべてのデータを削除しています。その間は同期できません。
error-logging-out = このアカウントはログアウト中です。その間はこのアカウントを同期できません。
error-sync-did-not-stop = 同期またはログインの確認が時間内に止まらなかったため、何も削除されていません。少し待ってからもう一度お試しください。
error-sync-interval = 同期の間隔は 1〜168 時間（1 週間）の範囲で指定してください。
error-login-port = 1024〜65535 のポートを選んでください。それより小さいポートには管理者権限が必要です。
error-post-not-found = その投稿は Spool の履歴にありません。
error-no-post-address = Threads はこの投稿のアドレスを提供していません（著作権で保護されたコンテンツが含まれています）。
error-not-a-threads-link = Spool が開くのは https の threads.net または threads.com 上の投稿だけです。この投稿のアドレス（{ $url }）は該当しないため（{ $reason }）、開きませんでした。
error-link-not-an-address = ウェブアドレスではありません
error-link-not-https = https のアドレスではありません
error-link-not-threads = threads.net または threads.com 上にありません
error-browser = ブラウザーを開けませんでした（{ $reason }）。投稿のアドレスは { $url } です
error-start-at-login = ログイン時に Spool を起動するかどうかを変更できませんでした（{ $reason }）。もう一度お試しください。それでも失敗する場合は、デスクトップのスタートアップアプリの一覧で変更してください。
error-clipboard = クリップボードが画像を受け付けませんでした（{ $reason }）。代わりにファイルとして書き出してください。
error-chart-image = { $reason }。この問題を報告してください。
error-backup = Spool は { $path } に書き込めませんでした：{ $reason }
error-fault = { $doing }中に Spool で不具合が発生しました。データは変更されていません。もう一度お試しください。再び起きる場合は、Spool のログを添えて報告してください（ログの場所は「設定」→「Spool について」に表示されます）。

## 日付の選択で指定できない日

error-range-before-floor = Threads には { $floor } より前のインサイトがありません。その日以降を選んでください。
error-range-in-future = { $day } は未来の日付です。今日（{ $today }）以前を選んでください。
error-range-reversed = 期間の終わり（{ $until }）が始まり（{ $since }）より前になっています。

## Spool 自身のファイル

error-storage-data-dir = Spool はデータフォルダー { $path } を準備できませんでした：{ $reason }
error-storage-in-use = データフォルダー { $path } を使う Spool がすでに起動しています。そちらのウィンドウに切り替えてください（または、それを終了してから Spool をもう一度起動してください）。2 つ同時に動くと互いのファイルを上書きしてしまいます。
error-storage-credentials = Spool は認証情報ファイルを読み書きできませんでした：{ $reason }
error-storage-credentials-unreadable = Spool は認証情報ファイル { $path } を読み込めませんでした：{ $reason }。何も変更されていません。ファイルを読み取れるようにして（またはディスクを修復して）から、Spool をもう一度起動してください。
error-storage-credentials-not-written = Spool は認証情報ファイル { $path } を保存できませんでした：{ $reason }。何も変更されていません。空き容量を確保するか、データフォルダーのアクセス権を確認してから、もう一度お試しください。
error-storage-key-unavailable = Spool は認証情報を暗号化する鍵を { $holder } から取得できませんでした：{ $reason }。ログイン情報はそのまま保持されています。{ $holder } のロックを解除するか起動してから、Spool をもう一度起動してください。
# Where the key that seals the credentials is kept, as $holder (here) and $store
# (Settings → About) name it; key-holder-file's $path is the key's file.
key-holder-macos-keychain = macOS のキーチェーン
key-holder-windows-credential-manager = Windows 資格情報マネージャー
key-holder-secret-service = Secret Service（GNOME Keyring、KWallet）
key-holder-system = システムの資格情報ストア
key-holder-file = ファイル { $path }
error-storage-unknown-account = そのアカウントは Spool に登録されていません。ログアウトされた可能性があります

## 履歴データベース

error-history-damaged = 履歴データベースが破損しています（{ $reason }）
error-history-busy = 履歴データベースが別のプログラム（別の Spool、またはファイルを読み込んでいるツール）で使用中です。そちらの Spool またはプログラムを終了してから、もう一度お試しください
error-history-read-only = Spool は履歴を書き込めません。ディスクまたはデータフォルダーが読み取り専用です（{ $reason }）。書き込めるようにしてから（場所は「設定」→「Spool について」に表示されます）、もう一度お試しください
error-history-disk-full = Spool の履歴があるディスクがいっぱいです。空き容量を確保してから、もう一度お試しください。何も失われていません
error-history-cannot-open = Spool は履歴ファイルを開けないか、読み込めませんでした（{ $reason }）。Spool がデータフォルダーを読み書きできるか確認してから（場所は「設定」→「Spool について」に表示されます）、もう一度お試しください
error-history-migration = Spool は履歴を最新の形式に更新できませんでした（手順 { $step }：{ $reason }）。ファイルは変更されていません。この問題を報告してください
error-history-too-new = 履歴データベースは新しいバージョンの Spool で書き込まれています（スキーマ { $found }）。Spool をアップデートしてください
error-history-failed = 履歴データベースでエラーが発生しました：{ $reason }

## ログイン

error-login-no-app = 先に Threads アプリの ID とシークレットを入力してください（設定 → アカウントを接続）。
error-login-bad-app-id = Threads アプリ ID は 15 桁または 16 桁の数字です（App settings → Basic → Threads app ID）。
error-login-bad-app-secret = Threads アプリシークレットは 32 文字の英数字です（App settings → Basic → Threads app secret、「Show」を押すと表示されます）。
error-login-denied = Threads のウィンドウでログインがキャンセルされました。もう一度ログインし、「許可」を選んで Spool がインサイトを読めるようにしてください。
error-login-state-mismatch = そのアドレスは以前のログインのものです。ログインをやり直し、最後にブラウザーに表示されるアドレスを貼り付けてください。
error-login-not-an-address = これはブラウザーが最後に開いたアドレスでも、ログインコードでもありません。Spool を許可した後、ブラウザーのアドレスバーからアドレス全体をコピーしてください。
error-login-code-used = このログインコードはすでに使用済みか、有効期限が切れています（コードは 1 時間以内に 1 回だけ使えます）。ログインをやり直してください。
error-login-app-refused = Threads はアプリ ID とシークレットの組み合わせを受け付けませんでした。アプリのダッシュボード（App settings → Basic の Threads アプリ ID とシークレット）から両方をもう一度コピーしてください。
error-login-redirect-refused = Threads はリダイレクトアドレスを受け付けませんでした。「設定」に表示されているアドレスをそのまま、アプリの Threads 設定に登録してから、もう一度ログインしてください。
error-login-refused = Threads がログインを拒否しました：{ $message }
error-login-timed-out = { $minutes } 分以内にブラウザーから応答がありませんでした。ログインをやり直してください。
error-login-listener = Spool は 127.0.0.1:{ $port } でログインを待ち受けられませんでした（{ $reason }）。別のプログラムがそのポートを使っている可能性があります。「設定」で別のポートを選び、新しいリダイレクトアドレスを登録してください。
error-login-not-started = 進行中のログインはありません。先に「Threads でログイン」を選んでください。
error-login-cancelled = ログインはキャンセルされました。
error-login-demo = デモを開始できませんでした：{ $reason }
# Meta's window showed its own error page: $code is its error code; $meaning and $fix
# say it (a login-window-…-meaning and -fix).
error-login-window-refused = Threads のログインウィンドウがログインを拒否しました（エラー { $code }）：{ $meaning }。{ $fix }
# A code Spool does not know: $message is Meta's own words.
error-login-window-unknown = Threads のログインウィンドウがログインを拒否しました（エラー { $code }：{ $message }）。Meta のアプリダッシュボードでアプリ ID とリダイレクトアドレスを確認してから、もう一度ログインを始めてください。

## 止まった同期

error-sync-cancelled = 同期はキャンセルされました。何も保存されず、履歴は元のままです。
said-as-written = { $text }
error-sync-api = 同期は停止し、何も保存されませんでした：{ $reason }
error-sync-too-many-pages = 同期は停止し、何も保存されませんでした：Threads が 1 回の同期で読む量を超える { $pages } ページ以上の投稿を返しました。後でもう一度お試しください。再び起きる場合は報告してください。
error-sync-too-slow = 同期は停止し、何も保存されませんでした：{ $limit }たっても読み込みが終わりませんでした。接続を確認し、後でもう一度お試しください。
error-sync-limit-seconds = { $seconds } 秒
error-sync-limit-minutes = { $minutes } 分

## 書き出しと保存したファイル

error-export-range-needed = 書き出す日付（{ $what }）を選んでから、もう一度書き出してください。
error-export-nothing-stored = Spool にはまだ { $what } のデータがありません。同期してから、もう一度書き出してください。
error-export-drawing = グラフを描画できませんでした：{ $reason }。この問題を報告してください。データは変更されていません。
error-export-too-large = { $width } × { $height } ピクセルの画像は大きすぎます。解像度を下げてください
error-export-encoding = Spool は { $format } ファイルを書き込めませんでした（{ $reason }）。この問題を報告してください。
error-save-folder-missing = 「{ $file }」の保存先フォルダーはもう存在しません。別のフォルダーを選んで、もう一度保存してください。
error-save-not-writable = Spool はそこに「{ $file }」を書き込めません。フォルダーが読み取り専用か、別のアプリがファイルを開いています。別のフォルダーを選ぶか、別のアプリでファイルを閉じてから、もう一度保存してください。
error-save-disk-full = 「{ $file }」を保存する空き容量が足りません。空き容量を確保するか別のドライブを選んで、もう一度保存してください。
error-save-other = Spool は「{ $file }」を保存できませんでした：{ $reason }。別のフォルダーを選んで、もう一度保存してください。
error-save-folder-in-the-way = 同じ名前のフォルダーがすでにあります

## Threads からの応答

error-api-refused = 送信しませんでした：{ $reason }
error-api-rate-limited = Threads がリクエストを制限しています（コード { $code }）
error-api-rate-limited-retry = Threads がリクエストを制限しています（コード { $code }）。{ $seconds } 秒後にもう一度お試しください
error-api-token-expired = ログインの有効期限が切れたか、取り消されました（コード { $code }）。もう一度ログインしてください
error-api-permission-missing = ログインに { $scope } の権限がありません（コード { $code }）。もう一度ログインして許可してください
error-api-not-found = Threads はそのオブジェクトを見つけられないか、このログインでは参照できません（コード 100、サブコード 33）：{ $message }
error-api-invalid-subcode = Threads がリクエストを拒否しました（コード 100、サブコード { $subcode }）：{ $message }
error-api-invalid = Threads がリクエストを拒否しました（コード 100）：{ $message }
error-api-login-refused = Threads が{ $step }を拒否しました：{ $message }
error-api-step-code-exchange = ログインの完了
error-api-step-long-lived-exchange = 長期間有効なログインの取得
error-api-step-refresh = ログインの更新
error-api-step-profile = プロフィールの読み込み
error-api-step-posts = 投稿の一覧の取得
error-api-step-post-insights = 投稿のインサイトの読み込み
error-api-step-account-insights = アカウントのインサイトの読み込み
error-api-transient = Threads で一時的な障害が発生しました（{ $detail }）。しばらくしてからもう一度お試しください
error-api-other = Threads がエラー { $code } を返しました：{ $message }
error-api-network = Threads に接続できませんでした：{ $reason }
error-api-timeout = Threads から時間内に応答がありませんでした
error-api-unexpected = Threads から予期しない応答がありました（HTTP { $status }）：{ $detail }

## コマンドへの応答ではないお知らせ

native-history-unopened = Spool は履歴を開けなかったため、ファイルをそのままにしています：{ $reason }。その間もアカウントと設定は使えます。原因が解消されると、履歴は自動的に開きます。
# Told once the window is up, about a file opened at start ($path: where the old file was kept).
native-credentials-restored = Spool の認証情報ファイルが破損していたため、バックアップコピーからログイン情報を復元し、破損したファイルを { $path } に保管しました。
native-credentials-damaged = Spool の認証情報ファイルが破損していたため、このファイルを使わずに起動し、コピーを { $path } に保管しました。各アカウントにもう一度ログインしてください。履歴には影響ありません。
# $holder: where the key was kept ("the macOS Keychain", "the file …/credentials.key").
native-credentials-key-gone = Spool は認証情報の暗号化を解除できませんでした。暗号化に使った鍵が { $holder } からなくなっています。暗号化されたファイルを { $path } に保管し、このファイルを使わずに起動しました。各アカウントにもう一度ログインしてください。履歴には影響ありません。
native-history-set-aside = Spool の履歴を読み取れなかったため、新しい履歴を作成し、古いファイルを { $path } に保管しました。もう一度同期すると、Threads に残っているデータが復元されます。
native-background-fault = バックグラウンドでの{ $doing }中に Spool で不具合が発生しましたが、動作は続いています。データは変更されておらず、次の回にもう一度試します。このお知らせが再び表示される場合は、Spool のログを添えて報告してください（ログの場所は「設定」→「Spool について」に表示されます）。

## 保存ダイアログで選べるファイルの種類

dialog-filter-png = PNG 画像
dialog-filter-svg = SVG 画像
dialog-filter-csv = CSV（表計算）
dialog-filter-json = JSON
dialog-filter-sqlite = SQLite データベース

## macOS のアプリケーションメニュー

menu-about = Spool について
menu-settings = 設定…
menu-services = サービス
menu-hide = Spool を隠す
menu-hide-others = ほかを隠す
menu-show-all = すべてを表示
menu-quit = Spool を終了
menu-edit = 編集
menu-undo = 取り消す
menu-redo = やり直す
menu-cut = カット
menu-copy = コピー
menu-paste = ペースト
menu-select-all = すべてを選択
menu-view = 表示
menu-full-screen = フルスクリーンにする/解除する
menu-window = ウインドウ
menu-minimize = しまう
menu-zoom = 拡大/縮小
menu-close-window = ウインドウを閉じる

## 不具合が起きたときに Spool が行っていたこと（error-fault と native-background-fault の「中に」の前）

error-doing-backing-up = 履歴のバックアップ
error-doing-checking-logins = ログインの確認
error-doing-copying-chart = グラフのコピー
error-doing-deciding-notifications = 通知内容の判断
error-doing-drawing-chart = グラフの描画
error-doing-emptying-history = 履歴の消去
error-doing-exporting-chart = グラフの書き出し
error-doing-exporting-data = データの書き出し
error-doing-logging-in = ログイン
error-doing-logging-in-with-token = トークンでのログイン
error-doing-logging-out = ログアウト
error-doing-opening-demo = デモの起動
error-doing-opening-history = 履歴のオープン
error-doing-opening-post = 投稿のオープン
error-doing-reading-accounts = アカウントの読み込み
error-doing-reading-audience = オーディエンスの読み込み
error-doing-reading-best-times = 最適な時間帯の読み込み
error-doing-reading-best-times-to-post = 投稿に最適な時間帯の読み込み
error-doing-reading-content-insights = コンテンツのインサイトの読み込み
error-doing-reading-last-sync = 最終同期の読み込み
error-doing-reading-link-clicks = リンクのクリック数の読み込み
error-doing-reading-login-settings = ログイン設定の読み込み
error-doing-reading-overview = 概要の読み込み
error-doing-reading-pasted-address = 貼り付けたアドレスの読み込み
error-doing-reading-post = 投稿の読み込み
error-doing-reading-posts = 投稿一覧の読み込み
error-doing-reading-preferences = 環境設定の読み込み
error-doing-reading-today = 「今日」の読み込み
error-doing-reading-todays-numbers = 今日の数値の読み込み
error-doing-reading-what-works = 「成功パターン」の読み込み
error-doing-reading-young-posts = 新しい投稿の読み込み
error-doing-recording-failed-sync = 失敗した同期の記録
error-doing-removing-all-data = すべてのデータの削除
error-doing-running-scheduled-syncs = 予定された同期の実行
error-doing-saving-file = ファイルの保存
error-doing-saving-login-port = ログイン用ポートの保存
error-doing-saving-preferences = 環境設定の保存
error-doing-saving-meta-app = Meta アプリの保存
error-doing-starting-login = ログインの開始
error-doing-stopping-sync = 同期の停止
error-doing-switching-accounts = アカウントの切り替え
error-doing-syncing = 同期

## Reports

error-unknown-account = Spool に @{ $username } というアカウントはありません。先に Spool で接続するか、Spool にあるアカウントを指定してください(デモアカウントは demo)。
error-report-folder = { $path } にレポートを書き込めません: { $reason }。存在するフォルダを選んでください。
error-report-sync-failed = 同期に失敗したため、レポートは書き込まれませんでした: { $reason }
error-report-sync-stopped = 同期が停止されたため、レポートは書き込まれませんでした。
error-doing-drawing-report = レポートの描画
error-doing-writing-report = レポートの書き込み
error-doing-writing-scheduled-report = 定期レポートの書き込み
error-doing-reading-report-schedule = レポートのスケジュールの読み込み
error-doing-saving-report-schedule = レポートのスケジュールの保存
error-doing-choosing-folder = フォルダの選択
