# Spool の日本語訳：原文は英語の locales/en/spool.ftl です。
# Ids begin with the part of Spool that says them.

## アカウントの表示（システムトレイと通知）

account-handle = @{ $username }
account-handle-demo = @{ $username }（デモ）

## システムトレイのメニュー（macOS ではメニューバー）

tray-profile-views = プロフィール閲覧数：今日はこれまで { $today } 回、昨日は { $yesterday } 回
tray-followers = フォロワー：{ $followers }
tray-followers-change = フォロワー：{ $followers }（昨日から { $change }）
tray-best-post = 過去 24 時間のベスト投稿：閲覧数 { $views }
tray-best-post-against = 過去 24 時間のベスト投稿：閲覧数 { $views }（投稿から { $hours } 時間の時点で通常の投稿の { NUMBER($multiple, maximumFractionDigits: 1) } 倍）
tray-quote = 「{ $excerpt }」
tray-no-post = 過去 24 時間の投稿はありません
tray-no-account = アカウントがまだありません。Spool を開いて接続してください
tray-sync-now = 今すぐ同期
tray-open = Spool を開く
tray-quit = Spool を終了
tray-sync-failed = Spool の同期に失敗しました
tray-still-running = Spool は実行中です
tray-still-running-body = バックグラウンドで同期を続け、何かあればお知らせします。開くときや終了するときは、システムトレイ（macOS ではメニューバー）のアイコンを使ってください。ウィンドウを閉じたときに終了するかどうかは「設定」で選べます。

## 通知

notify-breakout = { $account } の投稿が伸びています
notify-breakout-body = 「{ $excerpt }」は投稿から { $hours } 時間で閲覧数が { $views } に達しました。同じ時点での通常の投稿の { NUMBER($multiple, maximumFractionDigits: 1) } 倍です。
notify-milestone = { $account } のフォロワーが { $milestone } 人に達しました
notify-milestone-body = 現在のフォロワーは { $followers } 人です（前回の同期時は { $before } 人）。
notify-login-needed = { $account } に再度ログインしてください
notify-login-needed-body = Threads が Spool のログインを受け付けなくなったため、「設定」で再度ログインするまで同期は行われません。これまでの履歴は保持されます。
notify-login-ending =
    { $days ->
        [0] { $account } のログインは今日で期限切れになります
        [1] { $account } のログインは明日で期限切れになります
       *[other] { $account } のログインは { $days } 日後に期限切れになります
    }
notify-login-ending-body = Spool はログインを更新できませんでした。同期を続けるには、期限が切れる前に「設定」で再度ログインしてください。
notify-syncs-failing = { $account } の同期が失敗し続けています
notify-syncs-failing-body = 直近 { $failed } 回の同期に失敗しました。最後のエラー：{ $reason }
notify-no-reason = 理由は示されていません

## 各画面：サイドバーと見出しでの名前、それぞれの表示内容

screen-today = 今日
screen-overview = 概要
screen-insights = 成功パターン
screen-posts = 投稿
screen-audience = オーディエンス
screen-links = リンク
screen-settings = 設定
screen-today-purpose = 過去 3 日間の投稿と通常の投稿との比較、今日のプロフィール閲覧数とフォロワー、確認が必要な項目を表示します。
screen-overview-purpose = 選択した期間のプロフィール閲覧数、いいね、返信、再投稿、引用、リンクのクリック数、フォロワーを表示します。
screen-insights-purpose = あなたにとって効果的なことを表示します：普段と比べたトップ投稿、形式、長さ、曜日、言葉づかい、投稿のリズム。
screen-posts-purpose = すべての投稿の閲覧数、いいね、返信、再投稿、引用、シェアと、それぞれの伸び方を表示します。
screen-audience-purpose = フォロワーが 100 人以上になると、フォロワーの居住地、年齢、性別を表示します。
screen-links-purpose = 投稿とプロフィールのリンクがクリックされた回数を表示します。
screen-settings-purpose = アカウント、環境設定、Spool に関する情報です。

## 設定 → 言語

settings-language = 言語
settings-language-label = Spool の表示言語
# $language is the system's language in its own name ("日本語", "Deutsch").
settings-language-system = システムの言語（{ $language }）
settings-language-note = メニュー、メッセージ、通知、書き出したグラフにすぐに反映されます。数値や日付は、お住まいの地域でこの言語が使う書き方で表示されます。

## 投稿の経過時間（チェックポイントでの呼び方）

age-hours = { $hours } 時間
age-days = { $days } 日
# $multiple is how many times the typical post's views; $age is an age-hours or age-days text.
on-track = 投稿から { $age } の時点で通常の投稿の { NUMBER($multiple, maximumFractionDigits: 1) } 倍

## インサイトを表示する前の画面

waiting-no-account = Threads アカウントはまだ接続されていません。
waiting-connected = { $account } が接続されています。
waiting-connect = アカウントを接続
waiting-try-demo = デモアカウントを試す
waiting-demo-note = デモでは、すべての画面をシミュレーションデータで表示します（「デモ」と表示されます）。Meta アプリは必要ありません。

## 同期

sync-now = 今すぐ同期
sync-cancel = キャンセル
# $done and $total count requests; $rate is requests per second.
sync-progress = { $done } / { $total } · { NUMBER($rate, maximumFractionDigits: 0) } リクエスト/秒
sync-never = まだ同期されていません。Spool にはこのアカウントのインサイトが保存されていません。
# $when is a date and time.
sync-completed = 最終同期：{ $when }（{ $requests } リクエスト）。
sync-cancelled = { $when } の同期はキャンセルされました。何も保存されていません。
sync-failed = 最終同期（{ $when }）：{ $reason }
sync-failed-no-reason = 理由が示されないまま失敗しました。何も保存されていません。
# $day is a day and month, $time a time of day.
sync-short-completed = { $day } { $time } に同期
sync-short-cancelled = 前回の同期はキャンセルされました
sync-short-failed = 前回の同期に失敗しました

## 今日

today-views = 今日これまでのプロフィール閲覧数
today-usual-day = 普段の日：{ $views }
today-no-usual-day = 普段の日のデータはまだありません
today-followers = フォロワー
today-followers-up = ▲ 昨日から { $change } 人増加
today-followers-down = ▼ 昨日から { $change } 人減少
today-no-reading = 今日より前の記録はありません
today-recent = 過去 3 日間の投稿
today-no-recent = 過去 3 日間の投稿はありません。
# $ages lists the checkpoints ("1 h, 6 h, 24 h, 3 days, 7 days").
today-typical-note = 通常の投稿とは、過去の投稿を同じ経過時間（{ $ages }）で読み取った値の中央値です。Spool は実行中、投稿から 2 日未満の投稿を 1 時間ごとに読み取り、それ以外の投稿は同期のたびに読み取ります。
today-typical-unknown = 通常の投稿を求めるには、同じ経過時間で読み取った過去の投稿が { $posts } 件以上必要です。Spool は実行中、新しい投稿を 1 時間ごとに読み取ります。
today-login-ending = ログインの期限は { $when } です。Spool が同期を続けられるよう、それまでに再度ログインしてください。
today-login-needed = Threads がこのログインを受け付けなくなりました。同期するには再度ログインしてください。
today-log-in-again = 再度ログイン
today-sync-failed = 前回の同期（{ $when }）に失敗しました：{ $reason }
today-not-synced = { $hours } 時間、何も同期されていません。
today-no-text = （テキストなし）
today-not-read = まだ読み取っていません
today-post-views = 閲覧数 { $views }
today-not-compared = まだ比較していません。投稿から 1 時間以上経ってから読み取られ、通常の投稿がわかると比較されます。
today-newest = 最新の投稿と通常の投稿の比較

## Lists

# Between the items of a list ("1 h, 6 h, 24 h").
list-separator = { "、" }

## 設定 → 同期とデスクトップ

settings-syncing = 同期
# Followed by a choice of settings-sync-every-hours.
settings-sync-every = Spool の実行中に各アカウントを同期する間隔
settings-sync-every-hours = { $hours } 時間ごと
settings-history-note = Spool は同期のたびに、その内容をこのコンピューター上の履歴に保存します。Threads 自体は、フォロワーの履歴も投稿の伸びも保存していません。
settings-back-up = データをバックアップ…
settings-backed-up = 履歴のコピーを { $path } に書き出しました。
settings-desktop = デスクトップ
settings-keep-in-tray = ウィンドウを閉じても、Spool をシステムトレイで実行したまま同期を続ける
settings-no-tray = このデスクトップにはシステムトレイのアイコンが表示されません（GNOME では AppIndicator 拡張機能を入れると表示されます）。そのため、ウィンドウを閉じると Spool は終了します。見ることも止めることもできない場所で Spool が動き続けることはありません。
settings-start-at-login = このコンピューターにログインしたときに、Spool をシステムトレイで起動する
settings-notify-when = 次のときに通知する：
settings-notify-breakouts = 投稿が伸びているとき（閲覧数が同じ経過時間での通常の投稿の 2 倍）
settings-notify-milestones = フォロワー数が節目を超えたとき（1,000、2,500、5,000…）
settings-notify-logins = ログインの期限が 1 週間以内に迫ったとき、または再度ログインが必要になったとき
settings-notify-failing-syncs = 同期の失敗が続いているとき（3 回連続）

# The sync panel before the first step of a sync is known.
sync-starting = 開始しています…
