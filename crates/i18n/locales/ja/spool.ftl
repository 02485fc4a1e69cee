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
