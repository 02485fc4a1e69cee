## The window's frame: palette, shortcuts, banners, Settings' accounts and About

## コマンドパレット（Ctrl+K）

palette-label = コマンドパレット
palette-placeholder = 画面、投稿、期間に移動…
# The list of what the palette offers, as screen readers name it.
palette-commands = コマンド
palette-empty = 一致する項目はありません。画面の名前か、投稿に含まれる言葉を入力してください。
# $screen is a screen's name (screen-today…).
palette-go-to = 「{ $screen }」に移動
# $range is a range's name ("30 days").
palette-range = 期間：{ $range }
# $account is a handle (@name).
palette-show-account = { $account } を表示
palette-export-chart = このグラフを書き出す…
# $excerpt is the start of a post's text.
palette-post = 投稿：{ $excerpt }

## キーボードショートカットの一覧（?）

shortcuts-title = キーボードショートカット
shortcuts-screens = 画面に移動（サイドバーの順）
shortcuts-palette = コマンドパレット：画面、投稿、期間、同期、書き出し
shortcuts-sync = 表示中のアカウントを同期
shortcuts-close-window = ウィンドウを閉じる（システムトレイがある場合、Spool はそこで実行を続けます）
shortcuts-chart = グラフにフォーカスがあるときに、その値を読み上げる
shortcuts-this-list = この一覧
shortcuts-close-dialogs = パレットまたはこの一覧を閉じる
shortcuts-close = 閉じる

## ウィンドウの枠：サイドバー

# $version is Spool's version ("0.1.0").
app-version = Spool { $version }
# The sidebar, as screen readers name it.
app-screens = 画面
app-show-account = 表示するアカウント
# The badge of the demo account.
app-demo-badge = デモ
# An account in the sidebar's switcher: $account is its handle (@name).
app-account-demo = { $account }（デモ）
# The window could not reach Spool's native side: $detail says what failed, in technical words.
app-ipc-failed = Spool のウィンドウがアプリと通信できませんでした：{ $detail }。Spool を再起動してください。何度も起きる場合は、ご報告ください。
# $detail when nothing says what failed.
app-ipc-unknown = 原因不明のエラー

## 画面上部のお知らせ

# $account is a handle (@name), drawn in bold.
banner-needs-login = Threads が { $account } のログインを受け付けなくなりました。インサイトを最新の状態に保つには、再度ログインしてください。Spool に保存されたデータはそのまま残ります。
banner-log-in-again = 再度ログイン
banner-dismiss = 閉じる
# Folds what Meta's support would ask for about an error.
banner-details = 詳細

## 設定 → アカウント

settings-accounts = アカウント
settings-no-account = アカウントがまだありません。デモを試すか、下でご自分のアカウントを接続してください。
settings-needs-login = 再度ログインが必要です
# $date is a date.
settings-login-valid-until = ログインの有効期限：{ $date }
settings-show-account = 表示
settings-shown = 表示中
settings-log-out = ログアウト
# $account is a handle (@name).
settings-logged-out = { $account } からログアウトしました。Spool はこのコンピューターからログイン情報のコピーをすべて削除しました。Threads 側でも Spool のアクセスを取り消すには、Threads で「設定」→「アカウント」→「ウェブサイトのアクセス許可」を開いてください。

## 設定 → アカウントを接続

settings-connect = アカウントを接続
settings-demo-note = Meta アプリをまだお持ちでない場合は、デモアカウントで 18 か月分のシミュレーションのインサイトを使って Spool を試せます。ログインは不要です。
settings-try-demo = デモを試す
settings-demo-starting = デモを開始しています…
settings-own-account = ご自分の Threads アカウント
settings-own-account-note = Meta では、アプリがインサイトを読み取れるのはテスターとして登録された人のものだけです。そのため Spool は、ご自分で作成した Meta アプリを通じてログインします。設定は最初に一度だけ、5 分ほどで済みます。
# Names in Meta's developer dashboard, drawn in bold in the steps below.
settings-meta-use-case = Access the Threads API
settings-meta-roles = Roles → Roles
settings-meta-tester = Threads Tester
settings-meta-use-case-settings = Use cases → Customize → Settings
settings-meta-basic = App settings → Basic
settings-meta-app-id = Threads app ID
settings-meta-app-secret = Threads app secret
# $usecase is settings-meta-use-case.
settings-step-create-app = developers.facebook.com でアプリを作成し、ユースケースとして { $usecase } を選びます。
# $roles is settings-meta-roles, $tester settings-meta-tester. The path at the end is Threads' own menus.
settings-step-tester = アプリの { $roles } で自分を { $tester } として追加し、Threads で招待を承認します（「設定」→「アカウント」→「ウェブサイトのアクセス許可」→「招待」）。
# $place is settings-meta-use-case-settings.
settings-step-redirect = { $place } で、次のリダイレクトコールバック URL を正確に追加します：
settings-login-port = Spool がこのコンピューターでログインを受け取るポート
settings-change-port = ポートを変更
settings-port-invalid = ポートには 1024 から 65535 までの整数を指定してください。
# $place is settings-meta-basic, $id settings-meta-app-id, $secret settings-meta-app-secret.
settings-step-app-id = { $place } から { $id } と { $secret }（Facebook のアプリ ID ではありません）をコピーして、ここに貼り付けます：
settings-app-id = Threads アプリ ID
settings-app-secret = Threads アプリシークレット
settings-app-secret-saved = 保存済み（置き換えるには再入力）
settings-save-app = 保存
settings-log-in = Threads でログイン
settings-save-app-first = 先にアプリ ID とシークレットを保存してください。
settings-login-browser-opened = ブラウザで Threads のログイン画面が開きました。そこで Spool を許可してください。このページは自動的に先へ進みます。
settings-login-open-address = 次のアドレスをブラウザで開き、Spool を許可してください。このページは自動的に先へ進みます：
settings-login-certificate = ブラウザで一度だけ、127.0.0.1 への接続はプライベートではないという警告が表示されます。これは、このコンピューターでログインを受け取るために Spool が自分で作成した証明書によるものです。「詳細設定」→「アクセスする」を選んでください。
settings-login-paste-address = または、ブラウザが最後に表示したアドレスを貼り付け
settings-login-continue = 続行
settings-login-cancel = キャンセル
settings-login-errors = Threads でエラーが表示された場合
# $address is the redirect address, drawn as code.
settings-login-errors-note = 登録するリダイレクトアドレスは { $address } です。Threads のエラーページのアドレスを下に貼り付けると、次のどれに当たるかがわかります。
# One row of that list: $code is Meta's error code (drawn in bold); $meaning and $fix are
# the row's login-window-…-meaning and login-window-…-fix.
settings-login-window-error = { $code }：{ $meaning }。{ $fix }
settings-token-label = または、アプリの User Token Generator で発行した長期トークンを貼り付け
settings-token-log-in = トークンでログイン
settings-copy = コピー
settings-copied = コピーしました

## Threads のログインウィンドウのエラーの意味と対処（Meta のエラーコード別）

login-window-1349168-meaning = Spool が送ったリダイレクトアドレスがアプリに登録されていません
login-window-1349168-fix = Meta のアプリダッシュボードで Use cases → Access the Threads API → Settings を開き、Spool の「設定」に表示されているリダイレクトアドレスを表示どおり正確に（https、127.0.0.1、同じポートとパス）「Redirect Callback URLs」に追加して保存してから、もう一度ログインしてください。
login-window-1349026-meaning = アプリ ID が Threads アプリ ID ではありません（たいていは Facebook のアプリ ID が入力されています）
login-window-1349026-fix = Meta のアプリダッシュボードで App settings → Basic を開き、「Threads app ID」と「Threads app secret」（ページ上部の App ID ではありません）を Spool の「設定」にコピーしてから、もう一度ログインしてください。
login-window-4476002-meaning = 使えるアプリ ID がウィンドウに届いていません（Facebook のアプリ ID が入力されたか、threads.net から threads.com へのリダイレクトでアドレスのクエリが失われました）
login-window-4476002-fix = Spool の「設定」に App settings → Basic の「Threads app ID」（Facebook の App ID ではありません）が入っていることを確認してから、Spool からもう一度ログインを始めてください。Spool は www.threads.com を直接開きます。
login-window-1349245-meaning = この Threads アカウントはまだアプリのテスターへの招待を承認していません
login-window-1349245-fix = Meta のアプリダッシュボードで App roles → Roles → Threads Testers にアカウントを追加し、Threads で「設定」→「アカウント」→「ウェブサイトのアクセス許可」→「招待」を開いて招待を承認してください。そのあと、そのアカウントでもう一度ログインしてください。
login-window-1349187-meaning = リダイレクトアドレスが https ではありません
login-window-1349187-fix = https のリダイレクトアドレスを登録して使ってください。Spool 自身のアドレスは、「設定」に表示されている https://127.0.0.1 のアドレスです。通常の http や独自スキームは拒否されます。
login-window-1-meaning = Meta がリクエストを読み取れませんでした（数字ではないアプリ ID、途中で失われたクエリ、または一時的な不具合）
login-window-1-fix = Spool の「設定」にある Threads アプリ ID が App settings → Basic の数字と同じで、空白が入っていないことを確認してから、Spool からもう一度ログインを始めてください。解決しない場合は、数分後にもう一度お試しください。

## 設定 → データ

settings-your-data = データ
settings-data-note = Spool は、ログイン情報、Meta アプリのシークレット、設定、そしてすべての同期の履歴を、このコンピューター上のデータフォルダーにのみ保存します。ほかの場所には保存しません。
settings-remove-all = すべてのデータを削除…
settings-remove-question = このコンピューターから、すべてのログイン情報、設定、履歴全体を削除しますか？
settings-remove-warning = 投稿は Threads に残りますが、Spool だけが保存しているデータ（フォロワー数の推移や各投稿の伸び）は元に戻せません。必要になるかもしれない場合は、先にバックアップしてください。
settings-remove-confirm = すべて削除
settings-remove-cancel = データを残す
settings-removed = すべてのログイン情報、設定、履歴を削除しました。

## 設定 → Spool について

settings-about = Spool について
settings-loading = 読み込み中…
settings-about-version = バージョン
settings-about-data-folder = データフォルダー
settings-about-log-folder = ログフォルダー
settings-about-system = システム
settings-about-logins = ログイン情報
# $store is the system's credential store ("the macOS Keychain").
settings-secrets-system-store = ディスク上で暗号化され、鍵は { $store } に保管されています。
# $path is a file's path.
settings-secrets-key-file = ディスク上で暗号化されていますが、システムの資格情報ストアが応答しなかったため、鍵はあなただけが読める { $path } に保管されています。あなたのファイルを読める人は、ログイン情報も読めます。
settings-secrets-memory = メモリー上にのみ保持されています。
